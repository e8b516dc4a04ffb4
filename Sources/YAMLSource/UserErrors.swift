/// Turns an error thrown by a caller's own `init(from:)` into a located diagnostic.
///
/// The usual source is a `RawRepresentable` enum whose `init(rawValue:)` fails: Swift then throws
/// `DecodingError.dataCorrupted`, which becomes `invalid value 'x' for 'key'`. When the type is
/// `CaseIterable & RawRepresentable`, the message lists the valid raw values.
enum UserErrors {
    static func diagnostic<T>(for error: any Error, decoding type: T.Type, node: YAMLNode, path: [any CodingKey]) -> YAMLDiagnostic {
        guard let decodingError = error as? DecodingError else {
            return YAMLDiagnostic(path: node.path, mark: node.mark, message: "invalid value\(Problems.forPath(path)): \(error)")
        }
        switch decodingError {
        case .dataCorrupted(let context):
            let (target, targetPath) = locate(context.codingPath, from: node, at: path)
            var message = "invalid value" + (target.scalar.map { " \(Problems.quoted($0))" } ?? "") + Problems.forPath(targetPath)
            if target.mark == node.mark, let names = caseNames(of: type) {
                message += " (expected one of: \(names.joined(separator: ", ")))"
            } else if !context.debugDescription.isEmpty, !context.debugDescription.hasPrefix("Cannot initialize ") {
                // Swift's own RawRepresentable message adds nothing the value and key do not already say.
                message += ": \(context.debugDescription)"
            }
            return YAMLDiagnostic(path: target.path, mark: target.mark, message: message)
        case .keyNotFound(let key, let context):
            let (target, targetPath) = locate(context.codingPath, from: node, at: path)
            return YAMLDiagnostic(
                path: target.path, mark: target.mark,
                message: "missing required key '\(keyPathDescription(targetPath + [key]))'"
            )
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let (target, targetPath) = locate(context.codingPath, from: node, at: path)
            return YAMLDiagnostic(
                path: target.path, mark: target.mark,
                message: "invalid value\(Problems.forPath(targetPath)): \(context.debugDescription)"
            )
        @unknown default:
            return YAMLDiagnostic(path: node.path, mark: node.mark, message: "invalid value\(Problems.forPath(path)): \(error)")
        }
    }

    /// The raw values of a `CaseIterable & RawRepresentable` type, or nil for any other type.
    static func caseNames<T>(of type: T.Type) -> [String]? {
        guard let enumeration = type as? any (CaseIterable & RawRepresentable).Type else { return nil }
        return rawValues(of: enumeration)
    }

    private static func rawValues<E: CaseIterable & RawRepresentable>(of _: E.Type) -> [String] {
        E.allCases.map { "\($0.rawValue)" }
    }

    /// Follows the part of an error's coding path below `path`, so the diagnostic lands on the node the caller complained about.
    private static func locate(
        _ errorPath: [any CodingKey], from node: YAMLNode, at path: [any CodingKey]
    ) -> (YAMLNode, [any CodingKey]) {
        guard errorPath.count > path.count,
              zip(errorPath, path).allSatisfy({ $0.stringValue == $1.stringValue && $0.intValue == $1.intValue })
        else { return (node, path) }
        var current = node
        var currentPath = path
        for key in errorPath.dropFirst(path.count) {
            let child: YAMLNode?
            if let index = key.intValue, let items = current.items {
                child = items.indices.contains(index) ? items[index] : nil
            } else {
                child = current[key.stringValue]
            }
            guard let child else { break }
            current = child
            currentPath.append(key)
        }
        return (current, currentPath)
    }
}
