import AuditCore
import Extraction

/// Placeholders left where a value or a name should be.
///
/// ## What it checks
/// Runs of placeholder characters (`**`, `＊＊`, `XX`, `××`, `○○`) that a template left behind.
/// The characters and the shortest run that counts are the check's parameters. When the run is
/// part of a number ("22**人"), the finding covers the whole figure and says which values the
/// visible digits still allow.
///
/// ## Why it matters
/// A report submitted with its placeholders still in it was never finished: the masked figure
/// cannot be verified, and every total that depends on it is in doubt.
///
/// ## Example
/// "转移富余劳动力22**人" leaves the last two digits of a head count masked (2200–2299).
public enum MaskedKind: CheckKind {
    /// One kind of placeholder: a set of characters repeated at least `min-run` times.
    public struct Placeholder: Decodable, Sendable {
        /// The characters that form the run, any mixture of them.
        public var characters: String
        /// The shortest run that counts; 2 when absent.
        public var minRun: Int?
        /// When true, a run touching a Latin letter or digit is part of a word, not a placeholder.
        public var standalone: Bool?

        enum CodingKeys: String, CodingKey {
            case characters
            case minRun = "min-run"
            case standalone
        }
    }

    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The placeholder patterns to look for.
        public var placeholders: [Placeholder]
    }

    /// Rejects empty patterns and runs shorter than one.
    public static func validate(_ parameters: Parameters) -> [String] {
        var problems: [String] = []
        if parameters.placeholders.isEmpty { problems.append("'placeholders' must list at least one pattern") }
        for (index, placeholder) in parameters.placeholders.enumerated() {
            if placeholder.characters.isEmpty { problems.append("'placeholders[\(index)].characters' is empty") }
            if let run = placeholder.minRun, run < 1 { problems.append("'placeholders[\(index)].min-run' must be at least 1") }
        }
        return problems
    }

    /// Finds every placeholder run; a run inside a masked figure is reported once, at the figure.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let text = input.extracted.text
        let runs = placeholderRuns(in: text.scalars, patterns: parameters.placeholders)
        var drafts: [FindingDraft] = []
        var reportedFigures: Set<Int> = []
        let masked = input.extracted.figures.enumerated().filter { $0.element.masked }
        for run in runs {
            if let (index, figure) = masked.first(where: { $0.element.span.range.overlaps(run) }) {
                guard reportedFigures.insert(index).inserted else { continue }
                drafts.append(FindingDraft(
                    span: figure.span,
                    variables: [
                        "placeholder": text.string(run), "text": figure.text, "label": figure.label,
                        "allows": allowsPhrase(figure), "where": " in '\(figure.text)'",
                    ],
                    subject: figure.text + " " + figure.label
                ))
                continue
            }
            let placeholder = text.string(run)
            let word = placeholder + contextWord(after: run, in: text)
            drafts.append(FindingDraft(
                span: text.span(run),
                variables: [
                    "placeholder": placeholder, "text": word, "label": "", "allows": "",
                    "where": word == placeholder ? " where a value or name should be" : " in '\(word)'",
                ],
                subject: word
            ))
        }
        return KindResults(findings: drafts)
    }

    /// Scalar ranges of placeholder runs, left to right, longest match first.
    static func placeholderRuns(in scalars: [Unicode.Scalar], patterns: [Placeholder]) -> [Range<Int>] {
        let sets = patterns.map { ScalarFilter($0.characters.unicodeScalars) }
        let any = ScalarFilter(patterns.flatMap { $0.characters.unicodeScalars })
        var runs: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            // Most characters are no placeholder at all: one lookup decides.
            guard any.contains(scalars[index]) else {
                index += 1
                continue
            }
            var matched: Range<Int>?
            for (pattern, set) in zip(patterns, sets) where set.contains(scalars[index]) {
                var end = index
                while end < scalars.count, set.contains(scalars[end]) { end += 1 }
                guard end - index >= (pattern.minRun ?? 2) else { continue }
                if pattern.standalone == true, touchesWord(scalars, index..<end) { continue }
                if matched == nil || end - index > matched!.count { matched = index..<end }
            }
            if let run = matched {
                runs.append(run)
                index = run.upperBound
            } else {
                index += 1
            }
        }
        return runs
    }

    private static func touchesWord(_ scalars: [Unicode.Scalar], _ run: Range<Int>) -> Bool {
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic && scalar.value < 0x3000 || ("0"..."9").contains(scalar)
        }
        if run.lowerBound > 0, isWordScalar(scalars[run.lowerBound - 1]) { return true }
        if run.upperBound < scalars.count, isWordScalar(scalars[run.upperBound]) { return true }
        return false
    }

    /// The word a placeholder stands in: the CJK character after it, past one space ("**镇", "XX 年").
    private static func contextWord(after run: Range<Int>, in text: SourceText) -> String {
        var start = run.upperBound
        if start < text.count, text.scalars[start] == " " { start += 1 }
        var end = start
        while end < text.count, end - start < 1, (0x4E00...0x9FFF).contains(text.scalars[end].value) { end += 1 }
        return end > start ? text.string(run.upperBound..<end) : ""
    }

    private static func allowsPhrase(_ figure: Figure) -> String {
        guard let interval = figure.interval else { return "; its value cannot be recovered" }
        return "; the visible digits allow \(interval)"
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "Placeholder runs such as **, ＊＊, XX or ×× left where a value or a name should be.",
        whyItMatters: "A submission that still holds template placeholders was never finished; its masked figures cannot be verified.",
        defaultMessage: "placeholder '{placeholder}' left{where}{allows}",
        placeholders: ["placeholder", "text", "label", "allows", "where"]
    )
}
