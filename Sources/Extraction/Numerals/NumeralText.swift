import Foundation

/// A bounds-safe view of the input for the numeral grammar: indices at or past `limit` read as
/// "no numeral character", so the grammar never needs its own bounds checks.
struct NumeralText {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let table: UnsafeBufferPointer<UInt16>
    /// Readings may not extend to or past this index.
    let limit: Int

    @inline(__always) func entry(_ i: Int) -> UInt16 {
        guard i >= 0, i < limit else { return 0 }
        let value = scalars[i].value
        return value < 0x10000 ? table[Int(value)] : 0
    }

    @inline(__always) func kind(_ i: Int) -> NumeralCharKind {
        NumeralCharKind(rawValue: entry(i) & NumeralCharTable.kindMask) ?? .none
    }

    /// The digit, exponent or variant stored for the scalar at `i`.
    @inline(__always) func value(_ i: Int) -> Int { Int((entry(i) >> 5) & 0x1F) }

    @inline(__always) func isFinancial(_ i: Int) -> Bool { entry(i) & NumeralCharTable.financialBit != 0 }

    @inline(__always) func isLiang(_ i: Int) -> Bool { entry(i) & NumeralCharTable.liangBit != 0 }

    /// The scalar value at `i` inside the readable range, or 0.
    @inline(__always) func scalar(_ i: Int) -> UInt32 {
        i >= 0 && i < limit ? scalars[i].value : 0
    }

    /// The scalar value at `i` anywhere in the input (for looking at context), or 0.
    @inline(__always) func context(_ i: Int) -> UInt32 {
        i >= 0 && i < scalars.count ? scalars[i].value : 0
    }

    /// The index after a gap of at most four spaces starting at `i`; `i` itself when the gap is longer.
    @inline(__always) func skipSpaces(_ i: Int) -> Int {
        var j = i
        while kind(j) == .space {
            j += 1
            if j - i > 4 { return i }
        }
        return j
    }

    /// The length of the run of placeholder stars starting at `i`.
    func starRun(_ i: Int) -> Int {
        var j = i
        while kind(j) == .star { j += 1 }
        return j - i
    }

    /// True for ASCII letters and digits and their full-width forms, which rule out a minus sign
    /// (`COVID-19`, `2019-2020`).
    func isAlphanumeric(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }
}

/// Exact decimal helpers for the numeral grammar.
enum NumeralMath {
    /// 10 raised to `exponent`, exactly.
    @inline(__always) static func pow10(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    /// `value` × 10^`exponent`, exactly.
    @inline(__always) static func scaled(_ value: Decimal, _ exponent: Int) -> Decimal {
        exponent == 0 ? value : value.multiplied(by: pow10(exponent))
    }
}

/// Collects a run of decimal digits into an exact significand without allocating.
struct NumeralDigitAccumulator {
    /// Digits beyond this many saturate the value instead of overflowing `Decimal` into NaN.
    static let maximumDigits = 120
    private var mantissa: UInt64 = 0
    private var overflow: Decimal?
    /// The number of digits pushed.
    private(set) var count = 0
    /// The index of the last nonzero digit pushed, or -1.
    private(set) var lastNonZero = -1

    mutating func push(_ digit: Int) {
        if overflow == nil, count < 19 {
            mantissa = mantissa &* 10 &+ UInt64(digit)
        } else if count < Self.maximumDigits {
            overflow = (overflow ?? Decimal(mantissa)) * 10 + Decimal(digit)
        } else {
            // Past Decimal's exponent range the product would be NaN; such runs are read as codes
            // (FigureExtractor), so the value only has to stay a number.
            overflow = .greatestFiniteMagnitude
        }
        if digit != 0 { lastNonZero = count }
        count += 1
    }

    /// The digits read as a number with `fractionDigits` of them after the decimal point.
    func decimal(fractionDigits: Int) -> Decimal {
        let significand = overflow ?? Decimal(mantissa)
        if fractionDigits == 0 { return significand }
        return Decimal(sign: .plus, exponent: -fractionDigits, significand: significand)
    }

    /// The place exponent of the lowest nonzero digit, given how many digits precede the point.
    func lowestNonZeroExponent(integerDigits: Int) -> Int? {
        lastNonZero < 0 ? nil : integerDigits - 1 - lastNonZero
    }
}
