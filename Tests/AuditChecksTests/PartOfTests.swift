import AuditChecks
import AuditCore
import Testing

/// part-exceeds-whole beyond its examples: which figure is taken for a part's whole.
@Suite("part-exceeds-whole wholes")
struct PartOfTests {
    @Test func theBaseOfAShareIsNoWholeOfTheSentencesParts() {
        // 7935人 are of the 持证残疾人, not of the 户籍人口 the share is taken of.
        let result = DefaultSuite.audit("全县持证残疾人18426人。持证残疾人占全县户籍人口52.6万人的3.5%，其中重度残疾人7935人。")
        let relations = result.verified.filter { $0.check == "part-exceeds-whole" }.map(\.message)
        #expect(!relations.contains { $0.contains("7935") })
    }

    @Test func aPartIsStillComparedWithTheWholeBeforeIt() {
        let result = DefaultSuite.audit("全县持证残疾人18426人，其中重度残疾人7935人。")
        let relations = result.verified.filter { $0.check == "part-exceeds-whole" }.map(\.message)
        #expect(relations == ["part 7935人 lies within its whole 18426人"])
    }
}
