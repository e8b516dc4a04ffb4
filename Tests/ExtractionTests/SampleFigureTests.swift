import AuditCore
import Extraction
import Foundation
import Testing

/// Every figure of samples 000 (traditional) and 004 (a template with masks), checked by hand:
/// value, unit, qualifier, masking and position.
@Suite("Sample figures")
struct SampleFigureTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("samples")
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    static func row(_ figure: Figure) -> String {
        let interval = figure.interval.map { interval in
            let low = interval.lower.map { "\($0)" } ?? "-inf"
            let high = interval.upper.map { "\($0)" } ?? "inf"
            return "\(interval.lowerClosed ? "[" : "(")\(low), \(high)\(interval.upperClosed ? "]" : ")")"
        } ?? "-"
        return [
            "\(figure.span.line):\(figure.span.column)", figure.text, figure.value.map { "\($0)" } ?? "-",
            figure.unit?.written ?? "-", figure.qualifier.rawValue, figure.masked ? "masked" : "-",
            figure.missingNumber ? "missing" : "-", interval,
        ].joined(separator: "\t")
    }

    @Test("every figure of the sample, as checked by hand", arguments: ["000_43f2397483f64058", "004_c7e41200c982c48f"])
    func sample(_ id: String) throws {
        let text = try String(contentsOf: Self.samples.appendingPathComponent("\(id).txt"), encoding: .utf8)
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("\(id).tsv"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        let source = SourceText(text)
        let figures = FigureExtractor.extract(source).figures
        let actual = figures.map(Self.row)
        #expect(actual.count == expected.count)
        for (got, want) in zip(actual, expected) {
            #expect(got == want)
        }
        // The position of each figure is exactly its text.
        for figure in figures {
            #expect(source.string(figure.span.range) == figure.text)
        }
    }
}
