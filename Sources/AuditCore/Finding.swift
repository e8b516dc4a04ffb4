/// A defect a check found in a document.
public struct Finding: Hashable, Sendable {
    /// The id of the check that found it, e.g. `sum-mismatch`.
    public var check: String
    /// The kind of that check, e.g. `sum`.
    public var kind: String
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// Where it is; nil for a finding about the whole document.
    public var span: SourceSpan?
    /// The clause or line around it.
    public var excerpt: String
    /// Other figures the relation involves.
    public var related: [SourceSpan]
    /// The arithmetic that shows it, e.g. "312+95+140+661 = 1208 ≠ 1190".
    public var arithmetic: String?
    /// A likely explanation, e.g. "the difference equals one part".
    public var hint: String?
    /// The flagged figure's text and label, which key baseline entries.
    public var subject: String
    /// The table cell the finding is in, for documents submitted as tables.
    public var cell: CellReference?

    /// Creates a finding.
    public init(
        check: String, kind: String, severity: Severity, message: String, span: SourceSpan?,
        excerpt: String, related: [SourceSpan] = [], arithmetic: String? = nil, hint: String? = nil,
        subject: String = ""
    ) {
        self.check = check
        self.kind = kind
        self.severity = severity
        self.message = message
        self.span = span
        self.excerpt = excerpt
        self.related = related
        self.arithmetic = arithmetic
        self.hint = hint
        self.subject = subject
    }
}

/// A cell of a table: its row and column numbers (1-based, the header being row 1) and column name.
public struct CellReference: Hashable, Sendable {
    /// 1-based row number in the file.
    public var row: Int
    /// 1-based column number.
    public var column: Int
    /// The column's name from the header.
    public var name: String

    /// Creates a cell reference.
    public init(row: Int, column: Int, name: String) {
        self.row = row
        self.column = column
        self.name = name
    }
}

/// A relation a check confirmed: a sum that holds, a part within its whole, a list whose count agrees.
public struct Verification: Hashable, Sendable {
    /// The id of the check that confirmed it.
    public var check: String
    /// The kind of that check.
    public var kind: String
    /// What was confirmed, in one sentence.
    public var message: String
    /// Where the whole or total is.
    public var span: SourceSpan
    /// The clause or line around it.
    public var excerpt: String
    /// Other figures the relation involves.
    public var related: [SourceSpan]
    /// The arithmetic that shows it.
    public var arithmetic: String?

    /// Creates a verified relation.
    public init(
        check: String, kind: String, message: String, span: SourceSpan, excerpt: String,
        related: [SourceSpan] = [], arithmetic: String? = nil
    ) {
        self.check = check
        self.kind = kind
        self.message = message
        self.span = span
        self.excerpt = excerpt
        self.related = related
        self.arithmetic = arithmetic
    }
}

/// What a report says about one check: enough to explain its findings without the check file.
public struct CheckSummary: Hashable, Sendable {
    /// The check id.
    public var id: String
    /// A short human title.
    public var title: String
    /// The check kind.
    public var kind: String
    /// Its default severity.
    public var severity: Severity
    /// What a reviewer should do about its findings.
    public var description: String

    /// Creates a check summary.
    public init(id: String, title: String, kind: String, severity: Severity, description: String) {
        self.id = id
        self.title = title
        self.kind = kind
        self.severity = severity
        self.description = description
    }
}

/// A rule that could not be evaluated because fields it names are missing: neither a pass nor a finding.
public struct Unevaluated: Hashable, Sendable {
    /// The id of the check.
    public var check: String
    /// Why it could not be evaluated, e.g. "missing 贫困人口 in row 4".
    public var message: String
    /// Where, when the gap is in one place (a record, a cell).
    public var span: SourceSpan?

    /// Creates an entry.
    public init(check: String, message: String, span: SourceSpan?) {
        self.check = check
        self.message = message
        self.span = span
    }
}

/// Everything the audit of one document produced, in a stable order.
public struct DocumentAudit: Sendable {
    /// The audited document.
    public var document: Document
    /// Its figures.
    public var figures: [Figure]
    /// The defects found, sorted by position then check id.
    public var findings: [Finding]
    /// The relations confirmed, sorted by position then check id.
    public var verified: [Verification]
    /// Rules that could not be evaluated, in check order.
    public var unevaluated: [Unevaluated] = []
    /// The verified relations counted per check id, set when `verified` has been dropped to keep
    /// a long run's memory flat (run-level reports need only the counts).
    public var condensedVerified: [String: Int]?

    /// How many relations were verified, whether or not they are still listed.
    public var verifiedCount: Int { condensedVerified.map { $0.values.reduce(0, +) } ?? verified.count }

    /// How many relations each check verified.
    public var verifiedCountsByCheck: [String: Int] {
        condensedVerified ?? verified.reduce(into: [:]) { $0[$1.check, default: 0] += 1 }
    }

    /// The audit with its verified relations replaced by their counts per check.
    public func condensingVerified() -> DocumentAudit {
        var condensed = self
        condensed.condensedVerified = verifiedCountsByCheck
        condensed.verified = []
        return condensed
    }

    /// Creates an audit result and sorts its lists.
    public init(document: Document, figures: [Figure], findings: [Finding], verified: [Verification]) {
        self.document = document
        self.figures = figures
        self.findings = findings.sorted(by: DocumentAudit.order)
        self.verified = verified.sorted {
            ($0.span.offset, $0.span.length, $0.check, $0.message) < ($1.span.offset, $1.span.length, $1.check, $1.message)
        }
    }

    private static func order(_ a: Finding, _ b: Finding) -> Bool {
        let left = (a.span?.offset ?? -1, a.span?.length ?? 0, a.check, a.message)
        let right = (b.span?.offset ?? -1, b.span?.length ?? 0, b.check, b.message)
        return left < right
    }

    /// How many findings have `severity`.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
