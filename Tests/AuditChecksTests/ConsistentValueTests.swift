@testable import AuditChecks
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

    @Test func equalValuesUnderTwoVillagesHeadingsDoNotAgree() {
        let text = "（三）上寨村。上寨村总面积46平方公里，户籍人口1,200人。\n（六）富湾村。富湾村总面积46平方公里，户籍人口1,200人。\n"
        let verified = DefaultSuite.audit(text).verified.filter { $0.check.hasPrefix("inconsistent-") }
        #expect(verified.isEmpty)
    }

    @Test func equalValuesUnderOneHeadingAgree() {
        let text = "（三）上寨村。全村户籍人口1,200人，耕地面积4576亩。\n据统计，全村户籍人口1,200人，耕地面积4576亩。\n"
        let verified = DefaultSuite.audit(text).verified.filter { $0.check.hasPrefix("inconsistent-") }
        #expect(verified.map(\.check).sorted() == ["inconsistent-measure", "inconsistent-value"])
    }

    @Test func headingPlacesCarryToTheNextNumberedHeading() {
        let text = SourceText("（一）甲村。耕地10亩。\n续：耕地\n二、存在问题\n3. 城关镇\n")
        let none = -1..<(-1)
        let places = ConsistentValueKind.headingPlaces(in: text, none: none).map { String(String.UnicodeScalarView(text.scalars[$0 == none ? 0..<0 : $0])) }
        #expect(places == ["甲村", "甲村", "", "城关镇", "城关镇"])
    }

    @Test func aLowerHeadingNamingNoPlaceKeepsTheVillage() {
        let text = SourceText("（三）上寨村。\n1. 基本情况\n装机容量433千瓦。\n（六）富湾村。\n1. 基本情况\n")
        let none = -1..<(-1)
        let places = ConsistentValueKind.headingPlaces(in: text, none: none).map { String(String.UnicodeScalarView(text.scalars[$0 == none ? 0..<0 : $0])) }
        #expect(places == ["上寨村", "上寨村", "上寨村", "富湾村", "富湾村", "富湾村"])
    }
}
