import AuditCore
import Extraction
import Foundation

/// Runs a suite of checks on documents and gathers what they found and confirmed.
public struct AuditEngine: Sendable {
    /// The checks to run.
    public var suite: CheckSuite

    /// Creates an engine for `suite`.
    public init(suite: CheckSuite) { self.suite = suite }

    /// Audits a document's text: extracts its figures, then runs every applicable check.
    public func audit(_ document: Document) -> DocumentAudit {
        audit(document, extracted: FigureExtractor.extract(document.text))
    }

    /// Audits figures already extracted (or loaded from a figure file).
    public func audit(_ document: Document, extracted: ExtractedDocument) -> DocumentAudit {
        let input = CheckInput(path: document.path, extracted: extracted)
        var findings: [Finding] = []
        var verified: [Verification] = []
        var unevaluated: [Unevaluated] = []
        for check in suite.checks where applies(check, to: document.path) {
            let results = check.evaluate(input)
            unevaluated += results.unevaluated.map { Unevaluated(check: check.id, message: $0.message, span: $0.span) }
            findings += results.findings.map { finding(from: $0, check: check, text: extracted.text, table: extracted.table) }
            verified += results.verified.map { draft in
                Verification(
                    check: check.id, kind: check.header.kind.rawValue, message: draft.message, span: draft.span,
                    excerpt: extracted.text.excerpt(around: draft.span), related: draft.related,
                    arithmetic: draft.arithmetic
                )
            }
        }
        var audit = DocumentAudit(document: document, figures: extracted.figures, findings: findings, verified: verified)
        audit.unevaluated = unevaluated
        return audit
    }

    /// Turns a kind's draft into a finding with the check's id, severity and message template.
    func finding(from draft: FindingDraft, check: Check, text: SourceText, table: TableData? = nil) -> Finding {
        let kind = check.header.kind
        let template = check.header.message ?? kind.implementation.documentation.defaultMessage
        var finding = Finding(
            check: check.id, kind: kind.rawValue,
            severity: min(draft.severity ?? check.header.severity, check.header.severity),
            message: MessageTemplate.render(template, draft.variables),
            span: draft.span,
            excerpt: draft.span.map { text.excerpt(around: $0) } ?? "",
            related: draft.related, arithmetic: draft.arithmetic, hint: draft.hint, subject: draft.subject
        )
        finding.cell = draft.span.flatMap { cell(at: $0, in: table) }
        return finding
    }

    /// The table cell that contains `span`, if the document is a table.
    func cell(at span: SourceSpan, in table: TableData?) -> CellReference? {
        guard let table else { return nil }
        for record in table.records + (table.total.map { [$0] } ?? []) {
            for cell in record.cells.values where cell.span.range.overlaps(span.range) || (cell.span.length == 0 && cell.span.offset == span.offset) {
                return CellReference(row: record.row, column: cell.columnNumber, name: cell.column)
            }
        }
        return nil
    }

    private func applies(_ check: Check, to path: String) -> Bool {
        guard let globs = check.header.appliesTo, !globs.isEmpty else { return true }
        let name = (path as NSString).lastPathComponent
        return globs.contains { fnmatch($0, path, 0) == 0 || fnmatch($0, name, 0) == 0 }
    }
}
