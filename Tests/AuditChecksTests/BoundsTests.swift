@testable import AuditChecks
import AuditCore
import Testing

/// out-of-bounds beyond its examples: what an average is checked against, and which parameter
/// sets are refused.
@Suite("Averages and their stated extremes")
struct BoundsTests {
    @Test func anAverageIsVerifiedBetweenTheLowestAndHighestOfItsSentence() {
        let audit = DefaultSuite.audit("参训学员平均年龄41岁，最小的22岁，最大的61岁。\n")
        let verified = audit.verified.filter { $0.check == "out-of-bounds" }
        #expect(verified.map(\.arithmetic) == ["22 ≤ 41 ≤ 61"])
        #expect(audit.findings.filter { $0.check == "out-of-bounds" }.isEmpty)
    }

    @Test func extremesInAnotherSentenceBoundNothing() {
        let text = "参训学员平均年龄18岁。最小的22岁，最大的61岁。\n"
        #expect(DefaultSuite.audit(text).findings.filter { $0.check == "out-of-bounds" }.isEmpty)
    }

    @Test func extremeWordsComeInPairsWithAnAverageWord() {
        let lowOnly = BoundsKind.Parameters(averageWords: ["平均"], lowestWords: ["最低"])
        #expect(BoundsKind.validate(lowOnly) == ["'lowest-words' and 'highest-words' must be given together"])
        let noAverage = BoundsKind.Parameters(lowestWords: ["最低"], highestWords: ["最高"])
        #expect(BoundsKind.validate(noAverage) == ["'average-words' must be given with the range or extreme words"])
        let rangeWithoutJoiners = BoundsKind.Parameters(rangeOpeners: ["介于"], averageWords: ["平均"])
        #expect(BoundsKind.validate(rangeWithoutJoiners) == ["'range-openers' and 'range-joiners' must be given together"])
        #expect(BoundsKind.validate(BoundsKind.Parameters()).isEmpty)
    }
}
