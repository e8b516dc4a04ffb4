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
}
