import AuditChecks
import AuditCore
import Testing

/// sum-mismatch beyond its examples: which figures are taken as a total's parts.
@Suite("sum-mismatch parts")
struct SumTests {
    static func verified(_ text: String) -> [String?] {
        DefaultSuite.audit(text).verified.filter { $0.check == "sum-mismatch" }.map(\.arithmetic)
    }

    @Test func partsFoundByTheirSumAloneUseTheTotalsWord() {
        #expect(Self.verified("学校与48家企业签订协议，开设订单班12个，学生468人。接收实习的合作企业36家。").isEmpty)
        // The scale may differ: 萬人 and 人 count with one word.
        #expect(Self.verified("勞動人口為37.94萬人，勞動力參與率為67.2%。就業人口為37.20萬人，失業人口7,400人。")
            == ["37.2+0.74 = [37.935, 37.945]萬人 = 37.94萬人"])
    }

    @Test func besideTwoTotalsEachPartIsSummedIntoItsOwn() {
        let audit = DefaultSuite.audit("全年火災造成民眾死亡5人、受傷21人；其中住宅火災造成死亡2人、受傷9人。")
        #expect(audit.findings.filter { $0.check == "sum-mismatch" }.isEmpty)
    }
}
