import AuditCore
import Foundation
import Testing
@testable import RuleLanguage

@Suite("Limits: deep nesting is refused, long rules are fine")
struct LimitTests {
    private static let limit = RuleParser.maximumDepth

    @Test func tenThousandParenthesesAreRefusedNotCrashed() throws {
        let source = String(repeating: "(", count: 10_000) + "a > 0" + String(repeating: ")", count: 10_000)
        let error = try #require(syntaxError(source))
        #expect(error.message == "expression nested too deeply (more than 256 levels)")
        // The rule itself is level 1, so the 256th '(' opens level 257; the error points at the next token.
        #expect(error.column == Self.limit + 1)
    }

    @Test func nestingJustUnderTheLimitParses() throws {
        let depth = Self.limit - 1
        let source = String(repeating: "(", count: depth) + "a > 0" + String(repeating: ")", count: depth)
        let outcome = try Rule(source).evaluate(scalars: ["a": .exactly(1)])
        #expect(outcome.status == .holds)
    }

    @Test(arguments: [
        String(repeating: "-", count: 10_000) + "a > 0",
        String(repeating: "not ", count: 10_000) + "a > 0",
        String(repeating: "abs(", count: 10_000) + "a" + String(repeating: ")", count: 10_000) + " > 0",
        String(repeating: "if a > 0 then ", count: 10_000) + "a > 0",
    ])
    func otherDeepNestingIsRefused(source: String) throws {
        let error = try #require(syntaxError(source))
        #expect(error.problem == .tooDeep(limit: 256))
    }

    @Test func twentyThousandTermSumParsesAndEvaluates() throws {
        let count = 20_000
        let source = (1...count).map { "a\($0)" }.joined(separator: " + ") + " == total"
        var scalars: [String: FieldValue] = ["total": .exactly(Decimal(count))]
        for index in 1...count { scalars["a\(index)"] = .exactly(1) }
        let rule = try Rule(source)
        #expect(rule.referencedNames.count == count + 1)
        #expect(rule.evaluate(scalars: scalars).status == .holds)
        scalars["total"] = .exactly(Decimal(count + 1))
        #expect(rule.evaluate(scalars: scalars).status == .violated)
    }

    @Test func tenThousandConditionsInOneChain() throws {
        let source = (1...10_000).map { "x >= \($0 - 20_000)" }.joined(separator: " and ")
        #expect(try outcome(source, ["x": "0"]).status == .holds)
        #expect(try outcome(source, ["x": "-15000"]).status == .violated)
    }
}
