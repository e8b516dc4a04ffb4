import AuditCore
import Foundation

/// Three-valued comparison of intervals: true when the comparison holds for every pair of values,
/// false when it fails for every pair, unknown otherwise.
enum IntervalComparison {
    /// Compares `a op b`, allowing the differences `tolerance` gives when `loosened`.
    static func compare(_ op: ComparisonOperator, _ a: Interval, _ b: Interval, tolerance: RuleTolerance) -> Truth {
        let (hold, fail) = tolerance.bounds(a, b)
        switch op {
        case .equal:
            return equal(IntervalArithmetic.subtract(a, b), hold: hold, fail: fail)
        case .notEqual:
            // With a tolerance (only under an odd number of `not`s) `!=` means "differ by more than it".
            return equal(IntervalArithmetic.subtract(a, b), hold: hold, fail: fail).negated
        case .lessOrEqual:
            return atMost(IntervalArithmetic.subtract(a, b), strictly: false, hold: hold, fail: fail)
        case .less:
            return atMost(IntervalArithmetic.subtract(a, b), strictly: true, hold: hold, fail: fail)
        case .greaterOrEqual:
            return atMost(IntervalArithmetic.subtract(b, a), strictly: false, hold: hold, fail: fail)
        case .greater:
            return atMost(IntervalArithmetic.subtract(b, a), strictly: true, hold: hold, fail: fail)
        }
    }

    /// Whether every difference lies in [-hold, hold] (true), none lies in [-fail, fail] (false).
    private static func equal(_ d: Interval, hold: Decimal, fail: Decimal?) -> Truth {
        if let low = d.lower, let high = d.upper, low >= -hold, high <= hold { return .true }
        if let fail, d.intersection(Interval(lower: -fail, upper: fail)) == nil { return .false }
        return .unknown
    }

    /// Whether every difference is ≤ hold (or < hold when `strictly`), or every one is > fail (≥ fail).
    private static func atMost(_ d: Interval, strictly: Bool, hold: Decimal, fail: Decimal?) -> Truth {
        if let high = d.upper {
            if high < hold || (high == hold && (!strictly || !d.upperClosed)) { return .true }
        }
        if let fail, let low = d.lower {
            if low > fail || (low == fail && (strictly || !d.lowerClosed)) { return .false }
        }
        return .unknown
    }
}
