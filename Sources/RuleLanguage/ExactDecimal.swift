import Foundation

/// Decimal arithmetic that says when a result was rounded, so intervals can widen instead of lie.
///
/// Foundation's `Decimal` keeps 38 significant digits and rounds silently beyond them (1/3, or the
/// product of two 20-digit numbers); a rounded end of an interval is pushed out by one unit in
/// its last place.
enum ExactDecimal {
    /// A result and whether it is exact.
    struct Result {
        var value: Decimal
        var exact: Bool
        /// Set when the result is beyond Decimal's range; the sign says which way.
        var overflow: Int = 0
    }

    static func add(_ a: Decimal, _ b: Decimal) -> Result {
        var a = a, b = b, result = Decimal()
        let error = NSDecimalAdd(&result, &a, &b, .plain)
        return check(result, error, sign: a.sign == .minus ? -1 : 1)
    }

    static func multiply(_ a: Decimal, _ b: Decimal) -> Result {
        if a.isZero || b.isZero { return Result(value: 0, exact: true) }
        var a = a, b = b, result = Decimal()
        let error = NSDecimalMultiply(&result, &a, &b, .plain)
        let sign = (a.sign == .minus) == (b.sign == .minus) ? 1 : -1
        var checked = check(result, error, sign: sign)
        // Foundation reports no loss of precision for products, so count the digits.
        if digits(a) + digits(b) > 38 { checked.exact = false }
        return checked
    }

    /// `a / b` for a non-zero `b`.
    static func divide(_ a: Decimal, _ b: Decimal) -> Result {
        if a.isZero { return Result(value: 0, exact: true) }
        var a = a, b = b, result = Decimal()
        let error = NSDecimalDivide(&result, &a, &b, .plain)
        let sign = (a.sign == .minus) == (b.sign == .minus) ? 1 : -1
        var checked = check(result, error, sign: sign)
        // Foundation reports no loss of precision for quotients either: the quotient is exact
        // exactly when multiplying back gives `a` without rounding.
        if checked.exact, checked.overflow == 0 {
            let back = multiply(result, b)
            checked.exact = back.exact && back.value == a
        }
        return checked
    }

    /// `value` rounded to `places` decimal places, halves away from zero.
    static func round(_ value: Decimal, places: Int) -> Decimal {
        var value = value, result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }

    /// Significant digits of the significand (trailing zeros included; an upper bound is enough).
    static func digits(_ value: Decimal) -> Int {
        value.significand.magnitude.description.filter(\.isNumber).count
    }

    /// One unit in the last place that a rounded 38-digit result can be off by.
    static func unitInLastPlace(_ value: Decimal) -> Decimal {
        let ulp = value.ulp
        return ulp.isZero || ulp.isNaN ? Decimal(sign: .plus, exponent: -38, significand: 1) : ulp
    }

    private static func check(_ result: Decimal, _ error: NSDecimalNumber.CalculationError, sign: Int) -> Result {
        switch error {
        case .noError: Result(value: result, exact: true)
        case .lossOfPrecision: Result(value: result, exact: false)
        case .overflow: Result(value: 0, exact: false, overflow: sign)
        case .underflow: Result(value: 0, exact: false)
        case .divideByZero: Result(value: 0, exact: false, overflow: sign)
        @unknown default: Result(value: result, exact: false)
        }
    }
}
