import AuditChecks
import AuditCore
import Testing

/// growth-mismatch beyond its examples: which values a change rate is recomputed from, and what
/// a reviewer is shown.
@Suite("growth-mismatch pairing")
struct GrowthTests {
    static func verified(_ text: String) -> [String?] {
        DefaultSuite.audit(text).verified.filter { $0.check == "growth-mismatch" }.map(\.arithmetic)
    }

    @Test func aRiseAfterTheEarlierValueIsRecomputed() {
        #expect(Self.verified("全年筹集彩票公益金10.85亿元，比上年的9.92亿元增长9.4%。")
            == ["(10.85亿元 − 9.92亿元) ÷ 9.92亿元 = 9.38% = 9.4%"])
    }

    @Test func aChangeFromOnePeriodToAnotherIsRecomputed() {
        #expect(Self.verified("長照服務使用人數由112年的1萬4,206人增加至113年的1萬6,580人，成長16.7%。")
            == ["(16580人 − 14206人) ÷ 14206人 = 16.71% = 16.7%"])
    }

    @Test func anEarlierValueAfterTheRateIsRead() {
        #expect(Self.verified("全年实现营业收入245.7亿元，同比增长3.6%（上年237.2亿元）。")
            == ["(245.7亿元 − 237.2亿元) ÷ 237.2亿元 = 3.58% = 3.6%"])
    }

    @Test func aMismatchShowsTheRecomputedChange() {
        let findings = DefaultSuite.audit("公司实现合同销售金额286.4亿元，较上年的311.9亿元同比下降9.2%。").findings
            .filter { $0.check == "growth-mismatch" }
        #expect(findings.map(\.message) == ["同比下降 9.2% does not follow from 286.4亿元 against 311.9亿元, which give −8.18%"])
        #expect(findings.map(\.arithmetic) == ["(286.4亿元 − 311.9亿元) ÷ 311.9亿元 = −8.18% ≠ −9.2%"])
    }

    @Test func aChangeStatedAsAnAmountIsTheDifference() {
        #expect(Self.verified("全年粮食产量45.6万吨，比上年的43.2万吨增加2.4万吨。") == ["45.6万吨 − 43.2万吨 = 2.4万吨 = 2.4万吨"])
        let findings = DefaultSuite.audit("全年发生安全事故56起，比上年的71起减少12起。").findings.filter { $0.check == "growth-mismatch" }
        #expect(findings.map(\.arithmetic) == ["56起 − 71起 = −15起 ≠ −12起"])
    }

    @Test func aChangeInPercentagePointsIsTheDifferenceOfThePercentages() {
        #expect(Self.verified("覆盖率由92.3%提高到95.1%，提高2.8个百分点。") == ["95.1% − 92.3% = 2.8个百分点 = 2.8个百分点"])
    }

    @Test func valuesOfTwoMeasuresAreNotCompared() {
        #expect(Self.verified("全年完成客运量4.86亿人次，比上年的4.62亿元增长5.2%。").isEmpty)
    }

    @Test func anAverageAnnualRateIsNotAOneYearChange() {
        #expect(Self.verified("一般公共预算收入由3.86亿元增加到5.24亿元，年均增长6.3%。").isEmpty)
    }
}
