import AuditCore
@testable import AuditReports
import Testing

@Suite("Baseline")
struct BaselineTests {
    @Test func roundTripsThroughItsJSON() throws {
        let baseline = Baseline.make(from: ReportFixture.run())
        let text = baseline.render()
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"schema\" : \"figaudit.baseline/1\""))
        #expect(!text.contains("\"line\"") && !text.contains("offset"), "entries hold no positions")
        #expect(try Baseline.parse(text) == baseline)
        #expect(baseline.entries == baseline.entries.sorted())
        #expect(baseline.entries.count == 7)
        let withReason = Baseline(entries: [Baseline.Entry(check: "c", document: "d", subject: "s", count: 2, reason: "known, see #12")])
        #expect(try Baseline.parse(withReason.render()) == withReason)
    }

    @Test func acceptsEverythingItWasMadeFrom() {
        let run = ReportFixture.run()
        let applied = Baseline.make(from: run).apply(to: run)
        #expect(applied.suppressed == 7)
        #expect(applied.run.audits.allSatisfy { $0.findings.isEmpty })
        #expect(applied.stale.isEmpty)
        #expect(applied.run.audits.map(\.verified) == run.audits.map(\.verified))
    }

    @Test func suppressesExactlyCountPerKey() {
        let text = SourceText("共3户。共3户。共3户。")
        let findings = (0..<3).map { index in
            Finding(check: "c", kind: "k", severity: .error, message: "m", span: text.span(index * 4 + 1..<index * 4 + 3),
                    excerpt: "", subject: "3户 共")
        }
        let document = Document(id: "d", path: "d.txt", sha256: "0", text: text)
        let check = CheckSummary(id: "c", title: "t", kind: "k", severity: .error, description: "")
        let run = AuditRun(audits: [DocumentAudit(document: document, figures: [], findings: findings, verified: [])],
                           checks: [check], toolVersion: "t")
        let baseline = Baseline(entries: [.init(check: "c", document: "d", subject: "3户 共", count: 2)])
        let applied = baseline.apply(to: run)
        #expect(applied.suppressed == 2)
        #expect(applied.run.audits[0].findings == [findings[2]], "the first ones in position order are accepted")
        #expect(applied.stale.isEmpty)
    }

    @Test func findingsThatMovedAreStillSuppressed() {
        let baseline = Baseline.make(from: ReportFixture.run())
        let moved = ReportFixture.run(.init(linesAbove: "前言:本报告数据截至2019年底。\n补充说明。\n"))
        #expect(moved.audits[0].findings.compactMap(\.span).first?.line == 4, "the fixture did move")
        let applied = baseline.apply(to: moved)
        #expect(applied.suppressed == 7)
        #expect(applied.stale.isEmpty)
    }

    @Test func reportsStaleAndPartiallyStaleEntries() {
        var baseline = Baseline.make(from: ReportFixture.run())
        let index = baseline.entries.firstIndex { $0.check == "unit-mismatch" }!
        baseline.entries[index].count = 3
        baseline.entries.append(.init(check: "sum-mismatch", document: "gamma", subject: "not audited", count: 1))
        baseline.entries.append(.init(check: "retired-check", document: "alpha", subject: "did not run", count: 1))
        let fixed = ReportFixture.run(.init(droppingChecks: ["masked-value"]))
        let applied = baseline.apply(to: fixed)
        #expect(applied.suppressed == 5)
        #expect(applied.stale == [
            .init(check: "masked-value", document: "alpha", subject: "**镇", count: 1),
            .init(check: "masked-value", document: "alpha", subject: "22**人 富余劳动力", count: 1),
            .init(check: "unit-mismatch", document: "beta", subject: "3-5名 新增就业", count: 2),
        ])
    }

    @Test func keepsReasonsWhenWrittenAnew() {
        var old = Baseline.make(from: ReportFixture.run())
        let index = old.entries.firstIndex { $0.check == "sum-mismatch" }!
        old.entries[index].reason = "the source table has the same error"
        let fresh = Baseline.make(from: ReportFixture.run(.init(linesAbove: "新的一行。\n")), keepingReasonsFrom: old)
        #expect(fresh == old)
    }

    @Test(arguments: [
        ("{\n  \"schema\": \"figaudit.baseline/1\",\n  \"entries\": [,]\n}",
         "b.json: error: baseline is not valid JSON: Invalid value at line 3, column 15"),
        ("[]", "b.json: error: invalid baseline: expected an object"),
        ("{\"schema\": \"figaudit.baseline/2\", \"entries\": []}",
         "b.json: error: invalid baseline: schema: unsupported schema 'figaudit.baseline/2' (expected 'figaudit.baseline/1')"),
        ("{\"entries\": []}", "b.json: error: invalid baseline: missing key 'schema'"),
        ("{\"schema\": \"figaudit.baseline/1\", \"entries\": {}}", "b.json: error: invalid baseline: entries: expected a list"),
        ("{\"schema\": \"figaudit.baseline/1\", \"entries\": [{\"check\": \"c\", \"document\": \"d\", \"subject\": \"s\", \"count\": 1, \"resaon\": \"x\"}]}",
         "b.json: error: invalid baseline: entries[0]: unknown key 'resaon' (expected one of: check, count, document, reason, subject)"),
        ("{\"schema\": \"figaudit.baseline/1\", \"entries\": [{\"check\": \"c\", \"document\": \"d\", \"count\": 1}]}",
         "b.json: error: invalid baseline: entries[0]: missing key 'subject'"),
        ("{\"schema\": \"figaudit.baseline/1\", \"entries\": [{\"check\": \"c\", \"document\": \"d\", \"subject\": \"s\", \"count\": 0}]}",
         "b.json: error: invalid baseline: entries[0].count: expected a positive whole number"),
        ("{\"schema\": \"figaudit.baseline/1\", \"entries\": [{\"check\": \"c\", \"document\": \"d\", \"subject\": \"s\", \"count\": true}]}",
         "b.json: error: invalid baseline: entries[0].count: expected a positive whole number"),
        ("{\"schema\": \"figaudit.baseline/1\", \"entries\": [{\"check\": \"c\", \"document\": 7, \"subject\": \"s\", \"count\": 1}]}",
         "b.json: error: invalid baseline: entries[0].document: expected a string"),
        ("{\"schema\": \"figaudit.baseline/1\", \"entries\": [{\"check\": \"c\", \"document\": \"d\", \"subject\": \"s\", \"count\": 1}, {\"check\": \"c\", \"document\": \"d\", \"subject\": \"s\", \"count\": 2}]}",
         "b.json: error: invalid baseline: entries[1]: duplicate of entries[0] (same check, document and subject); merge them into one entry with the total count"),
    ])
    func parseErrorsNameTheirPlace(_ text: String, _ message: String) {
        #expect {
            _ = try Baseline.parse(text, path: "b.json")
        } throws: { error in
            "\(error)" == message
        }
        do {
            _ = try Baseline.parse(text, path: "b.json")
        } catch {
            #expect(error.description == message)
            #expect(error.path == "b.json")
        }
    }
}
