import AuditCore
import Extraction
import Testing

/// Qualifier words before a number, and the words that only look like them.
@Suite("Qualifiers")
struct QualifierTests {
    /// The qualifier of the only figure of `text`.
    static func qualifier(_ text: String) -> Qualifier? {
        let figures = FigureExtractor.extract(SourceText(text)).figures
        return figures.count == 1 ? figures[0].qualifier : nil
    }

    @Test("约 and 近 qualify the number after them", arguments: [
        ("约300人", Qualifier.about), ("大约300人", .about), ("全县約300戶", .about), ("近300人", .nearly),
    ])
    func qualified(_ text: String, _ expected: Qualifier) {
        #expect(Self.qualifier(text) == expected)
    }

    @Test("约 and 近 closing a word leave the number exact", arguments: [
        "重点人群签约11.26万人", "节约用水1200吨", "全年簽約項目12个", "履约保证金300万元", "就近就业300人",
    ])
    func exact(_ text: String) {
        #expect(Self.qualifier(text) == .exact)
    }
}
