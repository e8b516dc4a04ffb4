import AuditCore
import Extraction
import YAMLSource

/// The document a check runs on: its path (for `applies-to`) and its figures.
public struct CheckInput: Sendable {
    /// The document's path.
    public var path: String
    /// The text and its figures.
    public let extracted: ExtractedDocument
    /// Sentence order and compounds of the figures, built once for all the kinds that use them.
    let index: FigureIndex

    /// Creates a check input.
    public init(path: String, extracted: ExtractedDocument) {
        self.path = path
        self.extracted = extracted
        self.index = FigureIndex(extracted)
    }
}

/// A finding as a kind reports it, before the engine applies the check's id, severity and template.
public struct FindingDraft: Sendable {
    /// Where the finding is; nil for the whole document.
    public var span: SourceSpan?
    /// Values for the message template's placeholders.
    public var variables: [String: String]
    /// A weaker severity for a weaker case (never stronger than the check's).
    public var severity: Severity?
    /// Other figures involved.
    public var related: [SourceSpan]
    /// The arithmetic that shows the defect.
    public var arithmetic: String?
    /// A likely explanation.
    public var hint: String?
    /// The flagged figure's text and label, for baseline keys.
    public var subject: String

    /// Creates a draft.
    public init(
        span: SourceSpan?, variables: [String: String], severity: Severity? = nil, related: [SourceSpan] = [],
        arithmetic: String? = nil, hint: String? = nil, subject: String = ""
    ) {
        self.span = span
        self.variables = variables
        self.severity = severity
        self.related = related
        self.arithmetic = arithmetic
        self.hint = hint
        self.subject = subject
    }
}

/// A relation a kind confirmed, before the engine applies the check's id.
public struct VerificationDraft: Sendable {
    /// Where the whole or total is.
    public var span: SourceSpan
    /// What was confirmed.
    public var message: String
    /// Other figures involved.
    public var related: [SourceSpan]
    /// The arithmetic that shows it.
    public var arithmetic: String?

    /// Creates a verification draft.
    public init(span: SourceSpan, message: String, related: [SourceSpan] = [], arithmetic: String? = nil) {
        self.span = span
        self.message = message
        self.related = related
        self.arithmetic = arithmetic
    }
}

/// What one check produced on one document.
public struct KindResults: Sendable {
    /// Defects found.
    public var findings: [FindingDraft]
    /// Relations confirmed.
    public var verified: [VerificationDraft]
    /// Rules that could not be evaluated, with why and where.
    public var unevaluated: [(message: String, span: SourceSpan?)] = []

    /// Creates results.
    public init(findings: [FindingDraft] = [], verified: [VerificationDraft] = []) {
        self.findings = findings
        self.verified = verified
    }
}

/// The documentation block of a kind, rendered by `figaudit checks explain`.
public struct KindDocumentation: Sendable {
    /// What the kind checks.
    public var whatItChecks: String
    /// Why it matters.
    public var whyItMatters: String
    /// The template used when a check gives no `message`.
    public var defaultMessage: String
    /// The placeholders its message templates may use.
    public var placeholders: [String]
}

/// A built-in check kind: typed parameters read from YAML, and an evaluation over a document's figures.
public protocol CheckKind: SendableMetatype {
    /// The kind's parameters, decoded from the check definition's own mapping.
    associatedtype Parameters: Decodable & Sendable

    /// The kind's documentation.
    static var documentation: KindDocumentation { get }

    /// Problems with decoded parameters that their types cannot express, as messages.
    static func validate(_ parameters: Parameters) -> [String]

    /// The same problems with the place in the check file each is about, when the kind knows it.
    static func locatedProblems(_ parameters: Parameters) -> [(mark: YAMLMark?, message: String)]

    /// Runs the kind with `parameters` on one document.
    static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults
}

extension CheckKind {
    /// Parameters need no further validation unless a kind says so.
    public static func validate(_ parameters: Parameters) -> [String] { [] }

    /// Problems are located at the check's definition unless a kind says better.
    public static func locatedProblems(_ parameters: Parameters) -> [(mark: YAMLMark?, message: String)] {
        validate(parameters).map { (nil, $0) }
    }

    /// Decodes this kind's parameters from a check's mapping and binds them to an evaluation.
    static func bind(
        node: YAMLNode, decoder: YAMLDecoder
    ) -> (evaluate: @Sendable (CheckInput) -> KindResults, problems: [(mark: YAMLMark?, message: String)])? {
        guard let parameters = decoder.decode(Parameters.self, from: node) else { return nil }
        let problems = locatedProblems(parameters)
        return ({ input in evaluate(input, parameters: parameters) }, problems)
    }
}

/// Kinds whose parameters are all optional decode an empty mapping when a check gives none.
public struct NoParameters: Decodable, Sendable {}
