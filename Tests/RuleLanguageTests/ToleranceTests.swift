import AuditCore
import Foundation
import Testing
@testable import RuleLanguage

@Suite("Tolerance: absolute and relative")
struct ToleranceTests {
    @Test(arguments: [
        ("0.5", RuleTolerance.absolute(dec("0.5"))),
        (" 2 ", .absolute(2)),
        ("1%", .relative(dec("0.01"))),
        ("1 %", .relative(dec("0.01"))),
        ("0.5％", .relative(dec("0.005"))),
        ("0", .exact),
        ("0%", .exact),
    ])
    func parsing(text: String, tolerance: RuleTolerance) throws {
        #expect(try RuleTolerance(parsing: text) == tolerance)
    }

    @Test(arguments: [("-1", "-1"), ("abc", "abc"), ("1.2.3", "1.2.3"), ("%", "%"), ("", ""), (".5", ".5"), ("1e3", "1e3")])
    func badTolerances(text: String, shown: String) {
        #expect(throws: RuleSyntaxError.self) { try RuleTolerance(parsing: text) }
        do {
            _ = try RuleTolerance(parsing: text)
        } catch {
            #expect(error.message == "'\(shown)' is not a tolerance; write a non-negative number such as 0.5 or a percentage such as 1%")
            #expect((error.line, error.column) == (1, 1))
        }
    }

    @Test(arguments: [
        ("100.3", "100", RuleOutcome.Status.holds),
        ("99.5", "100", .holds),
        ("100.6", "100", .violated),
        ("101", "100", .violated),
    ])
    func absoluteEquality(sum: String, total: String, status: RuleOutcome.Status) throws {
        let options = Options(tolerance: .absolute(dec("0.5")))
        #expect(try outcome("a == b", ["a": sum, "b": total], options).status == status)
    }

    @Test func toleranceIsShownInTheArithmetic() throws {
        let result = try outcome("a == b", ["a": "101", "b": "100"], Options(tolerance: .absolute(dec("0.5"))))
        #expect(result.arithmetic == "a = 101 ≠ b = 100 (tolerance 0.5)")
        let relative = try outcome("a == b", ["a": "1190", "b": "1208"], Options(tolerance: .relative(dec("0.01"))))
        #expect(relative.arithmetic == "a = 1190 ≠ b = 1208 (tolerance 1%)")
    }

    /// 1% of the larger side: 1208 allows a difference of 12.08.
    @Test(arguments: [
        ("1208", "1200", RuleOutcome.Status.holds),
        ("1200", "1208", .holds),
        ("1196", "1208", .holds),
        ("1195.92", "1208", .holds),
        ("1195.91", "1208", .violated),
        ("1190", "1208", .violated),
        ("0", "0", .holds),
    ])
    func relativeEquality(a: String, b: String, status: RuleOutcome.Status) throws {
        #expect(try outcome("a == b", ["a": a, "b": b], Options(tolerance: .relative(dec("0.01")))).status == status)
    }

    @Test(arguments: [
        ("a <= b", "100.4", "100", RuleOutcome.Status.holds),
        ("a <= b", "100.6", "100", .violated),
        ("a < b", "100.4", "100", .holds),
        ("a < b", "100.5", "100", .violated),
        ("a >= b", "99.6", "100", .holds),
        ("a > b", "99.4", "100", .violated),
        ("between(a, 0, b)", "100.4", "100", .holds),
    ])
    func inequalitiesWiden(rule: String, a: String, b: String, status: RuleOutcome.Status) throws {
        #expect(try outcome(rule, ["a": a, "b": b], Options(tolerance: .absolute(dec("0.5")))).status == status)
    }

    /// A tolerance only ever loosens what the rule asserts: conditions and negations stay exact.
    @Test(arguments: [
        ("if a > 0 then b == 1", "0.3", "1.4", RuleOutcome.Status.holds),
        ("if a > 0 then b == 1", "-0.3", "5", .notApplicable),
        ("not (a == b)", "1", "1.4", .holds),
        ("a != b", "1", "1.4", .holds),
        ("a != b", "1", "1", .violated),
        ("not (a != b)", "1", "1.4", .holds),
        ("not (a != b)", "1", "2", .violated),
    ])
    func toleranceNeverTightens(rule: String, a: String, b: String, status: RuleOutcome.Status) throws {
        #expect(try outcome(rule, ["a": a, "b": b], Options(tolerance: .absolute(dec("0.5")))).status == status)
    }

    @Test func relativeToleranceWithIntervalsStaysSound() throws {
        // Sides [990, 1010] and 1000: 1% of at least 1000 is 10, so every pair is within tolerance.
        let options = Options(tolerance: .relative(dec("0.01")))
        #expect(try outcome("a == b", ["a": "[990, 1010]", "b": "1000"], options).status == .holds)
        // [1011, 1020] vs 1000: differences 11..20; tolerance at most 10.2: fails for every pair.
        #expect(try outcome("a == b", ["a": "[1011, 1020]", "b": "1000"], options).status == .violated)
        // [1005, 1015] vs 1000: some pairs within, some not.
        #expect(try outcome("a == b", ["a": "[1005, 1015]", "b": "1000"], options).status == .indeterminate)
    }

    @Test func aggregateWithTolerance() throws {
        let dataset = RuleDataset(records: ["33.3", "33.3", "33.3"].map { record(["share": $0]) })
        let rule = try Rule("sum(share) == 100", tolerance: .absolute(dec("0.2")))
        #expect(rule.evaluate(dataset).map(\.status) == [.holds])
    }
}
