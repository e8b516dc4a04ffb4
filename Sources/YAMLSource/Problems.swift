/// The wording of every decoding diagnostic, in one place so messages stay consistent.
enum Problems {
    /// " for 'key.path'", or nothing at the root.
    static func forPath(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "" : " for '\(keyPathDescription(path))'"
    }

    /// `expected <what> for '<path>', found <what was there>`, at the node.
    static func mismatch(expected: String, node: YAMLNode, path: [any CodingKey], note: String = "") -> DecodeFailure {
        let expectsCollection = expected == "a sequence" || expected == "a mapping"
        let found: String
        switch node.value {
        case .sequence: found = "a sequence"
        case .mapping: found = "a mapping"
        case .scalar where node.isNull: found = "null"
        case .scalar where expectsCollection: found = "a scalar"
        case .scalar(let text, _): found = quoted(text)
        }
        return DecodeFailure(YAMLDiagnostic(
            path: node.path, mark: node.mark,
            message: "expected \(expected)\(forPath(path)), found \(found)\(note)"
        ))
    }

    /// `missing required key '<path>'`, at the mapping that lacks it.
    static func missingKey(_ key: any CodingKey, in mapping: YAMLNode, path: [any CodingKey]) -> DecodeFailure {
        DecodeFailure(YAMLDiagnostic(
            path: mapping.path, mark: mapping.mark,
            message: "missing required key '\(keyPathDescription(path + [key]))'"
        ))
    }

    /// `expected more items for '<path>', found <count>`, at the sequence.
    static func exhausted(_ sequence: YAMLNode, count: Int, path: [any CodingKey]) -> DecodeFailure {
        DecodeFailure(YAMLDiagnostic(
            path: sequence.path, mark: sequence.mark,
            message: "expected more items\(forPath(path)), found \(count)"
        ))
    }

    /// `unknown key '<key>'`, with ` (did you mean '<suggestion>'?)` when one is close.
    static func unknownKey(_ key: YAMLNode, name: String, suggestion: String?) -> YAMLDiagnostic {
        let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
        return YAMLDiagnostic(path: key.path, mark: key.mark, message: "unknown key '\(name)'\(hint)")
    }

    /// For a key that is a collection, which no `CodingKey` can name.
    static func collectionKey(_ key: YAMLNode) -> YAMLDiagnostic {
        YAMLDiagnostic(path: key.path, mark: key.mark, message: "expected a scalar key, found a \(key.kindName)")
    }

    /// A scalar's text in single quotes, shortened and on one line so a message stays readable.
    static func quoted(_ text: String) -> String {
        let limit = 40
        var shown = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
        if text.unicodeScalars.count > limit { shown += "..." }
        shown = shown.replacingNewlines()
        return "'\(shown)'"
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
