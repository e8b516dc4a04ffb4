import AuditCore
import Foundation
import PropertyBased
import Testing

/// A non-empty interval together with one value it is known to hold.
struct IntervalWithMember: Sendable, CustomStringConvertible {
    var interval: Interval
    var member: Decimal

    var description: String { "\(interval) ∋ \(member)" }
}

/// Generators of exact decimals and of intervals around a known member.
enum IntervalInputs {
    /// Decimals with up to three decimal places, so every sum and product below is exact.
    static let decimals = zip(Gen.int(in: -1_000_000...1_000_000), Gen.int(in: 0...3))
        .map { significand, places in Decimal(significand) / pow(10, places) }

    /// Distances from a member to an end: nil for an unbounded end, sometimes zero.
    static let reaches = zip(Gen.int(in: 0...200_000), Gen.int(in: 0...3), Gen.int(in: 0...9))
        .map { amount, places, shape -> Decimal? in
            switch shape {
            case 0: nil
            case 1: 0
            default: Decimal(amount) / pow(10, places)
            }
        }

    /// Intervals built outward from a member, so the member is in them by construction: an end at
    /// distance zero is closed, any other end is open or closed at random.
    static let intervals = zip(decimals, reaches, reaches, Gen.bool, Gen.bool)
        .map { member, below, above, lowerClosed, upperClosed in
            IntervalWithMember(
                interval: build(around: member, below: below, above: above, lowerClosed: lowerClosed, upperClosed: upperClosed),
                member: member
            )
        }

    static func build(around member: Decimal, below: Decimal?, above: Decimal?, lowerClosed: Bool, upperClosed: Bool) -> Interval {
        Interval(lower: below.map { member - $0 }, upper: above.map { member + $0 },
                 lowerClosed: below == 0 || lowerClosed, upperClosed: above == 0 || upperClosed)
    }
}

/// The least member of an interval (or one just above an open lower end), and the greatest.
/// Ends lie at least 0.001 from each other unless equal, so 10^-9 inside an open end stays inside.
let epsilon = Decimal(sign: .plus, exponent: -9, significand: 1)
func lowest(_ item: IntervalWithMember) -> Decimal {
    guard let lower = item.interval.lower else { return item.member - 1_000_000_000 }
    return item.interval.lowerClosed ? lower : lower + epsilon
}
func highest(_ item: IntervalWithMember) -> Decimal {
    guard let upper = item.interval.upper else { return item.member + 1_000_000_000 }
    return item.interval.upperClosed ? upper : upper - epsilon
}

@Suite("Interval arithmetic obeys its laws")
struct IntervalLawTests {
    @Test func generatedMembersAreMembers() async {
        await propertyCheck(count: 300, input: IntervalInputs.intervals) { a in
            #expect(a.interval.contains(a.member))
            #expect(a.interval.contains(lowest(a)) || a.interval.lower == nil)
            #expect(a.interval.contains(highest(a)) || a.interval.upper == nil)
        }
    }

    @Test func additionIsCommutative() async {
        await propertyCheck(count: 300, input: IntervalInputs.intervals, IntervalInputs.intervals) { a, b in
            #expect(a.interval + b.interval == b.interval + a.interval)
        }
    }

    @Test func additionIsAssociative() async {
        await propertyCheck(count: 300, input: IntervalInputs.intervals, IntervalInputs.intervals, IntervalInputs.intervals) { a, b, c in
            #expect((a.interval + b.interval) + c.interval == a.interval + (b.interval + c.interval))
        }
    }

    @Test func sumsOfMembersAreMembersOfTheSum() async {
        await propertyCheck(count: 300, input: IntervalInputs.intervals, IntervalInputs.intervals) { a, b in
            let sum = a.interval + b.interval
            #expect(sum.contains(a.member + b.member), "\(a) + \(b) = \(sum)")
            #expect(sum.contains(lowest(a) + lowest(b)) || sum.lower == nil, "\(a) + \(b) = \(sum)")
            #expect(sum.contains(highest(a) + highest(b)) || sum.upper == nil, "\(a) + \(b) = \(sum)")
        }
    }

    @Test func scalingKeepsMembers() async {
        await propertyCheck(count: 300, input: IntervalInputs.intervals, Gen.int(in: 0...10_000)) { a, factor in
            let scaled = a.interval.scaled(by: Decimal(factor))
            #expect(scaled.contains(a.member * Decimal(factor)), "\(a) × \(factor) = \(scaled)")
        }
    }

    @Test func intersectionIsCommutative() async {
        await propertyCheck(count: 300, input: IntervalInputs.intervals, IntervalInputs.intervals) { a, b in
            #expect(a.interval.intersection(b.interval) == b.interval.intersection(a.interval))
        }
    }

    /// Both intervals are built around one value, so they always overlap.
    @Test func intersectionHoldsSharedValuesAndIsContainedInBoth() async {
        await propertyCheck(count: 300, input: IntervalInputs.decimals, IntervalInputs.reaches, IntervalInputs.reaches, IntervalInputs.reaches, IntervalInputs.reaches, Gen.bool.array(of: 4)) {
            shared, belowA, aboveA, belowB, aboveB, closed in
            let a = IntervalInputs.build(around: shared, below: belowA, above: aboveA, lowerClosed: closed[0], upperClosed: closed[1])
            let b = IntervalInputs.build(around: shared, below: belowB, above: aboveB, lowerClosed: closed[2], upperClosed: closed[3])
            guard let both = a.intersection(b) else {
                Issue.record("\(a) ∩ \(b) is empty, but both hold \(shared)")
                return
            }
            #expect(both.contains(shared))
            let probe = IntervalWithMember(interval: both, member: shared)
            for value in [shared, lowest(probe), highest(probe)] where both.contains(value) {
                #expect(a.contains(value) && b.contains(value), "\(value) ∈ \(a) ∩ \(b) = \(both)")
            }
        }
    }

    @Test func disjointIntervalsShareNoGeneratedValue() async {
        await propertyCheck(count: 300, input: IntervalInputs.intervals, IntervalInputs.intervals) { a, b in
            let both = a.interval.intersection(b.interval)
            for value in [a.member, b.member, lowest(a), highest(a), lowest(b), highest(b)]
            where a.interval.contains(value) && b.interval.contains(value) {
                #expect(both?.contains(value) == true, "\(value) ∈ \(a.interval) and \(b.interval), not in \(String(describing: both))")
            }
            if let both {
                #expect(a.interval.overlaps(b.interval))
                for value in [both.lower, both.upper].compactMap({ $0 }) where both.contains(value) {
                    #expect(a.interval.contains(value) && b.interval.contains(value))
                }
            }
        }
    }

    /// `A.canBeAtMost(B)` says some value of A is no greater than some value of B: exactly when the
    /// least value of A (or one just above its open end) is at most the greatest of B.
    @Test func canBeAtMostIsDecidedByTheExtremes() async {
        await propertyCheck(count: 300, input: IntervalInputs.intervals, IntervalInputs.intervals) { a, b in
            let witness = lowest(a) <= highest(b)
            #expect(a.interval.canBeAtMost(b.interval) == witness,
                    "\(a.interval) canBeAtMost \(b.interval): least \(lowest(a)), greatest \(highest(b))")
            if a.member <= b.member { #expect(a.interval.canBeAtMost(b.interval)) }
            // Of two non-empty intervals, one can always be at most the other.
            #expect(a.interval.canBeAtMost(b.interval) || b.interval.canBeAtMost(a.interval))
            #expect(a.interval.canBeAtMost(a.interval))
        }
    }

    @Test func pointsCompareAsTheirValues() async {
        await propertyCheck(count: 300, input: IntervalInputs.decimals, IntervalInputs.decimals) { x, y in
            #expect(Interval.exactly(x).canBeAtMost(.exactly(y)) == (x <= y))
            #expect((Interval.exactly(x) + .exactly(y)) == .exactly(x + y))
            #expect(Interval.exactly(x).intersection(.exactly(y)) == (x == y ? .exactly(x) : nil))
        }
    }
}
