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

    @Test func colorsOnlyWhenAsked() {
        #expect(!TerminalReport.render(Self.sampleRun()).contains("\u{1B}["))
        #expect(TerminalReport.render(Self.sampleRun(), options: .init(color: true)).contains("\u{1B}["))
    }
}
