import AuditCore
import Extraction
import Testing

/// Inputs found by fuzzing (Fuzz/run.sh) that once broke an invariant, kept as regressions.
@Suite("Fuzz regressions: extraction")
struct ExtractionFuzzRegressionTests {
    /// fuzz-extractor crash-9ffc3764: a 203-digit number made a NaN value and interval.
    @Test func numbersLongerThanADecimalAreCodesNotValues() {
        let text = SourceText("\n44\u{14}" + String(repeating: "4", count: 203))
        let extracted = FigureExtractor.extract(text)
        #expect(extracted.figures.allSatisfy { $0.value.map { !$0.isNaN } ?? true })
        #expect(extracted.figures.allSatisfy { figure in figure.interval.map { !($0.lower?.isNaN ?? false) } ?? true })
        #expect(extracted.nonFigures.contains { $0.kind == .code && $0.text.count == 203 })
    }
}
