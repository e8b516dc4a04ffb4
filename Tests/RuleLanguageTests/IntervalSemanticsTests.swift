import AuditCore
import Testing
@testable import RuleLanguage

@Suite("Intervals and three-valued logic")
struct IntervalSemanticsTests {
    /// 6500余 allows (6500, 7000): comparisons with 6800 depend on the exact value.
    @Test(arguments: [
        ("area <= 6800", RuleOutcome.Status.indeterminate),
        ("area >= 6800", .indeterminate),
        ("area == 6800", .indeterminate),
        ("area > 6500", .holds),
        ("area >= 6500", .holds),
        ("area < 7000", .holds),
        ("area <= 6500", .violated),
        ("area == 6500", .violated),
        ("area != 6500", .holds),
        ("area >= 7000", .violated),
        ("area + 100 > 6600", .holds),
        ("2 * area < 14000", .holds),
        ("area / 2 > 3250", .holds),
        ("-area < -6500", .holds),
    ])
    func moreThan(rule: String, status: RuleOutcome.Status) throws {
        #expect(try outcome(rule, ["area": "(6500, 7000)"]).status == status)
    }

    @Test func indeterminateSaysWhichComparisonDepends() throws {
        let result = try outcome("area <= 6800", ["area": "(6500, 7000)"])
        #expect(result.arithmetic == "area = (6500, 7000) ≤ 6800 for some of the allowed values only")
    }

    /// An 约 figure (about 100, allowing [95, 105]) never violates an equality it could satisfy.
    @Test(arguments: 95...105)
    func aboutNeverRaisesAFalseAlarm(target: Int) throws {
        let result = try outcome("persons == expected", ["persons": "[95, 105]", "expected": "\(target)"])
        #expect(result.status == .indeterminate)
    }

    @Test(arguments: ["94", "106", "200", "(105, 110)"])
    func aboutStillViolatesWhatItCannotSatisfy(target: String) throws {
        #expect(try outcome("persons == expected", ["persons": "[95, 105]", "expected": target]).status == .violated)
    }

    @Test func maskedDigitsAgainstASum() throws {
        // "22**" allows [2200, 2299].
        #expect(try outcome("a + b == masked", ["a": "1200", "b": "1050", "masked": "[2200, 2299]"]).status == .indeterminate)
        #expect(try outcome("a + b == masked", ["a": "1200", "b": "1150", "masked": "[2200, 2299]"]).status == .violated)
        #expect(try outcome("a + b <= masked", ["a": "1000", "b": "1000", "masked": "[2200, 2299]"]).status == .holds)
    }

    @Test func unboundedFiguresNeverViolateWhatTheyCouldMeet() throws {
        // 以上: at least 500.
        #expect(try outcome("x <= 600", ["x": "[500, inf)"]).status == .indeterminate)
        #expect(try outcome("x >= 500", ["x": "[500, inf)"]).status == .holds)
        #expect(try outcome("x < 500", ["x": "[500, inf)"]).status == .violated)
    }

    /// Kleene's tables: a is unknown (it may or may not exceed 0), t is true, f is false.
    @Test(arguments: [
        ("a > 0 and t", RuleOutcome.Status.indeterminate),
        ("a > 0 and f", .violated),
        ("a > 0 or t", .holds),
        ("a > 0 or f", .indeterminate),
        ("not (a > 0)", .indeterminate),
        ("not (a > 0) or a > 0", .indeterminate),
        ("t and f", .violated),
        ("t or f", .holds),
        ("true", .holds),
        ("false", .violated),
    ])
    func kleeneLogic(rule: String, status: RuleOutcome.Status) throws {
        let rule = rule.replacingOccurrences(of: " t", with: " x == 1").replacingOccurrences(of: " f", with: " x == 2")
            .replacingOccurrences(of: "t and", with: "x == 1 and").replacingOccurrences(of: "t or", with: "x == 1 or")
        #expect(try outcome(rule, ["a": "[-1, 1]", "x": "1"]).status == status)
    }

    @Test(arguments: [
        // Condition unknown: a violation needs the condition to hold for sure.
        ("[-1, 1]", "5", RuleOutcome.Status.holds),
        ("[-1, 1]", "-5", .indeterminate),
        ("[-1, 1]", "[-1, 1]", .indeterminate),
        ("[1, 2]", "-5", .violated),
        ("[-2, -1]", "-5", .notApplicable),
    ])
    func conditionWithIntervals(a: String, b: String, status: RuleOutcome.Status) throws {
        #expect(try outcome("if a > 0 then b > 0", ["a": a, "b": b]).status == status)
    }

    @Test(arguments: [
        ("3", "3", RuleOutcome.Status.holds),
        ("3", "-3", .violated),
        ("-3", "-3", .holds),
        ("-3", "3", .violated),
        ("[-1, 1]", "[-1, 1]", .indeterminate),
        // Both branches fail, so the rule fails whichever way the condition goes.
        ("[-1, 1]", "0", .violated),
    ])
    func conditionWithElse(a: String, b: String, status: RuleOutcome.Status) throws {
        #expect(try outcome("if a > 0 then b > 0 else b < 0", ["a": a, "b": b]).status == status)
    }

    @Test(arguments: [
        ("5", "1", RuleOutcome.Status.holds),
        ("-5", "2", .holds),
        ("-5", "1", .violated),
        // Unknown condition: the value lies in the hull of both branches, [1, 2].
        ("[-1, 1]", "1", .indeterminate),
        ("[-1, 1]", "3", .violated),
    ])
    func numericConditional(a: String, x: String, status: RuleOutcome.Status) throws {
        #expect(try outcome("x == (if a > 0 then 1 else 2)", ["a": a, "x": x]).status == status)
    }

    @Test(arguments: [
        ("a / b > 1", ["a": "5", "b": "0"], "division by zero: b = 0"),
        ("a / b > 1", ["a": "5", "b": "[-1, 1]"], "division by an interval that holds 0: b = [-1, 1]"),
        ("a / (b - c) > 1", ["a": "5", "b": "2", "c": "2"], "division by zero: b - c = 0"),
        ("abs(a / b) >= 0", ["a": "5", "b": "0"], "division by zero: b = 0"),
    ])
    func divisionByZeroIsIndeterminate(rule: String, fields: [String: String], note: String) throws {
        let result = try outcome(rule, fields)
        #expect(result.status == .indeterminate)
        #expect(result.arithmetic == note)
    }

    @Test func divisionByAnIntervalAwayFromZeroIsComputed() throws {
        #expect(try outcome("a / b <= 5", ["a": "10", "b": "(2, 4]"]).status == .holds)
        #expect(try outcome("a / b < 5", ["a": "10", "b": "[2, 4]"]).status == .indeterminate)
        #expect(try outcome("b == 0 or a / b > 1", ["a": "5", "b": "0"]).status == .holds)
    }

    @Test func exactDecimalsNeverDrift() throws {
        #expect(try outcome("0.1 + 0.2 == 0.3", [:]).status == .holds)
        #expect(try outcome("x * 3 == 1", ["x": "0.3333333333"]).status == .violated)
        #expect(try outcome("6 / 3 == 2 and 1 / 4 == 0.25", [:]).status == .holds)
        // 1/3 is not a finite decimal: multiplied back it may or may not be 1, so it never fails.
        #expect(try outcome("1 / 3 * 3 == 1", [:]).status == .indeterminate)
    }
}
