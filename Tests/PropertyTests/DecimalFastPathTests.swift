import AuditCore
import Foundation
import PropertyBased
import Testing

/// Decimals as figures give them, and beyond: up to 20 digits (past 64 bits), trailing zeros
/// (written, as in "120.000", and in the significand), zeros of both signs, exponents far apart.
enum FastPathInputs {
    static let written = ["0", "-0", "0.00", "1.50", "120.000", "18446744073709551615", "18446744073709551616",
                          "99999999999999999999", "1e20", "-1e-20", "1e40", "-1e-40", "0.5", "10000"]

    static let decimals = zip(Gen.int(in: 0...9), Gen.int(in: 1...20), Gen.int(in: 0...Int.max), Gen.int(in: -50...50), Gen.bool)
        .map { shape, digits, seed, exponent, negative -> Decimal in
            switch shape {
            case 0: return Decimal(string: written[seed % written.count])!
            default:
                var significand = UInt64(truncatingIfNeeded: seed)
                let places = shape == 1 ? digits : min(digits, 9)
                significand %= (0..<places).reduce(UInt64(1)) { value, _ in value &* 10 } &- 1
                if shape == 2 { significand = significand / 1000 * 1000 }
                let sign: FloatingPointSign = negative ? .minus : .plus
                return Decimal(sign: sign, exponent: shape == 3 ? exponent : exponent % 9, significand: Decimal(significand))
            }
        }

    /// Decimals past 64 bits as the checks make them: quotients that do not end fill all 38
    /// digits ("700 ÷ 248"), and sums and products of them; a few of the narrow ones mixed in.
    static let wide = zip(decimals, decimals, Gen.int(in: 0...3)).map { a, b, shape -> Decimal in
        guard !b.isZero, !a.isNaN, !b.isNaN else { return a }
        let quotient = a / b
        switch shape {
        case 0: return quotient
        case 1: return quotient + a
        case 2: return quotient * 3
        default: return a
        }
    }
}

/// The fast paths must give what Foundation gives, storage byte for byte, or reports would change.
@Suite("Decimal fast paths agree with Foundation")
struct DecimalFastPathTests {
    @Test func comparisonsAgree() async {
        await propertyCheck(count: 3000, input: FastPathInputs.decimals, FastPathInputs.decimals) { a, b in
            #expect(a.lessThan(b) == (a < b))
            #expect(b.lessThan(a) == (b < a))
            #expect(a.sameValue(as: b) == (a == b))
            #expect(a.sameValue(as: a))
        }
    }

    /// Comparisons of 38-digit decimals are done on 128 bits, and must still order as Foundation does.
    @Test func wideComparisonsAgree() async {
        await propertyCheck(count: 3000, input: FastPathInputs.wide, FastPathInputs.wide) { a, b in
            #expect(a.lessThan(b) == (a < b), "\(a) < \(b)")
            #expect(b.lessThan(a) == (b < a), "\(b) < \(a)")
            #expect(a.sameValue(as: b) == (a == b), "\(a) == \(b)")
            // The same value in another storage: one digit fewer, when the last digit is zero.
            let rounded = a.rounded(places: 30)
            #expect(rounded.sameValue(as: a) == (rounded == a), "\(rounded) == \(a)")
            #expect(a.lessThan(rounded) == (a < rounded), "\(a) < \(rounded)")
        }
        let third = Decimal(1) / Decimal(3)
        #expect(third.lessThan(Decimal(string: "0.33333333333333333333333333333333333334")!))
        #expect(!third.lessThan(Decimal(string: "0.3333333333333333333333333333333333333")!))
        #expect((Decimal(700) / Decimal(248)).lessThan(Decimal(10)))
        #expect(Decimal(string: "-1e100")!.lessThan(third))
    }

    @Test func arithmeticGivesFoundationsBits() async {
        await propertyCheck(count: 3000, input: FastPathInputs.decimals, FastPathInputs.decimals) { a, b in
            #expect(a.adding(b).bitsEqual(a + b), "\(a) + \(b)")
            #expect(a.subtracting(b).bitsEqual(a - b), "\(a) - \(b)")
            #expect(a.multiplied(by: b).bitsEqual(a * b), "\(a) × \(b)")
            if !b.isZero { #expect(a.divided(by: b).bitsEqual(a / b), "\(a) ÷ \(b)") }
        }
    }

    /// Random pairs rarely divide exactly; a product divided by one of its factors always does,
    /// which is the fast path's case (and where exponents far apart once differed).
    @Test func exactQuotientsGiveFoundationsBits() async {
        await propertyCheck(count: 3000, input: FastPathInputs.decimals, FastPathInputs.decimals) { a, b in
            guard !b.isZero, !a.isNaN, !b.isNaN else { return }
            let product = a * b
            #expect(product.divided(by: b).bitsEqual(product / b), "\(product) ÷ \(b)")
        }
    }

    /// Grouping by key must group exactly the values `==` calls equal, whatever their storage.
    @Test func valueKeysAreEqualExactlyForEqualValues() async {
        await propertyCheck(count: 3000, input: FastPathInputs.decimals, FastPathInputs.decimals) { a, b in
            #expect((a.valueKey == b.valueKey) == (a == b), "\(a) vs \(b)")
            // The same value in another form: scaled up by ten in the significand, down in the exponent.
            let other = Decimal(sign: a.sign, exponent: a.exponent - 1, significand: a.significand * 10)
            if other == a { #expect(other.valueKey == a.valueKey, "\(a) in two forms") }
        }
        #expect(Decimal(string: "1.50")!.valueKey == Decimal(string: "1.5")!.valueKey)
        #expect(Decimal(string: "-0")!.valueKey == Decimal(0).valueKey)
        #expect(Decimal(string: "100000000000000000000")!.valueKey == Decimal(sign: .plus, exponent: 20, significand: 1).valueKey)
    }

    @Test func wholeNumbersAgreeWithRounding() async {
        await propertyCheck(count: 3000, input: FastPathInputs.decimals) { value in
            var copy = value
            var rounded = Decimal()
            NSDecimalRound(&rounded, &copy, 0, .plain)
            #expect(value.isWholeNumber == (rounded == value), "\(value)")
        }
    }

    @Test func knownCases() {
        // Otherwise every comparison here would be Foundation against itself.
        #expect(Decimal.fastPathsAreInUse)
        let cases: [(String, String)] = [("1.50", "0.5"), ("1200", "0.00"), ("5", "-5"), ("0.1", "0.2"),
                                         ("18446744073709551615", "1"), ("-7", "3"), ("1e30", "1"), ("2.5", "4"), ("63600", "1200"), ("1", "8"), ("1523", "496"), ("10", "3"),
                                         ("521624636000000", "0.0000000000000000007631"),
                                         // Exponents 21 apart: Foundation's quotient is inexact (found in review).
                                         ("9677876383186944e6", "-0.0000000264140488704")]
        for (left, right) in cases {
            let a = Decimal(string: left)!
            let b = Decimal(string: right)!
            #expect(a.adding(b).bitsEqual(a + b), "\(left) + \(right)")
            #expect(a.subtracting(b).bitsEqual(a - b), "\(left) - \(right)")
            #expect(a.multiplied(by: b).bitsEqual(a * b), "\(left) × \(right)")
            #expect(a.lessThan(b) == (a < b), "\(left) < \(right)")
            #expect(a.divided(by: b).bitsEqual(a / b), "\(left) ÷ \(right)")
        }
        // NaN goes to Foundation, whatever Foundation makes of it.
        #expect(Decimal.nan.lessThan(1) == (Decimal.nan < 1))
        #expect(Decimal(1).sameValue(as: .nan) == (Decimal(1) == .nan))
    }
}

extension Decimal {
    /// The value rounded by Foundation to `places` decimal places.
    fileprivate func rounded(places: Int) -> Decimal {
        var copy = self
        var result = Decimal()
        NSDecimalRound(&result, &copy, places, .plain)
        return result
    }
}

/// Rounded quotients are shown in messages ("2.82 persons per household", "7.18%"): their value
/// must be the one Foundation's quotient rounds to.
@Suite("Rounded quotients agree with Foundation")
struct RoundedQuotientTests {
    @Test func roundedQuotientsAgree() async {
        await propertyCheck(count: 3000, input: FastPathInputs.decimals, FastPathInputs.decimals, Gen.int(in: 0...6)) { a, b, places in
            guard !b.isZero, !a.isNaN, !b.isNaN else { return }
            var quotient = a / b
            var expected = Decimal()
            NSDecimalRound(&expected, &quotient, places, .plain)
            let fast = a.roundedQuotient(dividingBy: b, places: places)
            #expect(fast == expected, "\(a) ÷ \(b) to \(places) places")
            #expect(fast.plainText == expected.plainText, "\(a) ÷ \(b) to \(places) places")
        }
    }

    @Test func knownQuotients() {
        #expect(Decimal(700).roundedQuotient(dividingBy: 248, places: 2) == Decimal(string: "2.82")!)
        // Exactly half rounds away from zero, as .plain does.
        #expect(Decimal(1).roundedQuotient(dividingBy: 8, places: 2) == Decimal(string: "0.13")!)
        #expect(Decimal(-1).roundedQuotient(dividingBy: 8, places: 2) == Decimal(string: "-0.13")!)
        #expect(Decimal(1).roundedQuotient(dividingBy: 3000, places: 2) == 0)
        #expect(Decimal(string: "46000")!.roundedQuotient(dividingBy: Decimal(string: "1.2e4")!, places: 2) == Decimal(string: "3.83")!)
    }
}

/// The ratio and rate checks decide whether a quotient interval meets a band by multiplying
/// across; the decision must be the one dividing gives.
@Suite("Quotient intervals overlap as their divisions do")
struct QuotientOverlapTests {
    /// Figures' values: up to twelve digits, up to six decimal places.
    static let values = zip(Gen.int(in: 0...999_999_999_999), Gen.int(in: -6...6)).map { digits, exponent in
        Decimal(sign: .plus, exponent: exponent, significand: Decimal(digits))
    }

    /// Band ends are short decimals, as parameters and rounded figures are. Rounding the
    /// quotient itself to a few places puts them on and next to it, where the answers differ.
    @Test func multiplyingAcrossDecidesAsDividing() async {
        let pairs = zip(Self.values, Self.values)
        await propertyCheck(count: 3000, input: pairs, pairs, zip(Gen.int(in: 0...6), Gen.int(in: 0...63))) { numerator, denominator, band in
            guard !denominator.0.isZero, !denominator.1.isZero else { return }
            let (nLow, nHigh) = numerator.0 < numerator.1 ? numerator : (numerator.1, numerator.0)
            let (dLow, dHigh) = denominator.0 < denominator.1 ? denominator : (denominator.1, denominator.0)
            let (places, shape) = band
            let low = (shape & 16 == 0 ? nLow / dHigh : nHigh / dLow).rounded(places: places)
            let high = shape & 32 == 0 ? (nHigh / dLow).rounded(places: places) : low
            let target = Interval(
                lower: shape & 1 == 0 ? low : nil, upper: shape & 2 == 0 ? high : nil,
                lowerClosed: shape & 4 == 0, upperClosed: shape & 8 == 0
            )
            let divided = Interval(lower: nLow / dHigh, upper: nHigh / dLow)
            #expect(Interval.quotientOverlaps(numeratorLow: nLow, numeratorHigh: nHigh, denominatorLow: dLow,
                                              denominatorHigh: dHigh, band: target) == divided.overlaps(target),
                    "[\(nLow), \(nHigh)] ÷ [\(dLow), \(dHigh)] against \(target)")
        }
    }

    @Test func knownBands() {
        let band = Interval(lower: 1, upper: 10)
        // 700人 ÷ 248户 = 2.82, within; 364人 ÷ 1451户 = 0.25, below; 2480人 ÷ 248户 = 10, on the closed end.
        #expect(Interval.quotientOverlaps(numeratorLow: 700, numeratorHigh: 700, denominatorLow: 248, denominatorHigh: 248, band: band))
        #expect(!Interval.quotientOverlaps(numeratorLow: 364, numeratorHigh: 364, denominatorLow: 1451, denominatorHigh: 1451, band: band))
        #expect(Interval.quotientOverlaps(numeratorLow: 2480, numeratorHigh: 2480, denominatorLow: 248, denominatorHigh: 248, band: band))
        #expect(!Interval.quotientOverlaps(numeratorLow: 2480, numeratorHigh: 2480, denominatorLow: 248, denominatorHigh: 248,
                                           band: Interval(lower: 1, upper: 10, upperClosed: false)))
    }
}

/// Messages write decimals with `plainText`, which must write what `description` writes.
@Suite("Plain text writes what description writes")
struct PlainTextPropertyTests {
    @Test func plainTextMatchesDescription() async {
        await propertyCheck(count: 3000, input: FastPathInputs.decimals) { value in
            guard !value.isNaN else { return }
            #expect(value.plainText == value.description, "\(value)")
        }
    }
}
