import AuditCore

/// Everything one `figaudit audit` run produced: the input of every renderer.
public struct AuditRun: Sendable {
    /// One audit per document that could be read, in input order.
    public var audits: [DocumentAudit]
    /// The checks that ran, by id.
    public var checks: [CheckSummary]
    /// Inputs that could not be audited, as `path: error: message` lines.
    public var inputErrors: [String]
    /// The tool version, injected so reports stay reproducible.
    public var toolVersion: String

    /// Creates a run.
    public init(audits: [DocumentAudit], checks: [CheckSummary], inputErrors: [String] = [], toolVersion: String) {
        self.audits = audits
        self.checks = checks
        self.inputErrors = inputErrors
        self.toolVersion = toolVersion
    }

    /// The summary of the check with `id`, if it ran.
    public func check(_ id: String) -> CheckSummary? { checks.first { $0.id == id } }

    /// Total findings of `severity` over all documents.
    public func count(_ severity: Severity) -> Int { audits.reduce(0) { $0 + $1.count(severity) } }

    /// Total verified relations over all documents.
    public var verifiedCount: Int { audits.reduce(0) { $0 + $1.verifiedCount } }
}
