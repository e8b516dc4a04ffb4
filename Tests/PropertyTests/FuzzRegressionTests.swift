import AuditChecks
import AuditCore
import Extraction
import Foundation
import Testing
import YAMLSource

/// Inputs the fuzz targets in Fuzz/ found crashing or breaking an invariant, minimised. Each test
/// names the crash; it fails until the bug is fixed and guards against its return afterwards.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    // fuzz-extractor, "numeral at 4..<207 has a NaN": NumeralDigitAccumulator multiplies a Decimal by
    // 10 per digit, and past Decimal's exponent range (about 166 digits) the value becomes NaN.
    @Test(arguments: [
        String(repeating: "4", count: 170),
        "1" + String(repeating: "0", count: 166) + "户",
        "\n44\u{14}" + String(repeating: "4", count: 203) + "~",
    ])
    func longDigitRunsAreNotReadAsNaN(text: String) {
        let scalars = Array(text.unicodeScalars)
        for reading in NumeralReader.scan(scalars) {
            #expect(!reading.value.isNaN, "numeral at \(reading.range) read as NaN")
        }
        for figure in FigureExtractor.extract(SourceText(text)).figures {
            #expect(figure.value.map { !$0.isNaN } ?? true, "figure '\(figure.text)' has a NaN value")
            #expect(figure.interval.map { !($0.lower?.isNaN ?? false) && !($0.upper?.isNaN ?? false) } ?? true,
                    "figure '\(figure.text)' has a NaN interval")
        }
    }

    /// fuzz-extractor crash-9ffc3764: a 203-digit number made a NaN value and interval.
    @Test func numbersLongerThanADecimalAreCodesNotValues() {
        let text = SourceText("\n44\u{14}" + String(repeating: "4", count: 203))
        let extracted = FigureExtractor.extract(text)
        #expect(extracted.figures.allSatisfy { $0.value.map { !$0.isNaN } ?? true })
        #expect(extracted.figures.allSatisfy { figure in figure.interval.map { !($0.lower?.isNaN ?? false) } ?? true })
        #expect(extracted.nonFigures.contains { $0.kind == .code && $0.text.count == 203 })
    }

    // fuzz-extractor, "figure #5 '1111…1000 余人': interval 1111…00000 is empty": past Decimal's 38
    // significant digits the value is rounded, and value + step (the 余 interval's upper end) rounds
    // back to the value, leaving the open interval (v, v). Same cause as the NaN above.
    @Test(arguments: [
        String(repeating: "1", count: 40) + "余人",
        "全镇共有" + String(repeating: "1", count: 65) + "000 余人。",
    ])
    func approximateFiguresBeyondDecimalPrecisionAreNotEmpty(text: String) {
        Self.expectNoEmptyInterval(in: text)
    }

    /// Every figure extracted from `text` allows at least one value.
    static func expectNoEmptyInterval(in text: String) {
        for figure in FigureExtractor.extract(SourceText(text)).figures {
            guard let interval = figure.interval, let lower = interval.lower, let upper = interval.upper else { continue }
            #expect(lower < upper || (lower == upper && interval.lowerClosed && interval.upperClosed),
                    "figure '\(figure.text)' (\(figure.qualifier)) has the empty interval \(interval)")
        }
    }

    // fuzz-extractor, "figure #2 '0': interval 0 is empty": an at-most qualifier before zero
    // (不足0, 不到0) gives Interval(lower: 0, upper: 0, upperClosed: false) in
    // FigureExtractor.interval(_:lower:qualifier:…), case .atMost: the empty set [0, 0).
    @Test(arguments: ["不足0户", "贫困户不到0户。", "不足0"])
    func atMostZeroIsNotAnEmptyInterval(text: String) {
        Self.expectNoEmptyInterval(in: text)
    }

    // fuzz-yaml, "parse error ...: line 3 outside 1...2": at the end of a text that does not end in a
    // line break libyaml moves its mark to a new line, so the diagnostic names a line the file lacks.
    @Test(arguments: [
        ("\n{", 2),
        ("key: [1, 2", 1),
        ("a: 'unterminated", 1),
    ])
    func parseErrorsAtTheEndPointIntoTheText(text: String, lines: Int) {
        do {
            _ = try YAMLParser.parse(text, path: "fuzz.yaml")
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.mark != nil)
            #expect((error.mark?.line ?? 0) <= lines, "\(error)")
        }
        let (_, diagnostics) = CheckLoader.parse(text: text, path: "fuzz.yaml")
        for diagnostic in diagnostics {
            #expect((diagnostic.mark?.line ?? 0) <= lines, "\(diagnostic)")
        }
    }

    // fuzz-yaml, "parse error 'control characters are not allowed (U+0000)': column 38 outside 1...37"
    // (found under a stricter column bound, since relaxed): libyaml counts NEL, LS and PS as line
    // breaks in its marks, but EventReader.mark(byteOffset:), used for reader errors, counts only
    // LF, CRLF and CR, so after a U+2028 a reader error is a line short of every other mark.
    @Test func readerErrorsCountLinesAsLibyamlDoes() {
        // Node marks: b is on line 2, as libyaml sees it.
        let nodes = try? YAMLParser.parse("a: 1\u{2028}b: 2\n", path: "fuzz.yaml")
        #expect(nodes?.first?.pairs?.last?.key.mark == YAMLMark(line: 2, column: 1))
        do {
            _ = try YAMLParser.parse("a: 1\u{2028}b: 2\nc: \u{0}", path: "fuzz.yaml")
            Issue.record("a NUL parsed")
        } catch {
            #expect(error.mark == YAMLMark(line: 3, column: 4), "\(error)")
        }
    }

    // fuzz-yaml, "Range requires lowerBound <= upperBound" in YearAsCountKind.evaluate: a check with
    // first-year after last-year loaded, and its examples trapped building the range of years.
    @Test func invertedYearLimitsAreAConfigurationError() {
        let text = """
            id: year-as-count
            title: A year used as a count
            kind: year-as-count
            severity: warning
            description: Ask for the true figure.
            first-year: 4518
            last-year: 2035
            examples:
              flag:
                - "2019年,三村贫困户分别为312户、«2019户»、140户。"
            """
        let (checks, diagnostics) = CheckLoader.parse(text: text, path: "fuzz.yaml")
        #expect(checks.isEmpty)
        #expect(diagnostics.map(\.message) == ["'first-year' (4518) is after 'last-year' (2035)"])
    }

    // fuzz-yaml, "node scalar: at 2:1, the line after the last (1)": the null value of "?" (an
    // explicit key at the very end) was placed by libyaml on a line the text does not have.
    @Test(arguments: ["?", "a:", "- ", "[a, "])
    func nodeMarksAtTheEndStayInTheText(text: String) {
        guard let documents = try? YAMLParser.parse(text, path: "fuzz.yaml") else { return }
        var pending = documents
        while let node = pending.popLast() {
            #expect(node.mark.line == 1, "\(text.debugDescription): a node at \(node.mark)")
            pending += (node.items ?? []) + (node.pairs ?? []).flatMap { [$0.key, $0.value] }
        }
    }

    // fuzz-yaml, "loader diagnostic 'in rule: unexpected character …': column 141 outside 1...93":
    // a plain rule folded over two lines was located as if it were all on its first line.
    @Test func ruleErrorsInFoldedOrQuotedScalarsStayInTheFile() {
        let header = "id: r\ntitle: R\nkind: rule\nseverity: error\ndescription: d\n"
        let folded = CheckLoader.parse(text: header + "rule: abs(a - 100 * b / c) <=\n  d $ e\n", path: "r.yaml").diagnostics
        #expect(folded.map(\.mark) == [YAMLMark(line: 6, column: 7)], "\(folded)")
        // In a double-quoted scalar the escape \u0062 (b) takes six columns for one character,
        // so the error at $ is at column 20, not 15.
        let quoted = CheckLoader.parse(text: header + "rule: \"a <= \\u0062 $ c\"\n", path: "r.yaml").diagnostics
        #expect(quoted.map(\.mark) == [YAMLMark(line: 6, column: 20)], "\(quoted)")
    }
}
