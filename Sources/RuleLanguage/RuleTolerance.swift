import AuditCore
import Foundation

/// How far apart two sides of a comparison may be and still count as agreeing.
///
/// A tolerance loosens what a rule asserts and never makes it stricter: `==`, `<`, `<=`, `>`, `>=`
/// at the top of a rule or under `and`/`or` are widened (`a == b` holds when `|a − b| ≤ t`,
/// `a <= b` when `a ≤ b + t`, …); comparisons in an `if` condition or under `not` are tested
/// exactly, and so is `!=` (under an odd number of `not`s the roles swap: `not (a != b)` is widened).
public enum RuleTolerance: Hashable, Sendable, CustomStringConvertible {
    /// Comparisons are exact.
    case exact
    /// Sides may differ by up to this amount: `tolerance: 0.5`.
    case absolute(Decimal)
    /// Sides may differ by up to this fraction of the larger magnitude of the two sides:
    /// `tolerance: 1%` is `.relative(0.01)`.
    case relative(Decimal)

    /// Reads `0.5` as absolute and `1%` (also `1 %`, `1％`) as relative; negative amounts are refused.
    public init(parsing text: String) throws(RuleSyntaxError) {
        let source = SourceText(text)
        let trimmed = text.trimmingWhitespace()
        var number = trimmed
        var relative = false
        if let last = number.unicodeScalars.last, last == "%" || last == "％" {
            relative = true
            number = String(number.unicodeScalars.dropLast()).trimmingWhitespace()
        }
        let digits = number.unicodeScalars
        let wellFormed = !digits.isEmpty && digits.allSatisfy { CharacterClasses.isDigit($0) || $0 == "." }
            && digits.filter({ $0 == "." }).count <= 1 && digits.first != "." && digits.last != "."
        guard wellFormed, let value = Decimal(string: number, locale: Locale(identifier: "en_US_POSIX")) else {
            throw RuleSyntaxError(.badTolerance(trimmed), at: 0..<source.count, in: source)
        }
        if value.isZero {
            self = .exact
        } else {
            self = relative ? .relative(value / 100) : .absolute(value)
        }
    }

    /// `0.5`, `1%`, or `exact`.
    public var description: String {
        switch self {
        case .exact: "exact"
        case .absolute(let amount): DisplayFormat.decimal(amount)
        case .relative(let fraction): DisplayFormat.decimal(fraction * 100) + "%"
        }
    }

    /// The allowed difference for sides `a` and `b`: `hold` is the least it can be (use it to
    /// prove a comparison holds), `fail` the greatest (use it to prove one fails; nil when unbounded).
    func bounds(_ a: Interval, _ b: Interval) -> (hold: Decimal, fail: Decimal?) {
        switch self {
        case .exact:
            return (0, 0)
        case .absolute(let amount):
            return (amount, amount)
        case .relative(let fraction):
            let left = IntervalArithmetic.magnitudeBounds(a)
            let right = IntervalArithmetic.magnitudeBounds(b)
            let least = max(left.least, right.least)
            let hold = ExactDecimal.multiply(fraction, least)
            let holdValue = hold.exact ? hold.value : hold.value - ExactDecimal.unitInLastPlace(hold.value)
            guard let leftMost = left.greatest, let rightMost = right.greatest else { return (max(0, holdValue), nil) }
            let fail = ExactDecimal.multiply(fraction, max(leftMost, rightMost))
            if fail.overflow != 0 { return (max(0, holdValue), nil) }
            return (max(0, holdValue), fail.exact ? fail.value : fail.value + ExactDecimal.unitInLastPlace(fail.value))
        }
    }
}
