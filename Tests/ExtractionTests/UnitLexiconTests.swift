import AuditCore
import Extraction
import Testing

@Suite("Unit lexicon")
struct UnitLexiconTests {
    /// Checks compare two figures' dimensions before their canonical units, which is only right
    /// while each canonical unit measures a single dimension.
    @Test func eachCanonicalUnitMeasuresOneDimension() {
        var seen: [String: MeasureDimension] = [:]
        for (canonical, dimension) in UnitLexicon.canonicalDimensions {
            if let earlier = seen[canonical] {
                #expect(earlier == dimension, "\(canonical) measures \(earlier) and \(dimension)")
            }
            seen[canonical] = dimension
        }
        #expect(seen.count > 20)
        #expect(seen["户"] == .households && seen["人"] == .persons && seen["元"] == .money)
    }

    /// A classifier followed by 次 counts events at or of it, not the things themselves.
    @Test("trips and observations are events of their own unit", arguments: [
        ("监管船舶8.36万艘次", "艘次"), ("开行列车1,036列次", "列次"), ("检验样本3,650站次", "站次"),
    ])
    func eventUnits(_ text: String, canonical: String) {
        let figures = FigureExtractor.extract(SourceText(text)).figures
        #expect(figures.map { $0.unit?.canonical } == [canonical])
        #expect(figures.map(\.dimension) == [.events])
    }

    /// A bare number after the name of a count (人次, 人数, 户数) counts in that count's unit.
    @Test("a count's name before a bare number gives it a unit", arguments: [
        ("年內共錄得求診人次2,035,600。", "人次"), ("全村户数为286，人口1,024人。", "户"), ("參與人數：1,326。", "人"),
    ])
    func unitNamedBefore(_ text: String, canonical: String) {
        let figures = FigureExtractor.extract(SourceText(text)).figures
        #expect(figures.first?.unit?.canonical == canonical)
    }
}
