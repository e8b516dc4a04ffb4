/// One problem, located; `description` is exactly "path:line:column: error: message" (or "warning").
public struct YAMLDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        /// The input cannot be used as it is.
        case error
        /// The input can be used but is probably not what was meant.
        case warning
    }

    /// The file (or other source name) the problem is in.
    public var path: String
    /// Where the problem is, or nil when it concerns the file as a whole.
    public var mark: YAMLMark?
    /// What is wrong, without location or severity.
    public var message: String
    /// Whether this is an error or a warning.
    public var severity: Severity

    /// Creates a diagnostic; errors are the default.
    public init(path: String, mark: YAMLMark?, message: String, severity: Severity = .error) {
        self.path = path
        self.mark = mark
        self.message = message
        self.severity = severity
    }

    /// "path:line:column: severity: message", or "path: severity: message" without a mark.
    public var description: String {
        let location = mark.map { "\(path):\($0.line):\($0.column)" } ?? path
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// Several diagnostics thrown together; description is their descriptions joined by "\n".
public struct YAMLDiagnostics: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, in the order they should be shown.
    public var diagnostics: [YAMLDiagnostic]

    /// Wraps a list of diagnostics.
    public init(_ diagnostics: [YAMLDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The diagnostics' descriptions, one per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
