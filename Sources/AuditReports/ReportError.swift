/// Why an input of a renderer could not be used; every case names the path it is about, and every
/// message of the module is written here.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A baseline file that is not JSON at all; `detail` is the parser's reason.
    case baselineNotJSON(path: String, detail: String)
    /// A baseline file whose JSON does not follow `figaudit.baseline/1`; `place` is a JSON path such
    /// as `entries[2].count`, empty for the top level.
    case invalidBaseline(path: String, place: String, problem: BaselineProblem)

    /// What is wrong at one place of a baseline file.
    public enum BaselineProblem: Equatable, Sendable, CustomStringConvertible {
        /// The value should be a JSON object.
        case notAnObject
        /// The value should be a JSON array.
        case notAnArray
        /// The `schema` names another format or version.
        case unsupportedSchema(found: String)
        /// A required key is absent.
        case missingKey(String)
        /// A key the format does not have, likely a typo.
        case unknownKey(String, expected: [String])
        /// The value should be a string.
        case notAString
        /// The value should be a positive whole number.
        case notAPositiveInteger
        /// The entry has the same check, document and subject as an earlier one.
        case duplicate(of: Int)

        /// The problem in words.
        public var description: String {
            switch self {
            case .notAnObject: "expected an object"
            case .notAnArray: "expected a list"
            case .unsupportedSchema(let found): "unsupported schema '\(found)' (expected '\(Baseline.schemaName)')"
            case .missingKey(let key): "missing key '\(key)'"
            case .unknownKey(let key, let expected): "unknown key '\(key)' (expected one of: \(expected.joined(separator: ", ")))"
            case .notAString: "expected a string"
            case .notAPositiveInteger: "expected a positive whole number"
            case .duplicate(let index): "duplicate of entries[\(index)] (same check, document and subject); merge them into one entry with the total count"
            }
        }
    }

    /// The path the error is about.
    public var path: String {
        switch self {
        case .baselineNotJSON(let path, _), .invalidBaseline(let path, _, _): path
        }
    }

    /// `path: error: message`, the form every input error is printed in.
    public var description: String {
        switch self {
        case .baselineNotJSON(let path, let detail):
            "\(path): error: baseline is not valid JSON: \(detail)"
        case .invalidBaseline(let path, let place, let problem):
            "\(path): error: invalid baseline: \(place.isEmpty ? "" : place + ": ")\(problem)"
        }
    }
}
