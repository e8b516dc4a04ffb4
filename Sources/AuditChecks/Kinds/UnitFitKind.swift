import AuditCore
import Extraction

/// A unit whose dimension does not fit what the label measures.
///
/// ## What it checks
/// For each rule, figures whose label ends with one of the rule's words (within a few
/// characters) must have a unit of one of the rule's dimensions: 发电量 is energy (千瓦时, 度),
/// not power (千瓦); 面积 is an area.
///
/// ## Why it matters
/// A quantity in the wrong unit cannot be compared or added, and often means the number itself
/// was copied from another line.
///
/// ## Example
/// "总发电量240千瓦" gives generated energy in 千瓦, a unit of power.
public enum UnitFitKind: CheckKind {
    /// One label-to-dimension rule.
    public struct Rule: Decodable, Sendable {
        /// Label words that name the measured quantity.
        public var labels: [String]
        /// The dimensions that fit it.
        public var dimensions: [MeasureDimension]
        /// Units to suggest in the message.
        public var expected: String?
    }

    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The rules.
        public var rules: [Rule]
        /// How many characters may stand between the label word and the number; 3 when absent.
        public var maxGap: Int?
        /// Words the characters between the label word and the number must be made of (为, 达,
        /// 累计), so that "可装机架3200架" (racks to install) is not read as 装机; any when absent.
        public var gapWords: [String]?

        enum CodingKeys: String, CodingKey {
            case rules
            case maxGap = "max-gap"
            case gapWords = "gap-words"
        }
    }

    /// Whether `gap` is made of `words` end to end (an empty gap is).
    static func isMade(_ gap: ArraySlice<Unicode.Scalar>, of words: [[Unicode.Scalar]]) -> Bool {
        if gap.isEmpty { return true }
        return words.contains { word in
            gap.starts(with: word) && isMade(gap.dropFirst(word.count), of: words)
        }
    }

    /// Flags figures whose unit's dimension is not one the matching rule allows.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        var results = KindResults()
        let gap = parameters.maxGap ?? 3
        let gapWords = parameters.gapWords?.map { Array($0.unicodeScalars) }
        // The rules' words as scalars, once per document rather than once per figure.
        let ruleWords = parameters.rules.map { rule in rule.labels.map { ($0, Array($0.unicodeScalars)) } }
        // The scalars the rules' words start with: a label holding none of them names no rule's
        // quantity, which is most labels, and is passed over before any array is made of it.
        let firsts = ScalarFilter(ruleWords.joined().compactMap(\.1.first))
        // A percentage ("收入增长9%") fits any label unless a rule asks for one: most are passed over.
        let percentRules = parameters.rules.contains { $0.dimensions.contains(.percent) }
        let figures = input.extracted.figures
        // Fields are read in place; a figure is copied only when it is reported.
        for index in figures.indices where !figures[index].missingNumber {
            guard let dimension = figures[index].dimension, dimension != .percent || percentRules,
                  figures[index].label.unicodeScalars.contains(where: { firsts.contains($0) }) else { continue }
            // Trimmed as scalars: one array per figure, no intermediate String.
            var label = Array(figures[index].label.unicodeScalars)
            while label.last?.isSpace == true { label.removeLast() }
            if label.first?.isSpace == true { label.removeFirst(label.prefix(while: \.isSpace).count) }
            for (rule, words) in zip(parameters.rules, ruleWords) {
                // A percentage of a quantity ("收入增长9%") fits any label unless the rule asks for one.
                if dimension == .percent && !rule.dimensions.contains(.percent) { continue }
                guard let word = words.first(where: { _, scalars in
                    guard let start = ScalarSearch.lastIndex(of: scalars, in: label) else { return false }
                    let end = start + scalars.count
                    return label.count - end <= gap && (gapWords.map { isMade(label[end...], of: $0) } ?? true)
                })?.0 else { continue }
                // A label carried over from the figure before ("里程达186公里，112个村民小组") is not
                // what this figure measures: the label must stand right before it.
                // Spaces between the label and the number ("总面积 84公里") are no gap.
                var offset = figures[index].span.offset
                while offset > 0, input.extracted.text.scalars[offset - 1].isSpace { offset -= 1 }
                guard offset >= label.count,
                      input.extracted.text.scalars[(offset - label.count)..<offset].elementsEqual(label) else { break }
                if !rule.dimensions.contains(dimension) {
                    let figure = figures[index]
                    let wanted = rule.expected ?? rule.dimensions.map(\.rawValue).joined(separator: " or ")
                    results.findings.append(FindingDraft(
                        span: figure.span,
                        variables: [
                            "text": figure.text, "label": word, "unit": figure.unit?.written ?? "",
                            "dimension": dimension.rawValue, "expected": wanted,
                        ],
                        subject: figure.text + " " + figure.label
                    ))
                }
                break
            }
        }
        return results
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "The unit's dimension fits the quantity its label names (发电量 in 千瓦时, 面积 in an area unit).",
        whyItMatters: "A figure in the wrong unit cannot be compared or added, and often hides a copied number.",
        defaultMessage: "{label} is given in {unit}, a unit of {dimension}; expected {expected}",
        placeholders: ["text", "label", "unit", "dimension", "expected"]
    )
}
