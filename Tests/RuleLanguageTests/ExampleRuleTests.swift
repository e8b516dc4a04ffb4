import AuditCore
import Testing
@testable import RuleLanguage

@Suite("The example rules, on exact figures")
struct ExampleRuleTests {
    @Test(arguments: [
        (["poor_persons": "120", "rural_population": "2000"], RuleOutcome.Status.holds, "poor_persons = 120 ≤ rural_population = 2000"),
        (["poor_persons": "2000", "rural_population": "2000"], .holds, "poor_persons = 2000 ≤ rural_population = 2000"),
        (["poor_persons": "2100", "rural_population": "2000"], .violated, "poor_persons = 2100 > rural_population = 2000"),
    ])
    func partAtMostWhole(fields: [String: String], status: RuleOutcome.Status, arithmetic: String) throws {
        let result = try outcome("poor_persons <= rural_population", fields)
        #expect(result.status == status)
        #expect(result.arithmetic == arithmetic)
    }

    private static let incidence = "abs(incidence_rate - 100 * poor_persons / rural_population) <= 0.05"

    @Test(arguments: [
        (["incidence_rate": "6", "poor_persons": "120", "rural_population": "2000"], RuleOutcome.Status.holds,
         "abs(incidence_rate - 100 * poor_persons / rural_population) = 0 ≤ 0.05"),
        (["incidence_rate": "6.1", "poor_persons": "120", "rural_population": "2000"], .violated,
         "abs(incidence_rate - 100 * poor_persons / rural_population) = 0.1 > 0.05"),
        // 100 / 3 is not a finite decimal: the quotient is an interval one unit wide in its 38th digit.
        (["incidence_rate": "33.33", "poor_persons": "1", "rural_population": "3"], .holds,
         "abs(incidence_rate - 100 * poor_persons / rural_population) = ≈0.003333 ≤ 0.05"),
    ])
    func incidenceRate(fields: [String: String], status: RuleOutcome.Status, arithmetic: String) throws {
        let result = try outcome(Self.incidence, fields)
        #expect(result.status == status)
        #expect(result.arithmetic == arithmetic)
    }

    private static let relocation = "if relocated_households > 0 then relocated_persons >= relocated_households"

    @Test(arguments: [
        (["relocated_households": "5", "relocated_persons": "12"], RuleOutcome.Status.holds,
         "relocated_households = 5 > 0; relocated_persons = 12 ≥ relocated_households = 5"),
        (["relocated_households": "5", "relocated_persons": "3"], .violated,
         "relocated_households = 5 > 0; relocated_persons = 3 < relocated_households = 5"),
        (["relocated_households": "0", "relocated_persons": "3"], .notApplicable,
         "relocated_households = 0 ≤ 0; the condition is false, so the rule does not apply"),
        // An empty cell where the rule does not apply is no reason to withhold a verdict.
        (["relocated_households": "0"], .notApplicable,
         "relocated_households = 0 ≤ 0; the condition is false, so the rule does not apply"),
        (["relocated_households": "5"], .notEvaluable(missing: ["relocated_persons"]), "missing relocated_persons"),
    ])
    func conditional(fields: [String: String], status: RuleOutcome.Status, arithmetic: String) throws {
        let result = try outcome(Self.relocation, fields)
        #expect(result.status == status)
        #expect(result.arithmetic == arithmetic)
    }

    @Test func columnSumAgainstTotalRow() throws {
        let dataset = RuleDataset(
            records: ["312", "95", "140", "661"].enumerated().map { record(["households": $1], row: $0 + 1) },
            total: RuleRecord(fields: ["households": FieldValue(.exactly(1190), text: "1190", location: FieldLocation(line: 6, column: 9, row: 5, columnIndex: 2))])
        )
        let rule = try Rule("sum(households) == total.households")
        #expect(!rule.isRecordWise(in: dataset))
        let outcomes = rule.evaluate(dataset)
        #expect(outcomes.count == 1)
        let result = try #require(outcomes.first)
        #expect(result.status == .violated)
        #expect(result.record == nil)
        #expect(result.arithmetic == "sum(households) = 1208 ≠ total.households = 1190")
        #expect(result.values == [
            RuleOutcome.Value(name: "sum(households)", shown: "1208", interval: .exactly(1208), location: nil),
            RuleOutcome.Value(name: "total.households", shown: "1190", interval: .exactly(1190),
                              location: FieldLocation(line: 6, column: 9, row: 5, columnIndex: 2)),
        ])
        var fixed = dataset
        fixed.total = record(["households": "1208"])
        #expect(rule.evaluate(fixed).map(\.status) == [.holds])
    }

    @Test(arguments: [
        ("50", RuleOutcome.Status.holds, "0 ≤ rate = 50; rate = 50 ≤ 100"),
        ("0", .holds, "0 ≤ rate = 0; rate = 0 ≤ 100"),
        ("120", .violated, "rate = 120 > 100"),
        ("-1", .violated, "0 > rate = -1"),
        ("(99, 101)", .indeterminate, "rate = (99, 101) ≤ 100 for some of the allowed values only"),
    ])
    func between(rate: String, status: RuleOutcome.Status, arithmetic: String) throws {
        let result = try outcome("between(rate, 0, 100)", ["rate": rate])
        #expect(result.status == status)
        #expect(result.arithmetic == arithmetic)
    }

    @Test(arguments: [
        ("2.345", "2.35", RuleOutcome.Status.holds),
        ("2.344", "2.35", .violated),
        ("-2.345", "-2.35", .holds),
        ("2.3449", "2.34", .holds),
    ])
    func roundToPlaces(x: String, y: String, status: RuleOutcome.Status) throws {
        #expect(try outcome("round(x, 2) == y", ["x": x, "y": y]).status == status)
    }

    @Test(arguments: [
        ("min(a, b) == 3", RuleOutcome.Status.holds),
        ("max(a, b, c) == 9", .holds),
        ("max(a, b, c) < 9", .violated),
        ("min(a, b) + max(a, b) == a + b", .holds),
        ("round(1234.5, -2) == 1200", .holds),
        ("round(2.5) == 3 and round(-2.5) == -3", .holds),
    ])
    func elementwiseFunctions(rule: String, status: RuleOutcome.Status) throws {
        #expect(try outcome(rule, ["a": "3", "b": "7", "c": "9"]).status == status)
    }

    @Test(arguments: [
        (["a": "1", "b": "2", "c": "0"], RuleOutcome.Status.holds),
        (["a": "3", "b": "2", "c": "0"], .violated),
        (["a": "3", "b": "2", "c": "1"], .holds),
    ])
    func negationAndDisjunction(fields: [String: String], status: RuleOutcome.Status) throws {
        #expect(try outcome("not (a > b) or c == 1", fields).status == status)
        #expect(try outcome("!(a > b) || c == 1", fields).status == status)
    }

    @Test func cjkAndBackquotedNames() throws {
        let fields = ["贫困户数": "120", "户数(户)": "1451", "total.x": "5"]
        #expect(try outcome("贫困户数 <= `户数(户)` and `total.x` == 5", fields).status == .holds)
        #expect(try outcome("贫困户数 > `户数(户)`", fields).arithmetic == "贫困户数 = 120 ≤ `户数(户)` = 1451")
    }
}
