import AuditCore
@testable import AuditReports
import Testing

@Suite("JUnit report")
struct JUnitReportTests {
    @Test func oneTestCasePerCheckAndDocument() {
        let xml = JUnitReport.render(ReportFixture.run())
        let checks = ReportFixture.checks.count
        #expect(xml.contains("<testsuites name=\"figaudit\" tests=\"\(2 * checks + 1)\" failures=\"6\" errors=\"1\">"))
        #expect(xml.contains("<testsuite name=\"docs/甲 报告.txt\" tests=\"\(checks)\" failures=\"5\" errors=\"0\" skipped=\"0\">"))
        #expect(xml.contains("<testcase classname=\"alpha\" name=\"household-size\" file=\"docs/甲 报告.txt\"/>"))
        #expect(xml.contains("<testcase classname=\"alpha\" name=\"masked-value\" file=\"docs/甲 报告.txt\" line=\"3\">"))
        #expect(xml.contains("<failure message=\"2 findings; first at 3:11: placeholder &#39;**&#39; left in &#39;22**人&#39;\" type=\"error\">"))
        #expect(xml.contains("docs/甲 报告.txt:3:11: error[masked-value]: placeholder &#39;**&#39; left in &#39;22**人&#39;\ndocs/甲 报告.txt:3:17: error[masked-value]"))
    }

    @Test func findingsBelowTheThresholdGoToSystemOut() {
        let xml = JUnitReport.render(ReportFixture.run(), failOn: .error)
        #expect(xml.contains("failures=\"2\""), "only sum-mismatch and masked-value fail in alpha")
        #expect(xml.contains("<system-out>docs/甲 报告.txt:4:6: warning[inconsistent-value]"))
        #expect(xml.contains("<system-out>docs/甲 报告.txt: info[missing-source]: the document names no source for its figures</system-out>"),
                "a finding about the whole document has no invented :1:1")
    }

    @Test func isWellFormedXML() throws {
        for failOn in [nil, Severity.error] {
            let xml = JUnitReport.render(ReportFixture.run(), failOn: failOn)
            #expect(TagBalance.problems(in: xml).isEmpty)
            guard Python.has(module: "xml.dom.minidom") else { continue }
            let result = try Python.withTemporaryFile(xml, named: "figaudit.junit.xml") { file in
                try Python.run("import sys, xml.dom.minidom as m; m.parse(sys.argv[1])", arguments: [file])
            }
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func escapesMarkupAndDropsControlCharacters() {
        let text = SourceText("a<b>&\"c\"共3户\u{1}")
        let finding = Finding(check: "c&d", kind: "k", severity: .warning, message: "<x> & \"y\" \u{1}",
                              span: text.span(8..<10), excerpt: "")
        let document = Document(id: "i<d>", path: "p&q.txt", sha256: "0", text: text)
        let audit = DocumentAudit(document: document, figures: [], findings: [finding], verified: [])
        let xml = JUnitReport.render(AuditRun(audits: [audit], checks: [], toolVersion: "t"))
        #expect(xml.contains("<testcase classname=\"i&lt;d&gt;\" name=\"c&amp;d\" file=\"p&amp;q.txt\" line=\"1\">"))
        #expect(xml.contains("message=\"1:9: &lt;x&gt; &amp; &quot;y&quot; \u{FFFD}\""))
        #expect(!xml.contains("\u{1}"))
    }
}
