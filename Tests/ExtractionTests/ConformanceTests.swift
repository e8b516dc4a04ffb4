import Extraction
import Foundation
import Testing

// Conformance of `NumeralReader.scan` against the Chinese number and percentage specs of Microsoft
// Recognizers-Text (MIT; see Fixtures/conformance/README.md and NOTICE.md).
//
// How a case is judged
// - Every in-scope case of the categories `number`, `number-decimal`, `number-fraction`,
//   `number-negative`, `percentage` and `percentage-negative` is run with `scan` over the whole input.
//   `percentage-cheng` (X成) belongs to the unit layer and is not run.
// - Spans: the spec's offsets are inclusive; a reading with range a..<b has start a and end b - 1.
//   The spec counts UTF-16 units; every input is in the Basic Multilingual Plane, so they equal our
//   scalar indices (checked).
// - Values agree within a relative tolerance of 1e-9 (the spec cuts repeating decimals).
// - Positive cases pass when the multiset of expected (start, end, value) equals ours.
//   Negative cases pass when `scan` yields nothing.
// - Rule "suffix": upstream NumberModel leaves 余/多 out of some spans (`四百多` → `四百`) and
//   reports only the numeral of `X个百分点`. Our reading covers them. When our reading is approximate
//   or a percentage-point reading and ends after the expected end, it matches on start and value.
// - Rule "percent sign": `%`/`％` belongs to the unit layer, so the reader stops before it. In
//   percentage cases a reading directly followed by the sign stands for X% with its span extended over
//   the sign; in number cases such readings are set aside, as NumberModel leaves them to PercentModel.
// - Percentage cases compare only percent-like readings (percent form, fraction, or rule "percent
//   sign"), in percent units: 百分之X and X个百分点 → X, 千分之X → X/10, 万分之X → X/100,
//   a fraction → 100 × value (百万分之五 → 0.0005). PercentModel reports nothing else.

/// Cases that are not run, by spec file and `spec_index`, each with the reason.
///
/// Empty at present: with the two comparison rules above every case of the six categories is run.
/// Two pass through documented choices of the reader rather than through the spec's own reasoning:
/// NumberModel 323 (`陽光九九`: two Chinese digits in a row are read as a range or idiom, never as
/// 99) and PercentModel 94 (`五百分之2.2`: a fraction with a decimal numerator is read as nothing).
let numeralConformanceOutOfScope: [String: [Int: String]] = [
    "NumberModel.json": [:],
    "PercentModel.json": [:],
]

/// The categories run by the conformance test.
let numeralConformanceCategories: Set<String> = [
    "number", "number-decimal", "number-fraction", "number-negative", "percentage", "percentage-negative",
]

/// One line of `recognizers-text-zh.jsonl`.
struct NumeralConformanceCase: Decodable, Sendable {
    /// One expected extraction.
    struct Expected: Decodable, Sendable {
        let text: String
        let value: Double?
        let unit: String?
        let type: String
        let start: Int
        let end: Int
    }

    let source: String
    let specIndex: Int
    let category: String
    let input: String
    let expected: [Expected]

    enum CodingKeys: String, CodingKey {
        case source, category, input, expected
        case specIndex = "spec_index"
    }

    /// The spec file name, such as `NumberModel.json`.
    var specFile: String { String(source.split(separator: "/").last ?? "") }

    /// A short name for messages.
    var label: String { "\(specFile.replacingOccurrences(of: "Model.json", with: ""))#\(specIndex)" }

    var isPercentage: Bool { category.hasPrefix("percentage") }
}

/// An extraction in the spec's terms: inclusive span and value.
struct NumeralConformanceItem: CustomStringConvertible {
    let start: Int
    let end: Int
    let value: Double
    /// True when the item may match an expected item that ends earlier (rule "suffix").
    let mayExtendPastEnd: Bool

    var description: String { "[\(start),\(end)] \(value)" }
}

enum NumeralConformance {
    static func loadCases(_ name: String) throws -> [NumeralConformanceCase] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent("conformance").appendingPathComponent(name)
        let data = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try data.split(separator: "\n").map {
            try decoder.decode(NumeralConformanceCase.self, from: Data($0.utf8))
        }
    }

    static func doubleValue(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    /// Our readings of a case, turned into the spec's terms by the rules above.
    static func items(for testCase: NumeralConformanceCase) -> [NumeralConformanceItem] {
        let scalars = Array(testCase.input.unicodeScalars)
        let readings = NumeralReader.scan(scalars, in: 0..<scalars.count)
        return readings.compactMap { reading in
            let next = reading.range.upperBound < scalars.count ? scalars[reading.range.upperBound] : " "
            let percentSign = next == "%" || next == "％"
            let value = doubleValue(reading.value)
            if testCase.isPercentage {
                let percentValue: Double
                if percentSign {
                    percentValue = value
                } else if reading.isFraction {
                    percentValue = value * 100
                } else {
                    switch reading.percent {
                    case .percent?, .percentagePoint?: percentValue = value
                    case .perMille?: percentValue = value / 10
                    case .perTenThousand?: percentValue = value / 100
                    case nil: return nil
                    }
                }
                let end = reading.range.upperBound - 1 + (percentSign ? 1 : 0)
                return NumeralConformanceItem(start: reading.range.lowerBound, end: end, value: percentValue,
                                              mayExtendPastEnd: false)
            }
            if percentSign { return nil }
            return NumeralConformanceItem(
                start: reading.range.lowerBound, end: reading.range.upperBound - 1, value: value,
                mayExtendPastEnd: reading.approximation == .moreThan || reading.percent == .percentagePoint)
        }
    }

    /// True when `ours` matches `expected` one to one.
    static func matches(_ ours: [NumeralConformanceItem], _ expected: [NumeralConformanceCase.Expected]) -> Bool {
        guard ours.count == expected.count else { return false }
        var unused = ours
        for item in expected {
            guard let value = item.value,
                  let index = unused.firstIndex(where: {
                      $0.start == item.start && close($0.value, value)
                          && ($0.end == item.end || ($0.mayExtendPastEnd && $0.end > item.end))
                  })
            else { return false }
            unused.remove(at: index)
        }
        return true
    }
}

@Suite("Numeral conformance (Recognizers-Text zh)")
struct NumeralConformanceTests {
    @Test("scan agrees with the Chinese number and percentage specs")
    func numbersAndPercentages() throws {
        let cases = try NumeralConformance.loadCases("recognizers-text-zh.jsonl")
        var inScope: [NumeralConformanceCase] = []
        var skipped = 0
        for testCase in cases where numeralConformanceCategories.contains(testCase.category) {
            if numeralConformanceOutOfScope[testCase.specFile]?[testCase.specIndex] != nil {
                skipped += 1
            } else {
                inScope.append(testCase)
            }
        }
        #expect(inScope.count > 300)

        var passedByCategory: [String: Int] = [:]
        var totalByCategory: [String: Int] = [:]
        var failures: [String] = []
        for testCase in inScope {
            #expect(testCase.input.unicodeScalars.allSatisfy { $0.value < 0x10000 }, "\(testCase.label)")
            let ours = NumeralConformance.items(for: testCase)
            let passed = testCase.expected.isEmpty
                ? NumeralReader.scan(Array(testCase.input.unicodeScalars)).isEmpty
                : NumeralConformance.matches(ours, testCase.expected)
            totalByCategory[testCase.category, default: 0] += 1
            if passed {
                passedByCategory[testCase.category, default: 0] += 1
            } else {
                let expected = testCase.expected.map { "[\($0.start),\($0.end)] \($0.value ?? .nan) \($0.text)" }
                let actual = testCase.expected.isEmpty
                    ? NumeralReader.scan(Array(testCase.input.unicodeScalars)).map { "\($0.range) \($0.value)" }
                    : ours.map(\.description)
                failures.append("\(testCase.label) [\(testCase.category)] \(testCase.input)\n"
                    + "    expected: \(expected.joined(separator: "; "))\n"
                    + "    actual:   \(actual.joined(separator: "; "))")
            }
        }
        let passed = passedByCategory.values.reduce(0, +)
        let rate = Double(passed) / Double(inScope.count)
        var report = "Numeral conformance: \(passed)/\(inScope.count) passed (\(String(format: "%.1f", rate * 100))%), "
            + "\(skipped) out of scope\n"
        for category in totalByCategory.keys.sorted() {
            report += "  \(category): \(passedByCategory[category, default: 0])/\(totalByCategory[category]!)\n"
        }
        if !failures.isEmpty { report += "Failures:\n" + failures.joined(separator: "\n") + "\n" }
        print(report)
        #expect(rate >= 0.95, "\(report)")
    }

    @Test("余/多/几 numerals open the ranges of NumberRangeModel")
    func approximateRanges() throws {
        struct Bound: Decodable { let text: String; let lower: Double?; let start: Int; let end: Int }
        struct Line: Decodable { let input: String; let expected: [Bound] }
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent("conformance/recognizers-text-zh-numberrange.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Line.self, from: Data($0.utf8))
        }
        // Only the ranges made by 余/多/几 alone; 以上, 之间 and the like belong to the qualifier layer.
        let approximate = lines.filter { line in
            line.expected.count == 1
                && !line.expected[0].text.unicodeScalars.contains { "以上下至少最或者更超过".unicodeScalars.contains($0) }
                && line.expected[0].text.unicodeScalars.contains { "余多几幾".unicodeScalars.contains($0) }
        }
        #expect(approximate.count >= 10)
        for line in approximate {
            let expected = line.expected[0]
            let reading = NumeralReader.scan(Array(line.input.unicodeScalars)).first {
                $0.range.lowerBound == expected.start
            }
            #expect(reading?.approximation == .moreThan, "\(line.input)")
            #expect(reading?.range.upperBound == expected.end + 1, "\(line.input)")
            if let reading, let lower = expected.lower {
                #expect(NumeralConformance.close(NumeralConformance.doubleValue(reading.value), lower), "\(line.input)")
            }
        }
    }
}
