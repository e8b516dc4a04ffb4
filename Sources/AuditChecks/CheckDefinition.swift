import AuditCore
import YAMLSource

/// The fields every check definition has, whatever its kind.
public struct CheckHeader: Decodable, Sendable {
    /// The kebab-case name of the defect, e.g. `sum-mismatch`.
    public var id: String
    /// A short human title.
    public var title: String
    /// The built-in kind that implements the check.
    public var kind: CheckKindID
    /// The severity of its findings, unless the kind lowers it for a weaker case.
    public var severity: Severity
    /// What a reviewer should do about a finding; shown in reports.
    public var description: String
    /// A template for finding messages, with `{placeholders}` the kind fills in.
    public var message: String?
    /// Document globs the check applies to; all documents when absent.
    public var appliesTo: [String]?
    /// Set to false to disable a check of the same id from an earlier suite.
    public var enabled: Bool?
    /// Texts that must and must not produce this check's finding.
    public var examples: CheckExamples?

    enum CodingKeys: String, CodingKey {
        case id, title, kind, severity, description, message
        case appliesTo = "applies-to"
        case enabled, examples
    }
}

/// A check's examples, which are its documentation and its tests at once.
///
/// In a `flag` text the span the finding must overlap is marked `«…»`; a `pass` text must
/// produce no finding of the check.
public struct CheckExamples: Decodable, Sendable {
    /// Texts that must produce the check's finding at the marked place.
    public var flag: [String]?
    /// Texts that must produce no finding of the check.
    public var pass: [String]?
}

/// A check read from a file: its header, where it came from, and its evaluation.
public struct Check: Sendable {
    /// The check's common fields.
    public var header: CheckHeader
    /// The file it was defined in.
    public var path: String
    /// Where in that file its definition starts.
    public var mark: YAMLMark
    /// Runs the check on one document.
    public var evaluate: @Sendable (CheckInput) -> KindResults

    /// The id.
    public var id: String { header.id }

    /// What reports say about the check.
    public var summary: CheckSummary {
        CheckSummary(
            id: header.id, title: header.title, kind: header.kind.rawValue,
            severity: header.severity, description: header.description
        )
    }
}
