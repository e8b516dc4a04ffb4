import AuditChecks
import AuditCore
import Testing

/// consistent-value beyond its examples: how often one figure is reported, and how far apart
/// figures are paired.
@Suite("consistent-value pairing")
struct ConsistentValueTests {
    static func findings(_ text: String) -> [Finding] {
        DefaultSuite.audit(text).findings.filter { $0.check == "inconsistent-value" }
    }

    @Test func aFigureIsReportedOnceAgainstTheNearestEarlierValue() {
        let text = "目前设立18个扶贫车间。后来又设立17个扶贫车间。大力支持建设16家扶贫车间。"
        let findings = Self.findings(text)
        // 17 disagrees with 18; 16 disagrees with both, and is reported once, against 17.
        #expect(findings.map(\.message) == [
            "扶贫车间 is stated as 17个 here but as 18个 on line 1",
            "扶贫车间 is stated as 16家 here but as 17个 on line 1",
        ])
    }

    @Test func figuresFarApartInALongDocumentAreNotPaired() {
        let filler = (1...120).map { "第\($0)组有农户\($0 + 200)户。" }.joined()
        let near = Self.findings("设立18个扶贫车间。" + "建设扶贫车间16家。")
        let far = Self.findings("设立18个扶贫车间。" + filler + "建设扶贫车间16家。")
        #expect(near.count == 1)
        #expect(far.isEmpty)
    }
}
