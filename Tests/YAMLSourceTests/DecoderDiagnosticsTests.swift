import Foundation
import Testing
@testable import YAMLSource

@Suite struct DecoderDiagnosticsTests {
    @Test func collectsEveryProblemOfAFileInLineOrder() throws {
        let text = """
            checks:
              - id: totals
                title: Totals add up
                tolerence: 0.5
              - id: units
                title: [not, a, string]
              - title: No id here
                zzz: 1
              - id: sev
                title: Severity
                severity: erorr
                patterns: total

            """
        let (value, diagnostics) = try decodeAll(CheckFile.self, from: text)
        #expect(value == nil)
        #expect(diagnostics == [
            "checks/test.yaml:4:5: error: unknown key 'tolerence' (did you mean 'tolerance'?)",
            "checks/test.yaml:6:12: error: expected a string for 'checks[1].title', found a sequence",
            "checks/test.yaml:7:5: error: missing required key 'checks[2].id'",
            "checks/test.yaml:8:5: error: unknown key 'zzz'",
            "checks/test.yaml:11:15: error: invalid value 'erorr' for 'checks[3].severity' (expected one of: error, warning, info)",
            "checks/test.yaml:12:15: error: expected a sequence for 'checks[3].patterns', found a scalar",
        ])
    }

    @Test func reportsAMissingRequiredKeyAtTheMapping() throws {
        let (value, diagnostics) = try decodeAll(Check.self, from: "title: T\n")
        #expect(value == nil)
        #expect(diagnostics == ["checks/test.yaml:1:1: error: missing required key 'id'"])
    }

    @Test func countsColumnsInUnicodeScalarsOnLinesWithChineseText() throws {
        struct Wrapper: Decodable { var labels: Fields; var more: Fields }
        let text = "labels: {标题: 一, tolerence: 2}\nmore: {examples: {flag: [是, {x: 1}]}}\n"
        let (_, diagnostics) = try decodeAll(Wrapper.self, from: text)
        #expect(diagnostics == [
            "checks/test.yaml:1:10: error: unknown key '标题'",
            "checks/test.yaml:1:17: error: unknown key 'tolerence' (did you mean 'tolerance'?)",
            "checks/test.yaml:2:29: error: expected a string for 'more.examples.flag[1]', found a mapping",
        ])
    }

    @Test func twoPassesOverOneMappingShareTheirKeys() throws {
        struct Common: Decodable { var id: String; var kind: String }
        struct Parameters: Decodable { var tolerance: Decimal; var unit: String? }
        let node = try document("id: sum\nkind: total\ntolerance: 0.1\nunit: mm\nextra: 1\n")

        let decoder = YAMLDecoder()
        let common = decoder.decode(Common.self, from: node)
        let parameters = decoder.decode(Parameters.self, from: node)
        #expect(common?.kind == "total")
        #expect(parameters?.tolerance == Decimal(string: "0.1"))
        #expect(decoder.finish().map(\.description) == ["checks/test.yaml:5:1: error: unknown key 'extra'"])

        let onePass = YAMLDecoder()
        _ = onePass.decode(Common.self, from: node)
        #expect(onePass.finish().map(\.message) == ["unknown key 'tolerance'", "unknown key 'unit'", "unknown key 'extra'"])
    }

    @Test func aRawNodePropertyKeepsItsSubtreeAndHidesItsKeys() throws {
        struct Raw: Decodable { var id: String; var parameters: YAMLNode }
        let (value, diagnostics) = try decodeAll(Raw.self, from: "id: x\nparameters:\n  anything: {goes: here}\n")
        #expect(diagnostics.isEmpty)
        #expect(value?.parameters["anything"]?["goes"]?.scalar == "here")
        #expect(value?.parameters.mark == YAMLMark(line: 3, column: 3))
    }

    @Test func keysAfterAFailedRequiredKeyAreNotCalledUnknown() throws {
        let (_, diagnostics) = try decodeAll(Check.self, from: "id: [x]\ntitle: T\nseverity: info\ntolerance: 1\npatterns: []\ntypo: 1\n")
        #expect(diagnostics == [
            "checks/test.yaml:1:5: error: expected a string for 'id', found a sequence",
            "checks/test.yaml:6:1: error: unknown key 'typo'",
        ])
    }

    @Test func anAliasedMappingReportsItsUnknownKeyOnceAtTheAnchor() throws {
        struct Pair: Decodable { var first: Examples; var second: Examples }
        let (value, diagnostics) = try decodeAll(Pair.self, from: "first: &e {flag: [a], extra: 1}\nsecond: *e\n")
        #expect(value?.second == Examples(flag: ["a"]))
        #expect(diagnostics == ["checks/test.yaml:1:23: error: unknown key 'extra'"])
    }

    @Test func recordsTheSameProblemOnce() throws {
        let node = try document("id: x\ntitle: [a]\n")
        let decoder = YAMLDecoder()
        #expect(decoder.decode(Check.self, from: node) == nil)
        #expect(decoder.decode(Check.self, from: node) == nil)
        #expect(decoder.finish().map(\.description) == ["checks/test.yaml:2:8: error: expected a string for 'title', found a sequence"])
        #expect(decoder.finish().count == 1)
    }

    @Test func reportsAKeyThatIsACollection() throws {
        let (_, diagnostics) = try decodeAll(Fields.self, from: "{[a]: 1}")
        #expect(diagnostics == ["checks/test.yaml:1:2: error: expected a scalar key, found a sequence"])
    }

    @Test func aTypesOwnValidationBecomesADiagnosticAtItsNode() throws {
        struct Positive: Decodable {
            var value: Int
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                value = try container.decode(Int.self)
                guard value > 0 else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "must be positive")
                }
            }
        }
        struct Limits: Decodable { var count: Positive?; var other: Positive? }
        let (value, diagnostics) = try decodeAll(Limits.self, from: "count: -3\nother: 4\n")
        #expect(value?.other?.value == 4)
        #expect(diagnostics == ["checks/test.yaml:1:8: error: invalid value '-3' for 'count': must be positive"])
    }

    @Test func theMessageFormatHasNoMarkWhenThereIsNone() {
        let unplaced = YAMLDiagnostic(path: "a.yaml", mark: nil, message: "cannot read file: gone")
        let warning = YAMLDiagnostic(path: "a.yaml", mark: YAMLMark(line: 2, column: 3), message: "odd", severity: .warning)
        #expect(unplaced.description == "a.yaml: error: cannot read file: gone")
        #expect(warning.description == "a.yaml:2:3: warning: odd")
        #expect(YAMLDiagnostics([unplaced, warning]).description == "a.yaml: error: cannot read file: gone\na.yaml:2:3: warning: odd")
    }
}
