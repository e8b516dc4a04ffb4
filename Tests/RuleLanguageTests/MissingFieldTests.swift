import AuditCore
import Testing
@testable import RuleLanguage

@Suite("Missing fields: never a crash, never a pass")
struct MissingFieldTests {
    @Test(arguments: [
        ("poor_persons <= rural_population", ["poor_persons": "120"], ["rural_population"], "missing rural_population"),
        ("poor_persons <= rural_population", [:], ["poor_persons", "rural_population"], "missing poor_persons, rural_population"),
        ("abs(c - 100 * a / b) <= 0.05", ["a": "1"], ["c", "b"], "missing c, b"),
        ("a + a + b == 3", [:], ["a", "b"], "missing a, b"),
        ("a > 0 or b > 0", ["a": "-5"], ["b"], "missing b"),
        ("a > 0 and b > 0", ["a": "5"], ["b"], "missing b"),
        ("between(x, lo, 10)", ["x": "5"], ["lo"], "missing lo"),
        ("if a > 0 then b > 0", [:], ["a", "b"], "missing a, b"),
        ("if a > 0 then b > 0", ["a": "1"], ["b"], "missing b"),
        ("total.x == x", ["x": "5"], ["total.x"], "missing total.x; the dataset has no total row"),
        ("town > 0", ["town": "text:城关镇"], ["town"], "missing town; town is not a number: '城关镇'"),
    ])
    func notEvaluableListsTheNames(rule: String, fields: [String: String], missing: [String], arithmetic: String) throws {
        let result = try outcome(rule, fields)
        #expect(result.status == .notEvaluable(missing: missing))
        #expect(result.arithmetic == arithmetic)
    }

    /// Kleene's logic, as NA in R's validate: what the present values decide stays decided.
    @Test(arguments: [
        ("a > 0 or b > 0", ["a": "5"], RuleOutcome.Status.holds),
        ("a > 0 and b > 0", ["a": "-5"], .violated),
        ("if a > 0 then b > 0", ["a": "-5"], .notApplicable),
    ])
    func presentValuesCanDecide(rule: String, fields: [String: String], status: RuleOutcome.Status) throws {
        #expect(try outcome(rule, fields).status == status)
    }

    @Test func missingCellInARecordIsNotEvaluableForThatRecordOnly() throws {
        let dataset = RuleDataset(records: [
            record(["poor": "10", "all": "100"], row: 1),
            record(["poor": "10"], row: 2),
            record(["poor": "200", "all": "100"], row: 3),
        ], columns: ["poor", "all"])
        let outcomes = try Rule("poor <= all").evaluate(dataset)
        #expect(outcomes.map(\.status) == [.holds, .notEvaluable(missing: ["all"]), .violated])
        #expect(outcomes.map(\.record) == [0, 1, 2])
        #expect(outcomes[1].recordLocation == RecordLocation(row: 2))
    }

    @Test func aColumnWhoseCellsAreAllBlankIsStillAColumn() throws {
        let dataset = RuleDataset(records: [record(["poor": "10"]), record(["poor": "20"])], columns: ["poor", "all"])
        let outcomes = try Rule("poor <= all").evaluate(dataset)
        #expect(outcomes.map(\.status) == [.notEvaluable(missing: ["all"]), .notEvaluable(missing: ["all"])])
    }

    @Test func aggregateOverAColumnWithGapsNamesTheRecords() throws {
        let dataset = RuleDataset(
            records: [record(["h": "1"], row: 1), record([:], row: 2), record(["h": "3"], row: 3), record([:], row: 4)],
            total: record(["h": "4"])
        )
        let result = try #require(try Rule("sum(h) == total.h").evaluate(dataset).first)
        #expect(result.status == .notEvaluable(missing: ["h"]))
        #expect(result.arithmetic == "missing h; h is missing in row 2, row 4")
    }

    @Test func nameThatIsNowhereIsEvaluatedOnce() throws {
        let dataset = RuleDataset(records: [record(["a": "1"]), record(["a": "2"])])
        let outcomes = try Rule("nowhere > 0").evaluate(dataset)
        #expect(outcomes.map(\.status) == [.notEvaluable(missing: ["nowhere"])])
    }
}
