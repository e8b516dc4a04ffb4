import AuditCore
import Extraction
import Testing

/// Relation cues that extraction reads from the words around a figure.
@Suite("Cues")
struct CueTests {
    /// The cues of each figure of `text`, in order.
    static func cues(_ text: String) -> [EnumSet<Cue>] {
        FigureExtractor.extract(SourceText(text)).figures.map(\.cues)
    }

    @Test("a clause that counts a whole and ends in 中 makes the next figure a part of it", arguments: [
        "公司6842名员工中，硕士412人，本科2386人。", "全市42個地表水監測斷面中，水質優良斷面37個。",
    ])
    func among(_ text: String) {
        let cues = Self.cues(text)
        #expect(cues.count >= 2)
        #expect(!cues[0].contains(.partOf))
        #expect(cues[1].contains(.partOf))
        #expect(cues.dropFirst(2).allSatisfy { !$0.contains(.partOf) })
    }

    @Test("中 closing another word, or a clause with no figure, makes no part", arguments: [
        "全县高中3所，初中12所。", "在脱贫攻坚工作中，全县投入资金3000万元。", "集中供养538人，分散供养1778人。",
    ])
    func notAmong(_ text: String) {
        #expect(Self.cues(text).allSatisfy { !$0.contains(.partOf) })
    }
}

/// Roles that a figure takes from the section it stands in.
@Suite("Plan sections")
struct PlanSectionTests {
    static let report = """
        一、工作成效
        全年新建养老服务中心3个，完成投资1200万元。
        二、2024年工作打算
        1.新建养老服务中心2个，完成投资800万元。
        三、保障措施
        全县现有社会工作者36名。
        """

    @Test("figures from a plan heading to the next top-level heading are targets")
    func planSectionFiguresAreTargets() {
        let figures = FigureExtractor.extract(SourceText(Self.report)).figures
        let targets = figures.map { $0.roles.contains(.target) }
        #expect(figures.map(\.text) == ["3个", "1200万元", "2个", "800万元", "36名"])
        #expect(targets == [false, false, true, true, false])
        // 完成 in a plan is a target, not an achievement.
        #expect(!figures[3].roles.contains(.achieved))
        #expect(figures[1].roles.contains(.achieved))
    }
}
