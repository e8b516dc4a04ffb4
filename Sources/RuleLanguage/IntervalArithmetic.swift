import AuditCore
import Foundation

/// Arithmetic on intervals: each result holds every value the operation can give for values in
/// the operands (and, where Decimal had to round, a unit in the last place more).
///
/// Operands are treated as independent, so `a - a` for `a = [1, 2]` gives `[-1, 1]`: results can
/// be wider than the truth, which makes comparisons indeterminate, never wrongly definite.
enum IntervalArithmetic {
    static func negate(_ a: Interval) -> Interval {
        Interval(lowerEnd: Endpoint(a.upperEnd.point.negated, closed: a.upperClosed),
                 upperEnd: Endpoint(a.lowerEnd.point.negated, closed: a.lowerClosed))
    }

    static func add(_ a: Interval, _ b: Interval) -> Interval {
        func end(_ x: Endpoint, _ y: Endpoint, lower: Bool) -> [Endpoint] {
            switch (x.point, y.point) {
            case let (.finite(p), .finite(q)):
                return Endpoint.computed(ExactDecimal.add(p, q), closed: x.closed && y.closed)
            default:
                return [Endpoint(.infinity(sign: lower ? -1 : 1), closed: false)]
            }
        }
        let lows = end(a.lowerEnd, b.lowerEnd, lower: true)
        let highs = end(a.upperEnd, b.upperEnd, lower: false)
        let low = Interval(hull: lows).lowerEnd
        let high = Interval(hull: highs).upperEnd
        return Interval(lowerEnd: low, upperEnd: high)
    }

    static func subtract(_ a: Interval, _ b: Interval) -> Interval { add(a, negate(b)) }

    static func multiply(_ a: Interval, _ b: Interval) -> Interval {
        var candidates: [Endpoint] = []
        for x in [a.lowerEnd, a.upperEnd] {
            for y in [b.lowerEnd, b.upperEnd] {
                candidates += product(x, y)
            }
        }
        return Interval(hull: candidates)
    }

    private static func product(_ x: Endpoint, _ y: Endpoint) -> [Endpoint] {
        switch (x.point, y.point) {
        case let (.finite(p), .finite(q)):
            // A closed zero end gives 0 whatever the other factor is.
            let closed = (x.closed && y.closed) || (p.isZero && x.closed) || (q.isZero && y.closed)
            return Endpoint.computed(ExactDecimal.multiply(p, q), closed: closed)
        case (.finite(let p), _) where p.isZero:
            return [Endpoint(.finite(0), closed: x.closed)]
        case (_, .finite(let q)) where q.isZero:
            return [Endpoint(.finite(0), closed: y.closed)]
        default:
            return [Endpoint(.infinity(sign: x.point.sign * y.point.sign), closed: false)]
        }
    }

    /// `a / b`, or nil when `b` holds 0.
    static func divide(_ a: Interval, _ b: Interval) -> Interval? {
        guard !b.contains(0) else { return nil }
        // b lies on one side of 0; an open end at 0 is approached from that side.
        let divisorSign = b.upperEnd.point.sign > 0 ? 1 : -1
        var candidates: [Endpoint] = []
        for x in [a.lowerEnd, a.upperEnd] {
            for y in [b.lowerEnd, b.upperEnd] {
                candidates += quotient(x, y, divisorSign: divisorSign)
            }
        }
        return Interval(hull: candidates)
    }

    private static func quotient(_ x: Endpoint, _ y: Endpoint, divisorSign: Int) -> [Endpoint] {
        switch (x.point, y.point) {
        case let (.finite(p), .finite(q)) where !q.isZero:
            return Endpoint.computed(ExactDecimal.divide(p, q), closed: (x.closed && y.closed) || (p.isZero && x.closed))
        case (.finite(let p), .finite):
            // y is an open end at 0: the quotient grows without bound, unless x is 0.
            if p.isZero { return [Endpoint(.finite(0), closed: x.closed)] }
            return [Endpoint(.infinity(sign: x.point.sign * divisorSign), closed: false)]
        case (.finite(let p), _):
            return [Endpoint(.finite(0), closed: p.isZero && x.closed)]
        case (_, .finite):
            return [Endpoint(.infinity(sign: x.point.sign * divisorSign), closed: false)]
        default:
            // ∞ / ∞ can be anything between 0 and that infinity.
            return [Endpoint(.finite(0), closed: false), Endpoint(.infinity(sign: x.point.sign * divisorSign), closed: false)]
        }
    }

    static func absolute(_ a: Interval) -> Interval {
        if a.lowerEnd.point.sign >= 0 { return a }
        if a.upperEnd.point.sign <= 0 { return negate(a) }
        let low = a.lowerEnd.point.negated
        let high = a.upperEnd.point
        let top: Endpoint = low > high ? Endpoint(low, closed: a.lowerClosed)
            : high > low ? Endpoint(high, closed: a.upperClosed)
            : Endpoint(high, closed: a.lowerClosed || a.upperClosed)
        return Interval(lowerEnd: Endpoint(.finite(0), closed: true), upperEnd: top)
    }

    /// Rounds both ends; rounding is monotone, so every rounded value lies between them.
    static func round(_ a: Interval, places: Int) -> Interval {
        Interval(lower: a.lower.map { ExactDecimal.round($0, places: places) },
                 upper: a.upper.map { ExactDecimal.round($0, places: places) })
    }

    /// The interval of `min(x, y)` for x in `a`, y in `b`.
    static func minimum(_ a: Interval, _ b: Interval) -> Interval {
        Interval(lowerEnd: lesser(a.lowerEnd, b.lowerEnd, reachedByEither: true),
                 upperEnd: lesser(a.upperEnd, b.upperEnd, reachedByEither: false))
    }

    /// The interval of `max(x, y)` for x in `a`, y in `b`.
    static func maximum(_ a: Interval, _ b: Interval) -> Interval {
        negate(minimum(negate(a), negate(b)))
    }

    /// The lesser end; at a tie the lower end of a minimum is reached if either operand reaches it,
    /// the upper end only if both do.
    private static func lesser(_ x: Endpoint, _ y: Endpoint, reachedByEither: Bool) -> Endpoint {
        if x.point < y.point { return x }
        if y.point < x.point { return y }
        return Endpoint(x.point, closed: reachedByEither ? (x.closed || y.closed) : (x.closed && y.closed))
    }

    /// The smallest interval holding both.
    static func hull(_ a: Interval, _ b: Interval) -> Interval {
        Interval(hull: [a.lowerEnd, a.upperEnd, b.lowerEnd, b.upperEnd])
    }

    /// The least and greatest absolute value in `a` (nil greatest when unbounded).
    static func magnitudeBounds(_ a: Interval) -> (least: Decimal, greatest: Decimal?) {
        let abs = absolute(a)
        return (abs.lower ?? 0, abs.upper)
    }
}
