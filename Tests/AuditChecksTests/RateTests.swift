import AuditChecks
import AuditCore
import Testing

/// rate-mismatch beyond its examples: which figures a named rate is recomputed from.
@Suite("rate-mismatch bases")
struct RateTests {
    @Test func theCountRightBeforeTheNumeratorConfirmsTheRate() {
        let result = DefaultSuite.audit("发放调查问卷500份，回收有效问卷482份，回收率96.4%。")
        let verified = result.verified.filter { $0.check == "rate-mismatch" }
        #expect(verified.map(\.arithmetic) == ["100 × 482份 ÷ 500份 = 96.4%"])
    }

    @Test func aBaseNamedInTheSentenceBeforeGivesWayToTheCountThatConfirms() {
        let result = DefaultSuite.audit("立案办理公益诉讼案件236件。发出诉前检察建议198件，行政机关回复整改195件，整改率98.5%。")
        #expect(result.findings.filter { $0.check == "rate-mismatch" }.isEmpty)
        let verified = result.verified.filter { $0.check == "rate-mismatch" }
        #expect(verified.map(\.arithmetic) == ["100 × 195件 ÷ 198件 = 98.48%"])
    }

    @Test func theCountRightBeforeTheNumeratorNeverAccuses() {
        let result = DefaultSuite.audit("发放调查问卷500份，回收有效问卷482份，回收率86.4%。")
        #expect(result.findings.filter { $0.check == "rate-mismatch" }.isEmpty)
        #expect(result.verified.filter { $0.check == "rate-mismatch" }.isEmpty)
    }
}
