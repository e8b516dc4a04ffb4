import AuditCore
@testable import AuditReports
import Testing

@Suite("Index report")
struct IndexReportTests {
    static func audit(_ id: String, errors: Int, warnings: Int) -> DocumentAudit {
        let text = SourceText("共3户。")
        let findings = Array(repeating: Severity.error, count: errors) + Array(repeating: Severity.warning, count: warnings)
        return DocumentAudit(
            document: Document(id: id, path: "in/\(id).txt", sha256: "0", text: text), figures: [],
            findings: findings.map { Finding(check: "c", kind: "k", severity: $0, message: "m", span: text.span(1..<3), excerpt: "") },
            verified: []
        )
    }

    static let run = AuditRun(
        audits: [audit("b", errors: 1, warnings: 0), audit("c", errors: 0, warnings: 3), audit("a", errors: 1, warnings: 0),
                 audit("甲 乙", errors: 2, warnings: 0), audit("e", errors: 1, warnings: 1)],
        checks: [CheckSummary(id: "c", title: "T", kind: "k", severity: .error, description: "")],
        toolVersion: "t"
    )

    @Test func worstDocumentsComeFirst() {
        #expect(IndexReport.worstFirst(Self.run.audits).map(\.document.id) == ["甲 乙", "e", "a", "b", "c"])
    }

    @Test func rowsLinkToEachDocumentsReport() {
        let html = IndexReport.html(Self.run)
        #expect(html.contains("<a href=\"%E7%94%B2%20%E4%B9%99.html\">甲 乙</a>"))
        #expect(TagBalance.problems(in: html).isEmpty)
        let markdown = IndexReport.markdown(Self.run)
        #expect(markdown.contains("| [甲 乙](%E7%94%B2%20%E4%B9%99.md) | in/甲 乙.txt | 2 | 0 | 0 | 0 |"))
        #expect(markdown.contains("| `c` | T | 5 | 4 | 0 | 0 | 5 |"))
    }

    @Test func checksAreOrderedWorstFirst() {
        let rows = IndexReport.checkRows(ReportFixture.run())
        #expect(rows.map(\.id) == [
            "masked-value", "sum-mismatch", "inconsistent-value", "unit-mismatch", "missing-source", "total-cue",
            "household-size", "part-exceeds-whole",
        ])
        #expect(rows.first { $0.id == "household-size" }?.verified == 2)
    }
}
