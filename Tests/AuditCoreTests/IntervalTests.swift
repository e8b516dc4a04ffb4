import AuditCore
import Foundation
import Testing

@Suite("Interval arithmetic")
struct IntervalTests {
    @Test func sumOfOpenAndClosedIsOpen() {
        let more = Interval(lower: 6500, upper: 7000, lowerClosed: false, upperClosed: false)
        let exact = Interval.exactly(100)
        let sum = more + exact
        #expect(sum == Interval(lower: 6600, upper: 7100, lowerClosed: false, upperClosed: false))
    }

    @Test func intersectionRespectsOpenEnds() {
        let a = Interval(lower: 0, upper: 10, upperClosed: false)
        #expect(a.intersection(Interval(lower: 10, upper: 20)) == nil)
        #expect(a.intersection(Interval(lower: 5, upper: 20)) == Interval(lower: 5, upper: 10, upperClosed: false))
        #expect(Interval.exactly(10).overlaps(Interval(lower: 10, upper: nil)))
    }

    @Test func partCanBeAtMostWhole() {
        let part = Interval(lower: 800, upper: 900, lowerClosed: false, upperClosed: false)
        #expect(part.canBeAtMost(.exactly(1360)))
        #expect(!Interval.exactly(1500).canBeAtMost(.exactly(1360)))
        #expect(!part.canBeAtMost(.exactly(800)))
    }

    @Test func containsAndDescription() {
        let masked = Interval(lower: 2200, upper: 2299)
        #expect(masked.contains(2250))
        #expect(!masked.contains(2300))
        #expect(masked.description == "[2200, 2299]")
        #expect(Interval.exactly(Decimal(string: "0.1")!).description == "0.1")
    }

    @Test("scaling by zero gives zero even for unbounded intervals; a negative factor swaps the ends")
    func scalingByZeroAndNegativeFactors() {
        let atLeast = Interval(lower: 5, upper: nil, lowerClosed: false)
        #expect(atLeast.scaled(by: 0) == Interval(lower: 0, upper: 0))
        let flipped = Interval(lower: 2, upper: 3, lowerClosed: true, upperClosed: false).scaled(by: -2)
        #expect(flipped == Interval(lower: -6, upper: -4, lowerClosed: false, upperClosed: true))
        #expect(atLeast.scaled(by: -1) == Interval(lower: nil, upper: -5, upperClosed: false))
    }
}
