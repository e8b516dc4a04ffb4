import AuditCore
import Extraction

/// Two measure words after one number.
///
/// ## What it checks
/// A figure's unit directly followed by another measure word of the same kind ("158人名"),
/// from a list of pairs that cannot be a unit followed by an ordinary word.
///
/// ## Why it matters
/// It is a typing slip, and sometimes the trace of an edit that changed one figure but not its
/// unit; a reviewer should confirm which count was meant.
///
/// ## Example
/// "吸纳158人名建档立卡贫困劳动力" writes both 人 and 名 after 158.
public enum DuplicateUnitKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Unit pairs written together, e.g. `人名`, `个个`.
        public var pairs: [String]
        /// Characters after the pair that make it a word instead (户户均 is 户 + 户均).
        public var exceptBefore: [String]?

        enum CodingKeys: String, CodingKey {
            case pairs
            case exceptBefore = "except-before"
        }
    }

    /// Each pair must be two characters or more.
    public static func validate(_ parameters: Parameters) -> [String] {
        parameters.pairs.filter { $0.unicodeScalars.count < 2 }.map { "pair '\($0)' must have two measure words" }
    }

    /// Flags figures whose unit is the first half of a listed pair written in full.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let scalars = input.extracted.text.scalars
        var results = KindResults()
        // The pairs as scalars, once per document rather than once per figure.
        let pairs = parameters.pairs.map { Array($0.unicodeScalars) }
        // The second words of the pairs: a figure followed by none of them needs no closer look.
        let seconds = Set(pairs.compactMap { $0.count >= 2 ? $0[1] : nil })
        let everyPairHasTwo = pairs.allSatisfy { $0.count >= 2 }
        let figures = input.extracted.figures
        for index in figures.indices where !figures[index].missingNumber {
            let end = figures[index].span.end
            if everyPairHasTwo, end >= scalars.count || !seconds.contains(scalars[end]) { continue }
            let figure = figures[index]
            guard let unit = figure.unit?.written, let lastUnitScalar = unit.unicodeScalars.last else { continue }
            for pairScalars in pairs {
                guard pairScalars.first == lastUnitScalar else { continue }
                let rest = pairScalars.dropFirst()
                guard end + rest.count <= scalars.count, Array(scalars[end..<(end + rest.count)]) == Array(rest) else { continue }
                let after = end + rest.count < scalars.count ? String(scalars[end + rest.count]) : ""
                if let except = parameters.exceptBefore, except.contains(after) { continue }
                let range = figure.span.offset..<(end + rest.count)
                results.findings.append(FindingDraft(
                    span: input.extracted.text.span(range),
                    variables: ["text": input.extracted.text.string(range), "first": String(lastUnitScalar), "second": String(String.UnicodeScalarView(rest))],
                    subject: input.extracted.text.string(range) + " " + figure.label
                ))
                break
            }
        }
        return results
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "Two measure words written after one number, such as 158人名.",
        whyItMatters: "A doubled unit is a typing slip or a half-done edit; the intended count is uncertain.",
        defaultMessage: "'{text}' has two measure words ({first} and {second}) after one number",
        placeholders: ["text", "first", "second"]
    )
}
