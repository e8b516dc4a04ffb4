import AuditCore
import Foundation

/// How evaluation shows numbers and intervals in outcomes: plain decimals, at most six decimal places.
public enum DisplayFormat {
    /// Places shown after the decimal point before a value is shown rounded, with `≈`.
    public static let decimalPlaces = 6

    /// `1208`, `0.05`, or `≈0.333333` for a value with more places.
    public static func decimal(_ value: Decimal) -> String {
        let rounded = ExactDecimal.round(value, places: decimalPlaces)
        return rounded == value ? "\(value)" : "≈\(rounded)"
    }

    /// A point as a decimal, an interval as `[2200, 2299]` or `(6500, 7000)`; an interval too narrow
    /// to tell from a point at six places (a rounded quotient) is shown as `≈` that point.
    public static func interval(_ interval: Interval) -> String {
        if interval.isPoint, let value = interval.lower { return decimal(value) }
        if let low = interval.lower, let high = interval.upper,
           ExactDecimal.round(low, places: decimalPlaces) == ExactDecimal.round(high, places: decimalPlaces) {
            return "≈\(ExactDecimal.round(low, places: decimalPlaces))"
        }
        let open = interval.lowerClosed ? "[" : "("
        let close = interval.upperClosed ? "]" : ")"
        let low = interval.lower.map(decimal) ?? "-∞"
        let high = interval.upper.map(decimal) ?? "∞"
        return "\(open)\(low), \(high)\(close)"
    }
}
