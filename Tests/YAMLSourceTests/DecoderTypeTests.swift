import Foundation
import Testing
@testable import YAMLSource

@Suite struct DecoderTypeTests {
    @Test(arguments: [
        ("title: [a]", "1:8: error: expected a string for 'title', found a sequence"),
        ("max: abc", "1:6: error: expected an integer for 'max', found 'abc'"),
        ("max: 1.5", "1:6: error: expected an integer for 'max', found '1.5'"),
        ("max: ~\nsmall: 300", "2:8: error: expected an integer between -128 and 127 for 'small', found '300'"),
        ("count: -1", "1:8: error: expected an integer between 0 and 18446744073709551615 for 'count', found '-1'"),
        ("tolerance: abc", "1:12: error: expected a number for 'tolerance', found 'abc'"),
        ("ratio: nan", "1:8: error: expected a number for 'ratio', found 'nan'"),
        ("amount: 1abc", "1:9: error: expected a number for 'amount', found '1abc'"),
        ("enabled: maybe", "1:10: error: expected true or false for 'enabled', found 'maybe'"),
        ("enabled: 'true'", "1:10: error: expected true or false for 'enabled', found 'true' (quoted)"),
        ("patterns: total", "1:11: error: expected a sequence for 'patterns', found a scalar"),
        ("patterns: {a: 1}", "1:11: error: expected a sequence for 'patterns', found a mapping"),
        ("patterns: [a, b, {c: 1}]", "1:18: error: expected a string for 'patterns[2]', found a mapping"),
        ("examples: [1]", "1:11: error: expected a mapping for 'examples', found a sequence"),
        ("examples: {flag: [{x: 1}]}", "1:19: error: expected a string for 'examples.flag[0]', found a mapping"),
        ("examples: {pass: []}", "1:11: error: missing required key 'examples.flag'"),
        ("severity: erorr", "1:11: error: invalid value 'erorr' for 'severity' (expected one of: error, warning, info)"),
    ])
    func typeErrorsNameTheKeyAndWhatWasFound(text: String, expected: String) throws {
        let (value, diagnostics) = try decodeAll(Fields.self, from: text)
        #expect(value != nil, "optional fields record their problem and decoding goes on")
        #expect(diagnostics == ["checks/test.yaml:" + expected])
    }

    @Test func decodesEveryScalarKind() throws {
        let text = """
            title: "Totals"
            max: +42
            small: -128
            count: 7
            tolerance: 1e-3
            ratio: -.inf
            amount: 0.1
            enabled: yes
            patterns: [a, 'b', "c"]
            examples: {flag: [x], pass: []}
            severity: warning

            """
        let (value, diagnostics) = try decodeAll(Fields.self, from: text)
        #expect(diagnostics.isEmpty)
        let fields = try #require(value)
        #expect(fields.title == "Totals")
        #expect(fields.max == 42)
        #expect(fields.small == -128)
        #expect(fields.count == 7)
        #expect(fields.tolerance == 0.001)
        #expect(fields.ratio == -.infinity)
        #expect(fields.amount == Decimal(string: "0.1"))
        #expect(fields.enabled == true)
        #expect(fields.patterns == ["a", "b", "c"])
        #expect(fields.examples == Examples(flag: ["x"], pass: []))
        #expect(fields.severity == .warning)
    }

    @Test(arguments: ["~", "null", "Null", "NULL", ""])
    func plainNullsDecodeAsNil(null: String) throws {
        let (value, diagnostics) = try decodeAll(Fields.self, from: "title: \(null)\nmax: \(null)\nenabled: \(null)\n")
        #expect(diagnostics.isEmpty)
        #expect(value?.title == nil && value?.max == nil && value?.enabled == nil)
    }

    @Test func aQuotedNullIsAString() throws {
        let (value, _) = try decodeAll(Fields.self, from: "title: 'null'\n")
        #expect(value?.title == "null")
    }

    @Test(arguments: [("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false), ("yes", true), ("no", false)])
    func booleanWords(word: String, expected: Bool) throws {
        let (value, diagnostics) = try decodeAll(Fields.self, from: "enabled: \(word)\n")
        #expect(diagnostics.isEmpty)
        #expect(value?.enabled == expected)
    }

    @Test(arguments: ["0.1", "0.3", "12.345678901234567890", "-0.000001", "1e-7"])
    func decimalsKeepTheirExactText(text: String) throws {
        struct Exact: Decodable { var value: Decimal; var list: [Decimal] }
        let (value, diagnostics) = try decodeAll(Exact.self, from: "value: \(text)\nlist: [\(text)]\n")
        #expect(diagnostics.isEmpty)
        #expect(value?.value == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(value?.list == [Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!])
    }

    @Test func aDecimalAtTheRootAndInASingleValueWrapper() throws {
        struct Wrapped: Decodable {
            var amount: Decimal
            init(from decoder: any Decoder) throws { amount = try decoder.singleValueContainer().decode(Decimal.self) }
        }
        let decoder = YAMLDecoder()
        #expect(decoder.decode(Decimal.self, from: try document("0.1")) == Decimal(string: "0.1"))
        #expect(decoder.decode(Wrapped.self, from: try document("0.1"))?.amount == Decimal(string: "0.1"))
        #expect(decoder.decode(Decimal.self, from: try document("abc")) == nil)
        #expect(decoder.finish().map(\.description) == ["checks/test.yaml:1:1: error: expected a number, found 'abc'"])
    }

    @Test func aManualUnkeyedDecodeReportsEachPosition() throws {
        struct Pair: Decodable {
            var first: Int
            var second: Int?
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                first = try container.decode(Int.self)
                second = try container.decodeIfPresent(Int.self)
                _ = try container.decode(Int.self)
            }
        }
        let decoder = YAMLDecoder()
        #expect(decoder.decode(Pair.self, from: try document("[1, x]")) == nil)
        #expect(decoder.finish().map(\.description) == [
            "checks/test.yaml:1:1: error: expected more items, found 2",
            "checks/test.yaml:1:5: error: expected an integer for '[1]', found 'x'",
        ])
    }

    @Test func dictionariesAskForAllTheirKeys() throws {
        struct Units: Decodable { var factors: [String: Double] }
        let (value, diagnostics) = try decodeAll(Units.self, from: "factors: {mm: 0.001, cm: 0.01}\n")
        #expect(diagnostics.isEmpty)
        #expect(value?.factors == ["mm": 0.001, "cm": 0.01])
    }
}
