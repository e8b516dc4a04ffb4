import AuditChecks
import AuditCore
import Testing

/// product-mismatch beyond its examples: the arithmetic it shows, periods, and which count it
/// compares with.
@Suite("product-mismatch arithmetic")
struct ProductTests {
    @Test func aTotalWithoutATotalCueIsCheckedAgainstTheCountOfItsSentence() {
        let result = DefaultSuite.audit("为困难群众每人发放慰问金500元，共计慰问困难群众1,860人，发放慰问金98万元。")
        let findings = result.findings.filter { $0.check == "product-mismatch" }
        #expect(findings.map(\.arithmetic) == ["98万元 ÷ 500元 = [1950, 1970]人 ≠ 1,860人"])
    }

    @Test func anImpliedCountIsShownWidenedToWholeNumbers() {
        // 1.86億元 ÷ 3.2元 is [57,076,923.076923…, 59,206,349.206349…] exactly; a reader needs no decimals.
        let result = DefaultSuite.audit("郵票每枚面值3.2元，共發行4,520萬枚，郵票銷售收入1.86億元。")
        let findings = result.findings.filter { $0.check == "product-mismatch" }
        #expect(findings.map(\.arithmetic) == ["1.86億元 ÷ 3.2元 = [57076923, 59206350]枚 ≠ 4,520萬枚"])
    }

    @Test func aMonthlyAmountIsMultipliedByTheMonthsOfAYear() {
        let text = "全县共有孤儿96名、事实无人抚养儿童218名，孤儿按每人每月1,350元标准发放基本生活费，全年发放孤儿基本生活费155.52万元。"
        let result = DefaultSuite.audit(text)
        // 218名 is nearer the total, but 96名 is the count the total implies.
        let verified = result.verified.filter { $0.check == "product-mismatch" }
        #expect(verified.map(\.message) == ["1,350元 × 12 × 96名 = 155.52万元"])
        #expect(result.findings.filter { $0.check == "product-mismatch" }.isEmpty)
    }

    @Test func aDailyAmountIsMultipliedByTheStatedDays() {
        let text = "惠及学生32,640人，按每生每天5元标准、全年在校200天计算，全年落实补助资金3,164万元。"
        let findings = DefaultSuite.audit(text).findings.filter { $0.check == "product-mismatch" }
        #expect(findings.map(\.arithmetic) == ["3164万元 ÷ (5元 × 200天) = [31635, 31645]人 ≠ 32,640人"])
    }

    @Test func aPeriodWithoutACountLeavesTheTotalUnchecked() {
        let result = DefaultSuite.audit("每人每月补助300元，共补助56人，发放补助资金5.2万元。")
        #expect(result.findings.filter { $0.check == "product-mismatch" }.isEmpty)
        #expect(result.verified.filter { $0.check == "product-mismatch" }.isEmpty)
    }

    @Test func aMismatchAlsoShowsTheProductOfTheStatedCount() {
        let findings = DefaultSuite.audit("全年为1,200名困难职工每人发放慰问金5,000元，共计发放620万元。").findings
            .filter { $0.check == "product-mismatch" }
        #expect(findings.map(\.hint) == ["the other way round, 1,200名 × 5000元 = 600万元, not 620万元: either may be wrong"])
    }
}
