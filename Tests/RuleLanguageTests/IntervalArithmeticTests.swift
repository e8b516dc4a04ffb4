import AuditCore
import Foundation
import Testing
@testable import RuleLanguage

@Suite("Interval arithmetic")
struct IntervalArithmeticTests {
    @Test(arguments: [
        ("[1, 2]", "[3, 4]", "[3, 8]"),
        ("[-1, 2]", "[3, 4]", "[-4, 8]"),
        ("[-2, -1]", "[-4, 3]", "[-6, 8]"),
        ("(6500, 7000)", "2", "(13000, 14000)"),
        ("(6500, 7000)", "-1", "(-7000, -6500)"),
        ("[0, 1]", "[5, inf)", "[0, inf)"),
        ("(0, 1]", "[5, inf)", "(0, inf)"),
        ("[-1, 1]", "(2, 3)", "(-3, 3)"),
        ("0", "(-inf, inf)", "0"),
    ])
    func multiplication(a: String, b: String, expected: String) {
        #expect(IntervalArithmetic.multiply(interval(a), interval(b)) == interval(expected))
    }

    @Test(arguments: [
        ("[6, 8]", "2", "[3, 4]"),
        ("10", "(2, 4]", "[2.5, 5)"),
        ("1", "(0, 2]", "[0.5, inf)"),
        ("[0, 1]", "(0, 2]", "[0, inf)"),
        ("[1, inf)", "[1, inf)", "(0, inf)"),
        ("6", "[-3, -2]", "[-3, -2]"),
    ])
    func division(a: String, b: String, expected: String) {
        #expect(IntervalArithmetic.divide(interval(a), interval(b)) == interval(expected))
    }

    @Test(arguments: ["0", "[-1, 1]", "[0, 5]", "(-inf, inf)"])
    func divisionByAnIntervalHoldingZeroIsUnknown(divisor: String) {
        #expect(IntervalArithmetic.divide(.exactly(1), interval(divisor)) == nil)
    }

    @Test func inexactQuotientIsWidenedByOneUnitInTheLastPlace() throws {
        let third = try #require(IntervalArithmetic.divide(.exactly(1), .exactly(3)))
        #expect(!third.isPoint)
        #expect(third.contains(dec("0.33333333333333333333333333333333333333")))
        #expect(third.upper! - third.lower! <= dec("0.00000000000000000000000000000000000003"))
        #expect(DisplayFormat.interval(third) == "≈0.333333")
    }

    @Test func hugeProductsAreWidenedNotRounded() {
        let big = Interval.exactly(dec("12345678901234567890123"))
        let product = IntervalArithmetic.multiply(big, big)
        #expect(!product.isPoint)
        #expect(product.contains(dec("152415787532388367504942236884722755800000000")))
    }

    @Test(arguments: [
        ("[-3, 2]", "[0, 3]"),
        ("(-3, 2]", "[0, 3)"),
        ("[-3, -2)", "(2, 3]"),
        ("[2, 5]", "[2, 5]"),
        ("[-2, 2)", "[0, 2]"),
    ])
    func absoluteValue(a: String, expected: String) {
        #expect(IntervalArithmetic.absolute(interval(a)) == interval(expected))
    }

    @Test(arguments: [
        ("[1, 5]", "[3, 4]", "[1, 4]", "[3, 5]"),
        ("(1, 5)", "[1, 5]", "[1, 5)", "(1, 5]"),
        ("[1, 5)", "[2, 5)", "[1, 5)", "[2, 5)"),
    ])
    func minimumAndMaximum(a: String, b: String, least: String, greatest: String) {
        #expect(IntervalArithmetic.minimum(interval(a), interval(b)) == interval(least))
        #expect(IntervalArithmetic.maximum(interval(a), interval(b)) == interval(greatest))
    }

    @Test func subtractionOfOpenIntervals() {
        #expect(IntervalArithmetic.subtract(interval("(6500, 7000)"), .exactly(6800)) == interval("(-300, 200)"))
    }

    @Test(arguments: [
        ("1208", "1208"), ("0.05", "0.05"), ("(6500, 7000)", "(6500, 7000)"), ("[2200, 2299]", "[2200, 2299]"),
        ("[500, inf)", "[500, ∞)"), ("0.1234567", "≈0.123457"),
    ])
    func display(notation: String, shown: String) {
        #expect(DisplayFormat.interval(interval(notation)) == shown)
    }
}
