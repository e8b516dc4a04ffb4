import AuditCore
@testable import AuditReports
import Foundation
import Testing

@Suite("SARIF report")
struct SARIFReportTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sarif-schema-2.1.0.json").path

    @Test func validatesAgainstTheSARIF210Schema() throws {
        guard Python.has(module: "jsonschema") else {
            withKnownIssue("python3 with the jsonschema module is not installed, so the SARIF log is not validated") {
                Issue.record("python3 -c 'import jsonschema' failed")
            }
            return
        }
        for run in [ReportFixture.run(), AuditRun(audits: [], checks: [], toolVersion: "0")] {
            let result = try Python.withTemporaryFile(SARIFReport.render(run), named: "figaudit.sarif") { log in
                try Python.run(
                    "import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
                    arguments: [log, Self.schema]
                )
            }
            #expect(result.status == 0, "the SARIF log does not validate:\n\(result.output)")
        }
    }

    static func results(_ run: AuditRun) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(SARIFReport.render(run).utf8)) as! [String: Any]
        let runs = json["runs"] as! [[String: Any]]
        return runs[0]["results"] as! [[String: Any]]
    }

    static func physicalLocation(_ result: [String: Any]) -> [String: Any] {
        (result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any]
    }

    static func region(_ result: [String: Any]) -> [String: Int]? {
        physicalLocation(result)["region"] as? [String: Int]
    }

    static func artifactIndex(_ result: [String: Any]) -> Int? {
        (physicalLocation(result)["artifactLocation"] as? [String: Any])?["index"] as? Int
    }

    @Test func fingerprintsSurviveALineInsertedAbove() throws {
        let before = try Self.results(ReportFixture.run())
        let after = try Self.results(ReportFixture.run(.init(linesAbove: "前言:本报告数据截至2019年底。\n")))
        #expect(before.count == after.count)
        for (old, new) in zip(before, after) {
            #expect(old["partialFingerprints"] as? [String: String] == new["partialFingerprints"] as? [String: String])
            if Self.artifactIndex(old) == 0, let oldRegion = Self.region(old), let newRegion = Self.region(new) {
                #expect(newRegion["startLine"] == oldRegion["startLine"]! + 1, "the finding did move")
                #expect(newRegion["charOffset"]! > oldRegion["charOffset"]!)
            }
        }
        let fingerprints = before.map { ($0["partialFingerprints"] as! [String: String])[SARIFReport.fingerprintName]! }
        #expect(Set(fingerprints).count == fingerprints.count, "distinct findings have distinct fingerprints")
        #expect(fingerprints.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func equalKeysAreToldApartByOccurrence() {
        let key = FindingKey(check: "masked-value", document: "alpha", subject: "**镇")
        #expect(key.fingerprint(occurrence: 0) != key.fingerprint(occurrence: 1))
        #expect(FindingKey(check: "ab", document: "c", subject: "").fingerprint(occurrence: 0)
            != FindingKey(check: "a", document: "bc", subject: "").fingerprint(occurrence: 0))
        // The FNV-1a 64 reference values, so the fingerprint never changes by accident.
        #expect(FNV1a64.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a64.hash("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func regionsCountCodePointsWithAnExclusiveEnd() throws {
        let results = try Self.results(ReportFixture.run())
        // 22**人 on line 3 of alpha, after ten Chinese characters.
        let masked = results.first { ($0["message"] as! [String: String])["text"] == "placeholder '**' left in '22**人'" }!
        #expect(Self.region(masked) == [
            "startLine": 3, "startColumn": 11, "endLine": 3, "endColumn": 16,
            "charOffset": ReportFixture.alphaLines[0...1].map { $0.unicodeScalars.count + 1 }.reduce(0, +) + 10,
            "charLength": 5,
        ])
        let whole = results.first { $0["ruleId"] as? String == "missing-source" }!
        #expect(Self.region(whole) == nil, "a finding about the whole document has no region")
        let sum = results.first { $0["ruleId"] as? String == "sum-mismatch" }!
        #expect((sum["message"] as! [String: String])["text"] == "the parts add up to 1208万元, not the stated total 1190万元 (312+95+140+661 = 1208 ≠ 1190)")
        #expect((sum["relatedLocations"] as! [[String: Any]]).count == 4)
        let rules = ReportFixture.checks.map(\.id).sorted()
        #expect(sum["ruleIndex"] as? Int == rules.firstIndex(of: "sum-mismatch"), "rules are sorted by id")
    }

    @Test func tableCellsAndHintsGoInProperties() throws {
        var run = ReportFixture.run()
        run.audits[1].findings[0].cell = CellReference(row: 3, column: 2, name: "户数")
        let results = try Self.results(run)
        let table = results.first { $0["ruleId"] as? String == "unit-mismatch" }!
        #expect(NSDictionary(dictionary: table["properties"] as! [String: Any])
            == NSDictionary(dictionary: ["cell": ["row": 3, "column": 2, "name": "户数"]]))
        let sum = results.first { $0["ruleId"] as? String == "sum-mismatch" }!
        #expect(sum["properties"] as? [String: String] == ["hint": "the parts exceed the total by 18万元"])
        #expect(results.first { $0["ruleId"] as? String == "masked-value" }?["properties"] == nil)
        let html = HTMLReport.render(run.audits[1], run: run)
        #expect(html.contains("<span class=\"cell\">row 3, column 2 户数</span>"))
    }

    @Test func regionEndsFollowTheText() {
        let text = SourceText("ab\ncd\r\nef")
        #expect(Place.end(of: text.span(0..<2), in: text) == (1, 3))
        #expect(Place.end(of: text.span(1..<5), in: text) == (2, 3), "a span across a line break ends on the later line")
        #expect(Place.end(of: text.span(3..<6), in: text) == (2, 3), "an end after CR ends at its line's end")
        #expect(Place.end(of: text.span(3..<7), in: text) == (2, 3), "an end after CRLF ends at its line's end")
        #expect(Place.end(of: SourceSpan(offset: 40, length: 3, line: 9, column: 2), in: text) == (9, 5), "outside the text: column + length")
    }

    @Test func artifactURIsAreURIReferences() {
        #expect(URIReference.encodingPath("docs/乙 报告.txt") == "docs/%E4%B9%99%20%E6%8A%A5%E5%91%8A.txt")
        #expect(URIReference.encodingPath("a:b%#?.txt") == "a%3Ab%25%23%3F.txt")
        #expect(URIReference.encodingPath("./x-y_z~(1)+2.txt") == "./x-y_z~(1)+2.txt")
        let sarif = SARIFReport.render(ReportFixture.run())
        #expect(sarif.contains("\"uri\" : \"docs/%E7%94%B2%20%E6%8A%A5%E5%91%8A.txt\""))
        #expect(sarif.contains("\"sha-256\" : \"\(String(repeating: "a1", count: 32))\""))
        #expect(sarif.contains("\"columnKind\" : \"unicodeCodePoints\""))
    }
}
