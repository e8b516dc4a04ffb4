import AuditCore
import Foundation
import Testing
@testable import RuleLanguage

@Suite("Records, aggregates and groups")
struct DatasetTests {
    /// A table of villages in two towns, with a total row.
    private static let villages = RuleDataset(
        records: [
            record(["town": "text:城关镇", "households": "312", "poor": "40", "rate": "12.8"], row: 1),
            record(["town": "text:城关镇", "households": "95", "poor": "12", "rate": "12.6"], row: 2),
            record(["town": "text:河口乡", "households": "140", "poor": "150", "rate": "107.1"], row: 3),
            record(["town": "text:河口乡", "households": "661", "poor": "70", "rate": "10.6"], row: 4),
        ],
        total: record(["households": "1208", "poor": "272", "rate": "22.5"]),
        scalars: ["reported_villages": value("4"), "reported_poor": value("(250, 300)")]
    )

    @Test(arguments: [
        ("poor <= households", true),
        ("poor <= total.poor", true),
        ("poor * 100 / sum(poor) <= 100", true),
        ("sum(poor) == total.poor", false),
        ("count() == reported_villages", false),
        ("max(poor) <= total.poor", false),
        ("reported_poor >= 0", false),
    ])
    func recordWiseIffAColumnIsNamedOutsideAggregates(rule: String, recordWise: Bool) throws {
        #expect(try Rule(rule).isRecordWise(in: Self.villages) == recordWise)
    }

    @Test func recordWiseRulesRunOnEveryRecordAndTheTotalRow() throws {
        let outcomes = try Rule("poor <= households").evaluate(Self.villages)
        #expect(outcomes.map(\.status) == [.holds, .holds, .violated, .holds, .holds])
        #expect(outcomes.map(\.record) == [0, 1, 2, 3, nil])
        #expect(outcomes.map(\.isTotalRow) == [false, false, false, false, true])
        #expect(outcomes[2].arithmetic == "poor = 150 > households = 140")
        #expect(outcomes[2].recordLocation == RecordLocation(row: 3))
        let withoutTotal = try Rule("poor <= households", includesTotalRow: false).evaluate(Self.villages)
        #expect(withoutTotal.count == 4)
    }

    @Test(arguments: [
        ("sum(households) == total.households", RuleOutcome.Status.holds),
        ("sum(poor) == total.poor", .holds),
        ("count() == reported_villages", .holds),
        ("count() == 5", .violated),
        ("mean(households) == 302", .holds),
        ("min(households) == 95 and max(households) == 661", .holds),
        ("sum(poor) == reported_poor", .indeterminate),
        ("sum(poor) > 250 and sum(poor) < 300", .holds),
        ("sum(households - poor) == total.households - total.poor", .holds),
        ("sum(if poor > 100 then 1 else 0) == 1", .holds),
        ("mean(rate) <= 100", .holds),
    ])
    func aggregatesOverAllRecords(rule: String, status: RuleOutcome.Status) throws {
        let outcomes = try Rule(rule).evaluate(Self.villages)
        #expect(outcomes.count == 1)
        #expect(outcomes.first?.status == status)
    }

    @Test func aggregateValuesAreShownOnce() throws {
        let result = try #require(try Rule("sum(poor) <= sum(households) and sum(poor) > 0").evaluate(Self.villages).first)
        #expect(result.values.map(\.name) == ["sum(poor)", "sum(households)"])
        #expect(result.values.map(\.shown) == ["272", "1208"])
    }

    @Test func groupsEvaluateDatasetWiseRulesOncePerGroup() throws {
        let outcomes = try Rule("sum(poor) <= sum(households)", groupBy: "town").evaluate(Self.villages)
        #expect(outcomes.map(\.group) == ["城关镇", "河口乡"])
        #expect(outcomes.map(\.status) == [.holds, .holds])
        #expect(outcomes.map(\.record) == [nil, nil])
        let counts = try Rule("count() == 2 and sum(households) < 800", groupBy: "town").evaluate(Self.villages)
        #expect(counts.map(\.status) == [.holds, .violated])
        #expect(counts[1].arithmetic == "sum(households) = 801 ≥ 800")
    }

    @Test func groupsRestrictAggregatesOfRecordWiseRules() throws {
        let outcomes = try Rule("poor * 2 <= sum(poor)", groupBy: "town").evaluate(Self.villages)
        #expect(outcomes.map(\.record) == [0, 1, 2, 3])
        #expect(outcomes.map(\.group) == ["城关镇", "城关镇", "河口乡", "河口乡"])
        // 城关镇: 40*2 > 52; 12*2 <= 52. 河口乡: 150*2 > 220; 70*2 <= 220.
        #expect(outcomes.map(\.status) == [.violated, .holds, .violated, .holds])
        #expect(outcomes[0].arithmetic == "poor * 2 = 80 > sum(poor) = 52")
    }

    @Test func recordsWithoutTheGroupFieldAreNotEvaluable() throws {
        var dataset = Self.villages
        dataset.records.append(record(["households": "10", "poor": "1"], row: 5))
        let outcomes = try Rule("sum(poor) <= sum(households)", groupBy: "town").evaluate(dataset)
        #expect(outcomes.map(\.status) == [.holds, .holds, .notEvaluable(missing: ["town"])])
        #expect(outcomes[2].record == 4)
        #expect(outcomes[2].arithmetic == "missing town, so the record belongs to no group")
    }

    @Test func emptyDatasets() throws {
        let empty = RuleDataset()
        #expect(try Rule("sum(x) == 0").evaluate(empty).map(\.status) == [.holds])
        #expect(try Rule("count() == 0").evaluate(empty).map(\.status) == [.holds])
        #expect(try Rule("mean(x) > 0").evaluate(empty).map(\.status) == [.indeterminate])
        #expect(try Rule("mean(x) > 0").evaluate(empty).first?.arithmetic == "mean of no records")
        #expect(try Rule("sum(x) == 0", groupBy: "town").evaluate(empty).map(\.status) == [.notEvaluable(missing: ["town"])])
    }

    @Test func figureFilesAreScalarsOnly() throws {
        let scalars: [String: FieldValue] = [
            "贫困户": FieldValue(interval("(6500, 7000)"), text: "6500余", location: FieldLocation(line: 3, column: 10)),
            "总户数": .exactly(6800),
        ]
        let result = try Rule("贫困户 <= 总户数").evaluate(scalars: scalars)
        #expect(result.status == .indeterminate)
        #expect(result.values.first == RuleOutcome.Value(name: "贫困户", shown: "6500余", interval: interval("(6500, 7000)"),
                                                         location: FieldLocation(line: 3, column: 10)))
    }

    @Test func scalarsAreVisibleInRecordWiseRules() throws {
        let dataset = RuleDataset(records: [record(["rate": "12"]), record(["rate": "40"])], scalars: ["cap": value("30")])
        #expect(try Rule("rate <= cap").evaluate(dataset).map(\.status) == [.holds, .violated])
    }

    @Test func aggregateIsComputedOncePerGroupNotPerRecord() throws {
        // 3,000 records each comparing against sum(x): linear, not quadratic.
        let records = (0..<3_000).map { _ in record(["x": "1"]) }
        let outcomes = try Rule("x * 3000 == sum(x)").evaluate(RuleDataset(records: records))
        #expect(outcomes.count == 3_000)
        #expect(outcomes.allSatisfy { $0.status == .holds })
    }
}
