import Foundation

// Foundation's Decimal keeps up to 38 digits and pays for it: a comparison costs about as much as
// reading a figure, and interval arithmetic compares and adds all through the checks. Nearly
// every figure's digits fit in 64 bits, so these fast paths work on (sign, 64-bit significand,
// exponent) and hand anything larger, and NaN, to Foundation. They give bit for bit what
// Foundation gives (a property test holds them to it), so reports do not change.

/// A decimal whose significand fits in 64 bits: `(negative ? -1 : 1) × magnitude × 10^exponent`.
@usableFromInline
struct SmallDecimal {
    @usableFromInline var magnitude: UInt64
    @usableFromInline var exponent: Int
    @usableFromInline var negative: Bool

    @inlinable
    init(magnitude: UInt64, exponent: Int, negative: Bool) {
        self.magnitude = magnitude
        self.exponent = exponent
        self.negative = negative
    }

    /// Powers of ten that fit in 64 bits, 10⁰ to 10¹⁹.
    @usableFromInline
    static let powersOfTen: [UInt64] = (0...19).map { power in (0..<power).reduce(UInt64(1)) { value, _ in value * 10 } }

    /// Whether Decimal's storage is laid out as read here: checked once against values built by
    /// Foundation itself, so a Foundation that stores decimals differently only loses speed.
    @usableFromInline
    static let layoutIsKnown: Bool = {
        // Bit casts need the size first: checked before any sample is read.
        guard MemoryLayout<Decimal>.size == MemoryLayout<(UInt32, UInt32, UInt32, UInt32, UInt32)>.size else { return false }
        let samples: [(Decimal, UInt64, Int, Bool)] = [
            (Decimal(1), 1, 0, false), (Decimal(65536), 65536, 0, false),
            (Decimal(sign: .minus, exponent: -2, significand: 12345), 12345, -2, true),
            (Decimal(string: "18446744073709551615")!, UInt64.max, 0, false),
            (Decimal(sign: .plus, exponent: 30, significand: 7), 7, 30, false),
        ]
        return samples.allSatisfy { decimal, magnitude, exponent, negative in
            guard let small = SmallDecimal(rawOf: decimal) else { return false }
            return small.magnitude == magnitude && small.exponent == exponent && small.negative == negative
                && small.decimal.bitsEqual(decimal)
        } && SmallDecimal(rawOf: Decimal(0)).map { $0.magnitude == 0 } == true && SmallDecimal(rawOf: .nan) == nil
            && SmallDecimal(rawOf: Decimal(string: "18446744073709551616")!) == nil
    }()

    /// The parts of `decimal` read from its storage, or nil for NaN and for significands beyond
    /// 64 bits. Byte 0 is the exponent; byte 1 holds the length in 16-bit words (high nibble),
    /// the sign (bit 3) and the compact flag (bit 2); the significand's words follow from byte 4.
    /// Only called once `layoutIsKnown` has checked the size.
    @inlinable
    init?(rawOf decimal: Decimal) {
        // Read as five 32-bit words (a bit cast, no closure): the header, then the significand's
        // 16-bit words two by two.
        let words = unsafeBitCast(decimal, to: (UInt32, UInt32, UInt32, UInt32, UInt32).self)
        let flags = UInt8(truncatingIfNeeded: words.0 >> 8)
        let length = Int(flags >> 4)
        let negative = flags & 0x08 != 0
        guard length <= 4, !(length == 0 && negative) else { return nil }
        let all = UInt64(words.1) | UInt64(words.2) << 32
        let magnitude = length == 4 ? all : all & ((1 << UInt64(16 * length)) - 1)
        self.init(magnitude: magnitude, exponent: Int(Int8(truncatingIfNeeded: words.0)), negative: negative)
    }

    /// The parts of `decimal` when the fast paths may use them.
    @inlinable
    init?(_ decimal: Decimal) {
        guard Self.layoutIsKnown, let parts = SmallDecimal(rawOf: decimal) else { return nil }
        self = parts
    }

    /// The Decimal Foundation would build for this value: trailing zeros moved into the exponent,
    /// the compact flag set. Nil for zero and when the exponent leaves a signed byte.
    @inlinable
    var compactDecimal: Decimal? {
        guard magnitude != 0 else { return nil }
        let compact = withoutTrailingZeros
        guard (-128...127).contains(compact.exponent) else { return nil }
        return compact.decimal
    }

    /// The same value with the significand's trailing zeros moved into the exponent (zero as is).
    @inlinable
    var withoutTrailingZeros: SmallDecimal {
        var result = self
        guard result.magnitude != 0 else { return result }
        while result.magnitude % 10 == 0 {
            result.magnitude /= 10
            result.exponent += 1
        }
        return result
    }

    /// This value's storage, as is (no trailing zeros removed).
    @inlinable
    var decimal: Decimal {
        var length: UInt32 = 0
        var rest = magnitude
        while rest != 0 {
            rest >>= 16
            length += 1
        }
        let header = UInt32(UInt8(bitPattern: Int8(truncatingIfNeeded: exponent)))
            | (length << 12 | (negative ? 0x800 : 0) | 0x400)
        return unsafeBitCast((header, UInt32(truncatingIfNeeded: magnitude), UInt32(truncatingIfNeeded: magnitude >> 32),
                              UInt32(0), UInt32(0)), to: Decimal.self)
    }

    /// -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    @inlinable
    static func order(_ a: SmallDecimal, _ b: SmallDecimal) -> Int {
        let aZero = a.magnitude == 0
        let bZero = b.magnitude == 0
        if aZero || bZero {
            if aZero && bZero { return 0 }
            return aZero ? (b.negative ? 1 : -1) : (a.negative ? -1 : 1)
        }
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let magnitudes = orderOfMagnitudes(a, b)
        return a.negative ? -magnitudes : magnitudes
    }

    /// -1, 0 or 1 comparing |a| with |b|, both nonzero.
    @inlinable
    static func orderOfMagnitudes(_ a: SmallDecimal, _ b: SmallDecimal) -> Int {
        if a.exponent == b.exponent { return a.magnitude < b.magnitude ? -1 : (a.magnitude == b.magnitude ? 0 : 1) }
        // Scale the one with the larger exponent down to the other's; past 64 bits it is the larger.
        if a.exponent > b.exponent {
            guard let scaled = scaledUp(a.magnitude, by: a.exponent - b.exponent) else { return 1 }
            return scaled < b.magnitude ? -1 : (scaled == b.magnitude ? 0 : 1)
        }
        guard let scaled = scaledUp(b.magnitude, by: b.exponent - a.exponent) else { return -1 }
        return a.magnitude < scaled ? -1 : (a.magnitude == scaled ? 0 : 1)
    }

    /// `magnitude × 10^places`, or nil past 64 bits.
    @inlinable
    static func scaledUp(_ magnitude: UInt64, by places: Int) -> UInt64? {
        guard places <= 19 else { return nil }
        let (product, overflow) = magnitude.multipliedReportingOverflow(by: powersOfTen[places])
        return overflow ? nil : product
    }

    /// `a + b`, or nil when it does not fit in 64 bits or involves zero: Foundation's zeros keep
    /// an exponent that depends on how they were made, which is left to Foundation to reproduce.
    @inlinable
    static func sum(_ a: SmallDecimal, _ b: SmallDecimal) -> SmallDecimal? {
        if a.magnitude == 0 || b.magnitude == 0 { return nil }
        let exponent = min(a.exponent, b.exponent)
        guard let left = scaledUp(a.magnitude, by: a.exponent - exponent),
              let right = scaledUp(b.magnitude, by: b.exponent - exponent) else { return nil }
        if a.negative == b.negative {
            let (total, overflow) = left.addingReportingOverflow(right)
            return overflow ? nil : SmallDecimal(magnitude: total, exponent: exponent, negative: a.negative)
        }
        if left == right { return nil }
        return left > right
            ? SmallDecimal(magnitude: left - right, exponent: exponent, negative: a.negative)
            : SmallDecimal(magnitude: right - left, exponent: exponent, negative: b.negative)
    }

    /// `a ÷ b` when the quotient is exact within 64 bits (63600 ÷ 1200 = 53, 1 ÷ 8 = 0.125), else
    /// nil: a quotient that does not end is rounded as Foundation rounds it, by Foundation.
    /// (Foundation divides 521624636000000 by 7.631e-19 into 7.45e35, not the exact 6.8356e34:
    /// matching its bits means leaving such operands to it.)
    @inlinable
    static func quotient(_ a: SmallDecimal, _ b: SmallDecimal) -> SmallDecimal? {
        if a.magnitude == 0 || b.magnitude == 0 { return nil }
        // Far-apart exponents are left to Foundation, which rounds (and underflows) them its own way:
        // it aligns both operands to one exponent and, past 38 digits, drops digits of the divisor.
        guard abs(a.exponent) <= 20, abs(b.exponent) <= 20, abs(a.exponent - b.exponent) < 19 else { return nil }
        var numerator = a.magnitude
        var shift = 0
        while numerator % b.magnitude != 0 {
            let (scaled, overflow) = numerator.multipliedReportingOverflow(by: 10)
            guard !overflow, shift < 19 else { return nil }
            numerator = scaled
            shift += 1
        }
        return SmallDecimal(magnitude: numerator / b.magnitude, exponent: a.exponent - b.exponent - shift,
                            negative: a.negative != b.negative)
    }

    /// `a × b`, or nil when it does not fit in 64 bits or involves zero.
    @inlinable
    static func product(_ a: SmallDecimal, _ b: SmallDecimal) -> SmallDecimal? {
        if a.magnitude == 0 || b.magnitude == 0 { return nil }
        let (product, overflow) = a.magnitude.multipliedReportingOverflow(by: b.magnitude)
        return overflow ? nil : SmallDecimal(magnitude: product, exponent: a.exponent + b.exponent, negative: a.negative != b.negative)
    }
}

/// Any finite decimal's parts, with the whole 128-bit significand Foundation allows:
/// `(negative ? -1 : 1) × (high·2⁶⁴ + low) × 10^exponent`. Quotients that do not end fill all
/// 38 digits, and intervals compare them; comparing them here skips Foundation's cost, which
/// for such values is a hundred times a 64-bit comparison.
@usableFromInline
struct WideDecimal {
    @usableFromInline var high: UInt64
    @usableFromInline var low: UInt64
    @usableFromInline var exponent: Int
    @usableFromInline var negative: Bool

    /// The parts of `decimal`, or nil for NaN and when the fast paths are off. The significand's
    /// eight 16-bit words follow the header, least significant first.
    @inlinable
    init?(_ decimal: Decimal) {
        guard SmallDecimal.layoutIsKnown else { return nil }
        let words = unsafeBitCast(decimal, to: (UInt32, UInt32, UInt32, UInt32, UInt32).self)
        let flags = UInt8(truncatingIfNeeded: words.0 >> 8)
        let length = Int(flags >> 4)
        negative = flags & 0x08 != 0
        guard length <= 8, !(length == 0 && negative) else { return nil }
        var low = UInt64(words.1) | UInt64(words.2) << 32
        var high = UInt64(words.3) | UInt64(words.4) << 32
        // Words past the length are not promised to be zero.
        if length <= 4 {
            high = 0
            if length < 4 { low &= (1 << UInt64(16 * length)) - 1 }
        } else if length < 8 {
            high &= (1 << UInt64(16 * (length - 4))) - 1
        }
        self.high = high
        self.low = low
        exponent = Int(Int8(truncatingIfNeeded: words.0))
    }

    @inlinable
    var isZero: Bool { high == 0 && low == 0 }

    /// -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    @inlinable
    static func order(_ a: WideDecimal, _ b: WideDecimal) -> Int {
        if a.isZero || b.isZero {
            if a.isZero && b.isZero { return 0 }
            return a.isZero ? (b.negative ? 1 : -1) : (a.negative ? -1 : 1)
        }
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let magnitudes: Int
        if a.exponent >= b.exponent {
            magnitudes = scaledUp(a, by: a.exponent - b.exponent).map { compare($0, (b.high, b.low)) } ?? 1
        } else {
            magnitudes = scaledUp(b, by: b.exponent - a.exponent).map { -compare($0, (a.high, a.low)) } ?? -1
        }
        return a.negative ? -magnitudes : magnitudes
    }

    /// The significand times `10^places`, or nil past 128 bits.
    @inlinable
    static func scaledUp(_ value: WideDecimal, by places: Int) -> (UInt64, UInt64)? {
        var high = value.high
        var low = value.low
        var remaining = places
        while remaining > 0 {
            let step = min(remaining, 19)
            let factor = SmallDecimal.powersOfTen[step]
            let lowProduct = low.multipliedFullWidth(by: factor)
            let highProduct = high.multipliedFullWidth(by: factor)
            let (sum, carry) = highProduct.low.addingReportingOverflow(lowProduct.high)
            guard highProduct.high == 0, !carry else { return nil }
            high = sum
            low = lowProduct.low
            remaining -= step
        }
        return (high, low)
    }

    @inlinable
    static func compare(_ a: (UInt64, UInt64), _ b: (UInt64, UInt64)) -> Int {
        if a.0 != b.0 { return a.0 < b.0 ? -1 : 1 }
        return a.1 < b.1 ? -1 : (a.1 == b.1 ? 0 : 1)
    }
}

/// A hashable stand-in for a decimal's value: decimals equal by `==` give equal keys, and keys
/// hash without Foundation's arithmetic for significands that fit in 64 bits.
public struct DecimalValueKey: Hashable, Sendable {
    /// The significand without trailing zeros (0 for zero, and for values kept in `large`).
    let magnitude: UInt64
    /// The exponent that goes with `magnitude`.
    let exponent: Int
    /// Whether the value is below zero.
    let negative: Bool
    /// Values beyond 64 bits, compacted, hashed by Foundation.
    let large: Decimal?

    /// Continues an FNV-1a hash with the key's parts; a value beyond 64 bits adds its hash value,
    /// which is the same throughout one run.
    public func fnv(continuing hash: UInt64) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash = (hash ^ magnitude) &* prime
        hash = (hash ^ UInt64(bitPattern: Int64(exponent))) &* prime
        hash = (hash ^ (negative ? 1 : 0)) &* prime
        if let large { hash = (hash ^ UInt64(bitPattern: Int64(large.hashValue))) &* prime }
        return hash
    }
}

extension Decimal {
    /// The value as a `DecimalValueKey`, for grouping decimals by value.
    public var valueKey: DecimalValueKey {
        var compacted = self
        // Compaction puts equal values in one form; those read as 64-bit are compacted by hand below.
        if SmallDecimal(self) == nil { NSDecimalCompact(&compacted) }
        guard let parts = SmallDecimal(compacted)?.withoutTrailingZeros else {
            return DecimalValueKey(magnitude: 0, exponent: 0, negative: false, large: compacted)
        }
        if parts.magnitude == 0 { return DecimalValueKey(magnitude: 0, exponent: 0, negative: false, large: nil) }
        return DecimalValueKey(magnitude: parts.magnitude, exponent: parts.exponent, negative: parts.negative, large: nil)
    }
}

extension Decimal {
    /// Whether the fast paths below are in use (Foundation stores decimals as they expect).
    public static var fastPathsAreInUse: Bool { SmallDecimal.layoutIsKnown }

    /// Whether the two values have the same storage, byte for byte.
    public func bitsEqual(_ other: Decimal) -> Bool {
        withUnsafeBytes(of: self) { left in withUnsafeBytes(of: other) { right in left.elementsEqual(right) } }
    }

    /// `self < other`, as Foundation orders them, without Foundation's cost for 64-bit significands.
    @inlinable
    public func lessThan(_ other: Decimal) -> Bool {
        guard let a = SmallDecimal(self), let b = SmallDecimal(other) else {
            guard let a = WideDecimal(self), let b = WideDecimal(other) else { return self < other }
            return WideDecimal.order(a, b) < 0
        }
        return SmallDecimal.order(a, b) < 0
    }

    /// `self == other`, as Foundation compares them, without Foundation's cost for 64-bit significands.
    @inlinable
    public func sameValue(as other: Decimal) -> Bool {
        guard let a = SmallDecimal(self), let b = SmallDecimal(other) else {
            guard let a = WideDecimal(self), let b = WideDecimal(other) else { return self == other }
            return WideDecimal.order(a, b) == 0
        }
        return SmallDecimal.order(a, b) == 0
    }

    /// `self + other`, bit for bit as Foundation adds, faster for 64-bit significands.
    @inlinable
    public func adding(_ other: Decimal) -> Decimal {
        guard let a = SmallDecimal(self), let b = SmallDecimal(other), let total = SmallDecimal.sum(a, b),
              let result = total.compactDecimal else { return self + other }
        return result
    }

    /// `self - other`, bit for bit as Foundation subtracts, faster for 64-bit significands.
    @inlinable
    public func subtracting(_ other: Decimal) -> Decimal {
        guard let a = SmallDecimal(self), var b = SmallDecimal(other) else { return self - other }
        b.negative.toggle()
        guard let total = SmallDecimal.sum(a, b), let result = total.compactDecimal else { return self - other }
        return result
    }

    /// Whether the value is a whole number, as rounding it to no decimal places leaves it unchanged;
    /// for 64-bit significands, without rounding.
    public var isWholeNumber: Bool {
        guard let parts = SmallDecimal(self) else {
            var copy = self
            var rounded = Decimal()
            NSDecimalRound(&rounded, &copy, 0, .plain)
            return rounded == self
        }
        if parts.magnitude == 0 || parts.exponent >= 0 { return true }
        let places = -parts.exponent
        // Past 19 places the divisor exceeds any 64-bit significand: only zero would divide.
        guard places <= 19 else { return false }
        return parts.magnitude % SmallDecimal.powersOfTen[places] == 0
    }

    /// `self ÷ other`, bit for bit as Foundation divides, faster when the quotient is exact.
    @inlinable
    public func divided(by other: Decimal) -> Decimal {
        guard let a = SmallDecimal(self), let b = SmallDecimal(other), let quotient = SmallDecimal.quotient(a, b),
              let result = quotient.compactDecimal else { return self / other }
        return result
    }

    /// `self × other`, bit for bit as Foundation multiplies, faster for 64-bit significands.
    @inlinable
    public func multiplied(by other: Decimal) -> Decimal {
        guard let a = SmallDecimal(self), let b = SmallDecimal(other), let product = SmallDecimal.product(a, b),
              let result = product.compactDecimal else { return self * other }
        return result
    }

    /// `self ÷ other` rounded half away from zero to `places` decimal places (0...18), the value
    /// Foundation gives for `NSDecimalRound(self / other, places, .plain)`. For 64-bit operands
    /// it is computed exactly in integers, without Foundation's 38-digit quotient: that quotient
    /// can differ from the exact one only beyond its 38th digit, and a quotient of 64-bit values
    /// is never that close to a rounding boundary without lying on it. Equal in value, not
    /// always in storage: for display (`plainText` ignores trailing zeros), not for arithmetic.
    public func roundedQuotient(dividingBy other: Decimal, places: Int) -> Decimal {
        if (0...18).contains(places), let a = SmallDecimal(self), let b = SmallDecimal(other), a.magnitude != 0, b.magnitude != 0,
           let quotient = SmallDecimal.roundedQuotient(a, b, places: places), let result = quotient.compactDecimal {
            return result
        }
        var quotient = self / other
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, places, .plain)
        return rounded
    }
}

extension SmallDecimal {
    /// `a ÷ b` to `places` decimal places, rounded half away from zero, or nil when an operand
    /// scaled to a common exponent leaves 64 bits, or the result is zero.
    @inlinable
    static func roundedQuotient(_ a: SmallDecimal, _ b: SmallDecimal, places: Int) -> SmallDecimal? {
        // a × 10^(a.exponent - b.exponent + places) ÷ b, as integers.
        let shift = a.exponent - b.exponent + places
        var numerator = a.magnitude
        var denominator = b.magnitude
        if shift >= 0 {
            guard let scaled = scaledUp(numerator, by: shift) else { return nil }
            numerator = scaled
        } else {
            guard let scaled = scaledUp(denominator, by: -shift) else { return nil }
            denominator = scaled
        }
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        var whole = quotient
        // Half or more of the divisor left over rounds away from zero (remainder < denominator, so no overflow).
        if remainder >= denominator - remainder {
            let (next, overflow) = whole.addingReportingOverflow(1)
            guard !overflow else { return nil }
            whole = next
        }
        guard whole != 0 else { return nil }
        return SmallDecimal(magnitude: whole, exponent: -places, negative: a.negative != b.negative)
    }
}
