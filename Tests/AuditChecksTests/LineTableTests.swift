@testable import AuditChecks
import AuditCore
import Testing

/// table-total-mismatch beyond its examples: how lines are cut into cells and which lines make
/// one table.
@Suite("Tables set as lines")
struct LineTableTests {
    static func cells(_ line: String) -> [String] {
        let text = SourceText(line)
        return LineTableKind.cells(of: text.lineRange(1), in: text.scalars).map { text.string($0) }
    }

    @Test func cellsAreCutAtTabsFullWidthSpacesAndDoubleSpaces() {
        #expect(Self.cells("港島東聯網　248") == ["港島東聯網", "248"])
        #expect(Self.cells("城关镇\t3120户\t11200人") == ["城关镇", "3120户", "11200人"])
        #expect(Self.cells("Kowloon West  398   12.5") == ["Kowloon West", "398", "12.5"])
        #expect(Self.cells("全年旅游总收入112.7亿元。") == ["全年旅游总收入112.7亿元。"])
    }

    @Test func eachColumnIsVerifiedByItsHeaderName() {
        let text = "镇名\t户数\t人口\n城关镇\t3120户\t11200人\n新店镇\t1860户\t6520人\n合计\t4980户\t17720人\n"
        let verified = DefaultSuite.audit(text).verified.filter { $0.check == "table-total-mismatch" }
        #expect(verified.map(\.message) == [
            "column 户数 of the table on lines 2–4 adds up to its total 4980户",
            "column 人口 of the table on lines 2–4 adds up to its total 17720人",
        ])
    }

    @Test func aLineBetweenRowsEndsTheTable() {
        let text = "城关镇　3120\n新店镇　1860\n说明：以下为新增。\n河口镇　500\n合计　4990\n"
        #expect(DefaultSuite.audit(text).findings.filter { $0.check == "table-total-mismatch" }.isEmpty)
    }

    @Test func numbersInsideARowNameAreNoCells() {
        let text = "年齡組別　人口（千人）\n0－14歲　98.4\n15－64歲　484.6\n65歲及以上　100.1\n總計　683.1\n"
        let verified = DefaultSuite.audit(text).verified.filter { $0.check == "table-total-mismatch" }
        #expect(verified.map(\.arithmetic) == ["98.4 + 484.6 + 100.1 = [682.95, 683.25] = 683.1"])
    }

    @Test func aTotalNoLargerThanItsLargestRowIsAnAverage() {
        #expect(LineTableKind.totalIsAverage(Interval(lower: 3560, upper: 3560), of: [3613, 3540, 3667, 3420]))
        #expect(!LineTableKind.totalIsAverage(Interval(lower: 14240, upper: 14240), of: [3613, 3540, 3667, 3420]))
        // A row of zero or an unknown value leaves the sum possible.
        #expect(!LineTableKind.totalIsAverage(Interval(lower: 5, upper: 5), of: [5, 0]))
        #expect(!LineTableKind.totalIsAverage(Interval(lower: 5, upper: 5), of: [5, nil]))
    }
}
