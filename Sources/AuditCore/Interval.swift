import Foundation

/// The set of values a figure allows, as an interval of exact decimals; an open end is unbounded.
///
/// Intervals are how figaudit compares approximate figures: "6500余亩" allows (6500, 7000), a
/// masked "22**" allows [2200, 2299], and "1.52万" allows [15150, 15250] by rounding.
public struct Interval: Hashable, Sendable, CustomStringConvertible {
    /// The lower end, or nil when unbounded below.
    public var lower: Decimal?
    /// The upper end, or nil when unbounded above.
    public var upper: Decimal?
    /// Whether `lower` itself belongs to the interval.
    public var lowerClosed: Bool
    /// Whether `upper` itself belongs to the interval.
    public var upperClosed: Bool

    /// Creates an interval from its ends.
    public init(lower: Decimal?, upper: Decimal?, lowerClosed: Bool = true, upperClosed: Bool = true) {
        self.lower = lower
        self.upper = upper
        self.lowerClosed = lower != nil && lowerClosed
        self.upperClosed = upper != nil && upperClosed
    }

    /// The interval holding exactly `value`.
    public static func exactly(_ value: Decimal) -> Interval { Interval(lower: value, upper: value) }

    /// The interval of every value.
    public static let unbounded = Interval(lower: nil, upper: nil)

    /// Whether the interval holds one value only.
    public var isPoint: Bool {
        guard let lower, let upper else { return false }
        return lower.sameValue(as: upper)
    }

    /// Whether `value` lies in the interval.
    public func contains(_ value: Decimal) -> Bool {
        if let lower {
            if value.lessThan(lower) || (!lowerClosed && value.sameValue(as: lower)) { return false }
        }
        if let upper {
            if upper.lessThan(value) || (!upperClosed && value.sameValue(as: upper)) { return false }
        }
        return true
    }

    /// Whether some value lies in both intervals.
    public func overlaps(_ other: Interval) -> Bool { intersection(other) != nil }

    /// Whether the quotient interval [`numeratorLow` ÷ `denominatorHigh`, `numeratorHigh` ÷
    /// `denominatorLow`] overlaps `band`, decided by multiplying across rather than dividing:
    /// exact, where Foundation's division rounds to 38 digits at some hundred times the cost.
    /// Needs `0 < denominatorLow ≤ denominatorHigh` and `0 ≤ numeratorLow ≤ numeratorHigh`.
    public static func quotientOverlaps(
        numeratorLow: Decimal, numeratorHigh: Decimal, denominatorLow: Decimal, denominatorHigh: Decimal, band: Interval
    ) -> Bool {
        // An empty band meets nothing.
        if let lower = band.lower, let upper = band.upper,
           upper.lessThan(lower) || (!(band.lowerClosed && band.upperClosed) && lower.sameValue(as: upper)) { return false }
        // The quotient's lower end lies below the band's upper end (or on it, when that is closed)…
        if let upper = band.upper {
            let bound = upper.multiplied(by: denominatorHigh)
            if bound.lessThan(numeratorLow) || (!band.upperClosed && bound.sameValue(as: numeratorLow)) { return false }
        }
        // …and its upper end above the band's lower end.
        if let lower = band.lower {
            let bound = lower.multiplied(by: denominatorLow)
            if numeratorHigh.lessThan(bound) || (!band.lowerClosed && bound.sameValue(as: numeratorHigh)) { return false }
        }
        return true
    }

    /// The values in both intervals, or nil when they share none.
    public func intersection(_ other: Interval) -> Interval? {
        var low = lower
        var lowClosed = lowerClosed
        if let otherLow = other.lower {
            if low == nil || low!.lessThan(otherLow) {
                low = otherLow
                lowClosed = other.lowerClosed
            } else if otherLow.sameValue(as: low!) {
                lowClosed = lowClosed && other.lowerClosed
            }
        }
        var high = upper
        var highClosed = upperClosed
        if let otherHigh = other.upper {
            if high == nil || otherHigh.lessThan(high!) {
                high = otherHigh
                highClosed = other.upperClosed
            } else if otherHigh.sameValue(as: high!) {
                highClosed = highClosed && other.upperClosed
            }
        }
        if let low, let high {
            if high.lessThan(low) || (!(lowClosed && highClosed) && low.sameValue(as: high)) { return nil }
        }
        return Interval(lower: low, upper: high, lowerClosed: lowClosed, upperClosed: highClosed)
    }

    /// The interval of sums `a + b` for `a` in `lhs` and `b` in `rhs`.
    public static func + (lhs: Interval, rhs: Interval) -> Interval {
        Interval(
            lower: lhs.lower.flatMap { a in rhs.lower.map { a.adding($0) } },
            upper: lhs.upper.flatMap { a in rhs.upper.map { a.adding($0) } },
            lowerClosed: lhs.lowerClosed && rhs.lowerClosed,
            upperClosed: lhs.upperClosed && rhs.upperClosed
        )
    }

    /// The interval of `a * factor` for `a` in the interval; a negative `factor` swaps the ends.
    public func scaled(by factor: Decimal) -> Interval {
        // Zero times anything, unbounded ends included, is zero (found by a property test).
        if factor == 0 { return Interval(lower: 0, upper: 0) }
        if factor < 0 {
            return Interval(lower: upper.map { $0.multiplied(by: factor) }, upper: lower.map { $0.multiplied(by: factor) },
                            lowerClosed: upperClosed, upperClosed: lowerClosed)
        }
        return Interval(lower: lower.map { $0.multiplied(by: factor) }, upper: upper.map { $0.multiplied(by: factor) },
                        lowerClosed: lowerClosed, upperClosed: upperClosed)
    }

    /// Whether every value of the interval is at most every value of `other` allows, i.e. some
    /// value here can be no greater than some value there.
    public func canBeAtMost(_ other: Interval) -> Bool {
        guard let low = lower, let high = other.upper else { return true }
        if low.lessThan(high) { return true }
        return lowerClosed && other.upperClosed && low.sameValue(as: high)
    }

    /// Mathematical notation, e.g. `[2200, 2299]` or `(6500, 7000)`.
    public var description: String {
        let open = lowerClosed ? "[" : "("
        let close = upperClosed ? "]" : ")"
        let low = lower.map(\.plainText) ?? "-∞"
        let high = upper.map(\.plainText) ?? "∞"
        if isPoint { return "\(low)" }
        return "\(open)\(low), \(high)\(close)"
    }
}
