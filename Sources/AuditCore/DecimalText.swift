import Foundation

extension Decimal {
    /// The value as an integer when it is a whole number that fits in 64 bits, else nil; far
    /// cheaper than reading it back from its text.
    public var exactInt64: Int64? {
        guard exponent >= 0, !isNaN else { return nil }
        let candidate = NSDecimalNumber(decimal: self).int64Value
        return Decimal(candidate) == self ? candidate : nil
    }

    /// The value written out in plain digits, exactly as `description` writes it ("1208",
    /// "-12", "8091.87", "0.5"), about twenty-five times faster for the whole numbers and short
    /// decimals that reports are full of.
    public var plainText: String {
        // Significands of 63 bits, read from storage: the digits are written once, no Foundation.
        if let parts = SmallDecimal(self), parts.magnitude <= UInt64(Int64.max), let text = Self.plainText(parts) { return text }
        if let whole = exactInt64 { return String(whole) }
        // Up to 18 fractional digits: scale to an integer, then put the point back.
        let places = -exponent
        guard places > 0, places <= 18, !isNaN else { return description }
        let scaled = self * Decimal(sign: .plus, exponent: places, significand: 1)
        guard let digits = scaled.exactInt64 else { return description }
        var magnitude = String(digits.magnitude)
        if magnitude.count <= places { magnitude = String(repeating: "0", count: places - magnitude.count + 1) + magnitude }
        var fraction = magnitude.suffix(places)
        while fraction.last == "0" { fraction.removeLast() }
        let whole = magnitude.dropLast(places)
        let sign = digits < 0 ? "-" : ""
        return fraction.isEmpty ? sign + whole : sign + whole + "." + fraction
    }
}

extension Decimal {
    /// `plainText` for a significand of at most 63 bits, or nil where Foundation's route must be
    /// taken: whole numbers past 64 bits, more than 18 decimal places.
    static func plainText(_ parts: SmallDecimal) -> String? {
        if parts.magnitude == 0 { return "0" }
        let sign = parts.negative ? "-" : ""
        if parts.exponent >= 0 {
            guard let whole = SmallDecimal.scaledUp(parts.magnitude, by: parts.exponent), whole <= UInt64(Int64.max) else { return nil }
            return sign + String(whole)
        }
        let places = -parts.exponent
        guard places <= 18 else { return nil }
        var digits = String(parts.magnitude)
        if digits.utf8.count <= places { digits = String(repeating: "0", count: places - digits.utf8.count + 1) + digits }
        var fraction = digits.utf8.suffix(places)
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        let whole = digits.utf8.dropLast(places)
        return fraction.isEmpty
            ? sign + String(decoding: whole, as: UTF8.self)
            : sign + String(decoding: whole, as: UTF8.self) + "." + String(decoding: fraction, as: UTF8.self)
    }

    /// The value divided by a unit's scale. Scales are nearly always powers of ten (万 = 10⁴,
    /// 亿 = 10⁸, 千分之 = 10⁻¹), and dividing by one is moving the exponent: exact, and some two
    /// hundred times faster than Decimal division, which took a third of the sum check.
    public func divided(byScale scale: Decimal) -> Decimal {
        if scale.sign == .plus, scale.significand == 1, !isNaN, !scale.isNaN {
            let shifted = exponent - scale.exponent
            // Decimal's exponent is a signed byte; beyond it, divide the slow way.
            if (-128...127).contains(shifted) {
                return Decimal(sign: sign, exponent: shifted, significand: significand)
            }
        }
        return self / scale
    }
}
