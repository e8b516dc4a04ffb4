import AuditCore
@testable import AuditReports
import Testing

@Suite("Renderers")
struct RendererTests {
    static func sampleRun() -> AuditRun {
        let text = SourceText("全镇共转移富余劳动力22**人。")
        let document = Document(id: "doc", path: "docs/doc.txt", sha256: "abc", text: text)
        let finding = Finding(
            check: "masked-value", kind: "masked", severity: .error, message: "placeholder '**' left in '22**人'",
            span: text.span(10..<15), excerpt: "全镇共转移富余劳动力22**人。"
        )
        let audit = DocumentAudit(document: document, figures: [], findings: [finding], verified: [])
        let check = CheckSummary(id: "masked-value", title: "Masked placeholder", kind: "masked", severity: .error, description: "d")
        return AuditRun(audits: [audit], checks: [check], toolVersion: "test")
    }

    @Test func terminalCaretUnderWideCharacters() {
        let output = TerminalReport.render(Self.sampleRun())
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "docs/doc.txt:1:11: error[masked-value]: placeholder '**' left in '22**人'")
        #expect(lines[1] == "    全镇共转移富余劳动力22**人。")
        // Ten CJK characters take twenty columns; the figure 22**人 takes six.
        #expect(lines[2] == "    " + String(repeating: " ", count: 20) + "^^^^^^")
        #expect(lines.last(where: { !$0.isEmpty }) == "1 document audited: 1 error, 0 warnings, 0 info; 0 relations verified")
    }

    @Test func quietPrintsOnlyTheSummary() {
        let output = TerminalReport.render(Self.sampleRun(), options: .init(quiet: true))
        #expect(output == "1 document audited: 1 error, 0 warnings, 0 info; 0 relations verified\n")
    }

    @Test func markdownEscapesTheFlaggedText() {
        let output = MarkdownReport.render(Self.sampleRun().audits[0], run: Self.sampleRun())
        #expect(output.contains("- [ ] **1:11** `masked-value` (Masked placeholder): placeholder '\\*\\*' left in '22\\*\\*人'"))
        #expect(output.contains("  > 全镇共转移富余劳动力«22\\*\\*人»。"))
    }

    @Test func jsonFollowsTheContract() {
        let output = JSONReport.render(Self.sampleRun().audits[0], run: Self.sampleRun())
        #expect(output.contains("\"schema\" : \"figaudit.report/1\""))
        #expect(output.contains("\"offset\" : 10"))
        #expect(output.contains("\"length\" : 5"))
        #expect(output.hasSuffix("}\n"))
    }

    /// The report is written key by key; it must be byte for byte the tree `value` describes.
    @Test func jsonWriterMatchesTheReportTree() {
        let text = SourceText("全镇贫困户1190户:甲村312户、乙村95户\n\"引号\"\t与\\反斜杠")
        var finding = Finding(
            check: "sum-mismatch", kind: "sum", severity: .warning, message: "the parts of 1190户 add up to 407户",
            span: text.span(5..<10), excerpt: "全镇贫困户1190户", related: [text.span(14..<18), text.span(21..<24)],
            arithmetic: "312+95 = 407 ≠ 1190户", hint: "a part may be missing", subject: "1190户"
        )
        finding.cell = CellReference(row: 3, column: -2, name: "户数")
        let bare = Finding(check: "unknown-check", kind: "rule", severity: .info, message: "m", span: nil, excerpt: "")
        let verified = [
            Verification(check: "part-exceeds-whole", kind: "part-of", message: "ok", span: text.span(14..<18), excerpt: "甲村312户",
                         related: [text.span(5..<10)], arithmetic: "312户 ≤ 1190户"),
            Verification(check: "c", kind: "k", message: "", span: text.span(0..<1), excerpt: "全"),
        ]
        var audit = DocumentAudit(document: Document(id: "d", path: "a/b \"c\".txt", sha256: "00", text: text),
                                  figures: [], findings: [finding, bare], verified: verified)
        audit.unevaluated = [Unevaluated(check: "rule-x", message: "no value", span: nil),
                             Unevaluated(check: "rule-y", message: "no 户数", span: text.span(1..<2))]
        let check = CheckSummary(id: "sum-mismatch", title: "Sum", kind: "sum", severity: .error, description: "d")
        let run = AuditRun(audits: [audit], checks: [check], toolVersion: "9.9")
        #expect(JSONReport.render(audit, run: run) == JSONReport.value(audit, run: run).sortedJSON() + "\n")
        let empty = DocumentAudit(document: Document(id: "e", path: "e", sha256: "", text: SourceText("")), figures: [], findings: [], verified: [])
        #expect(JSONReport.render(empty, run: run) == JSONReport.value(empty, run: run).sortedJSON() + "\n")
    }

    @Test func colorsOnlyWhenAsked() {
        #expect(!TerminalReport.render(Self.sampleRun()).contains("\u{1B}["))
        #expect(TerminalReport.render(Self.sampleRun(), options: .init(color: true)).contains("\u{1B}["))
    }
}
