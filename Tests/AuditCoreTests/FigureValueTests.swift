import AuditCore
import Foundation
import Testing

/// Figures share their fields until one changes: they must still behave as plain values.
@Suite("Figures are values")
struct FigureValueTests {
    let text = SourceText("全村共有农户496户1523人。")

    func figure() -> Figure {
        Figure(text: "496户", span: text.span(6..<10), value: 496, interval: .exactly(496),
               unit: MeasureUnit(written: "户", canonical: "户", dimension: .households), label: "全村共有农户")
    }

    @Test func changingACopyLeavesTheOriginal() {
        let original = figure()
        var copy = original
        #expect(copy == original)
        copy.label = "农户"
        copy.compoundGroup = 3
        copy.noun = "户"
        #expect(original.label == "全村共有农户")
        #expect(original.compoundGroup == nil)
        #expect(original.noun == "")
        #expect(copy.label == "农户")
        #expect(copy != original)
    }

    @Test func figuresInArraysChangeOneByOne() {
        var figures = [figure(), figure()]
        let before = figures
        figures[1].compoundGroup = 0
        figures[1].roles.insert(.count)
        #expect(figures[0] == before[0])
        #expect(figures[1].compoundGroup == 0 && figures[1].roles.contains(.count))
        #expect(before[1].compoundGroup == nil && before[1].roles.isEmpty)
    }

    @Test func equalFieldsMakeEqualFiguresAndHashes() {
        let a = figure()
        let b = figure()
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        var c = b
        c.value = 497
        #expect(a != c)
    }
}
