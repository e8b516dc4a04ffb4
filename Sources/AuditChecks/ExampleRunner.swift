import AuditCore
import Extraction

/// Runs a check's examples: each `flag` text must produce a finding overlapping its «marked» span,
/// each `pass` text must produce none. Used by the test suite and by `figaudit checks lint`.
public enum ExampleRunner {
    /// Whether an example must flag or pass.
    public enum Expectation: String, Sendable {
        /// The check must report a finding at the marked span.
        case flag
        /// The check must report nothing.
        case pass
    }

    /// The outcome of one example.
    public struct Outcome: Sendable, CustomStringConvertible {
        /// The check id.
        public var check: String
        /// What the example expects.
        public var expectation: Expectation
        /// The example text as written, markers included.
        public var example: String
        /// Why it failed, or nil when it behaved as declared.
        public var problem: String?

        /// `check-id flag example: problem`.
        public var description: String {
            "\(check) \(expectation.rawValue) \"\(example)\": \(problem ?? "ok")"
        }
    }

    /// The open and close markers of a flagged span.
    public static let markers: (open: Unicode.Scalar, close: Unicode.Scalar) = ("«", "»")

    /// Runs every example of `check`, with `prefix` put before each text (to catch column bugs).
    public static func run(_ check: Check, prefix: String = "") -> [Outcome] {
        var outcomes: [Outcome] = []
        for example in check.header.examples?.flag ?? [] {
            outcomes.append(runOne(check, example, .flag, prefix: prefix))
        }
        for example in check.header.examples?.pass ?? [] {
            outcomes.append(runOne(check, example, .pass, prefix: prefix))
        }
        return outcomes
    }

    /// The text without markers, and the scalar ranges the markers enclosed.
    public static func stripMarkers(_ text: String) -> (text: String, marked: [Range<Int>]) {
        var plain = String.UnicodeScalarView()
        var marked: [Range<Int>] = []
        var open: Int?
        for scalar in text.unicodeScalars {
            if scalar == markers.open {
                open = plain.count
            } else if scalar == markers.close, let start = open {
                marked.append(start..<plain.count)
                open = nil
            } else {
                plain.append(scalar)
            }
        }
        return (String(plain), marked)
    }

    private static func runOne(_ check: Check, _ example: String, _ expectation: Expectation, prefix: String) -> Outcome {
        let (plain, marked) = stripMarkers(example)
        let shift = prefix.unicodeScalars.count
        let text = SourceText(prefix + plain)
        let extracted = check.header.kind.readsTables
            ? TableReader.read(text, tabs: plain.contains("\t"))
            : FigureExtractor.extract(text)
        let results = check.evaluate(CheckInput(path: "example.txt", extracted: extracted))
        let spans = results.findings.compactMap(\.span)
        var problem: String?
        switch expectation {
        case .flag:
            if marked.isEmpty {
                problem = "a flag example must mark the flagged text with «…»"
            } else if results.findings.isEmpty {
                problem = "expected a finding, got none"
            } else {
                for range in marked {
                    let shifted = (range.lowerBound + shift)..<(range.upperBound + shift)
                    guard spans.contains(where: { $0.range.overlaps(shifted) || ($0.length == 0 && shifted.contains($0.offset)) }) else {
                        let got = spans.map { text.string($0.range) }.joined(separator: "', '")
                        problem = "expected a finding at '\(text.string(shifted))', got '\(got)'"
                        break
                    }
                }
            }
        case .pass:
            if !results.findings.isEmpty {
                let got = spans.map { text.string($0.range) }.joined(separator: "', '")
                problem = "expected no finding, got '\(got)'"
            }
        }
        return Outcome(check: check.id, expectation: expectation, example: example, problem: problem)
    }
}
