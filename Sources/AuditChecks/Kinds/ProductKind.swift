import AuditCore
import Extraction
import Foundation

/// A per-unit amount times a count that does not give the stated total.
///
/// ## What it checks
/// A per-unit figure (每户, 人均, 每亩) followed in its sentence by a total of the same unit
/// (共计, 合计). The total divided by the per-unit amount implies a count; a count of the per
/// unit (户 for 每户) stated in the same or the previous sentence must match it. With no such
/// count, the implied count must at least be a whole number.
///
/// ## Why it matters
/// "每户1000元 … 共计40000元" with 38 households stated means one of the three figures is wrong.
///
/// ## Example
/// "38户贫困户每户可获得1000元分红,共计40000元" implies 40 households, not 38.
public enum ProductKind: CheckKind {
    /// One per-unit word and the canonical unit of the count it implies.
    public struct PerUnit: Decodable, Sendable {
        /// Words such as 每户, 户均.
        public var words: [String]
        /// The canonical unit of the count, such as 户.
        public var count: String
    }

    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The per-unit words the kind understands.
        public var perUnit: [PerUnit]

        enum CodingKeys: String, CodingKey {
            case perUnit = "per-unit"
        }
    }

    /// Checks each per-unit figure that has a total after it.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let figures = input.extracted.figures
        let text = input.extracted.text
        var results = KindResults()
        for index in figures.indices where figures[index].roles.contains(.perUnit) {
            let each = figures[index]
            guard let rule = parameters.perUnit.first(where: { rule in rule.words.contains { perUnitWord($0, before: each, in: text) } }),
                  let eachInterval = each.interval, let eachLow = eachInterval.lower, eachLow > 0 else { continue }
            guard let totalIndex = figures[(index + 1)...].prefix(while: { $0.sentence == each.sentence })
                .firstIndex(where: { $0.cues.contains(.total) && $0.sameMeasure(as: each) && !$0.roles.contains(.perUnit) }),
                  case let total = figures[totalIndex],
                  let totalInterval = total.interval, let low = totalInterval.lower, let high = totalInterval.upper,
                  let eachHigh = eachInterval.upper else { continue }
            let implied = Interval(lower: low.divided(by: eachHigh), upper: high.divided(by: eachLow))
            let impliedText = implied.isPoint ? Show.plain(implied.lower!) : Show.interval(implied, in: nil)
            // The nearest count before the total, in this sentence or the one before. Figures are in
            // text order, so the search walks back and stops there: a long document stays linear.
            let earliest = previousSentenceStart(index, in: figures)
            var statedCount: Figure?
            var candidateIndex = totalIndex - 1
            while candidateIndex >= 0, figures[candidateIndex].sentence.lowerBound >= earliest {
                let candidate = figures[candidateIndex]
                if candidate.unit?.canonical == rule.count, !candidate.roles.contains(.perUnit), candidate.interval != nil,
                   candidate.span.offset < total.span.offset {
                    statedCount = candidate
                    break
                }
                candidateIndex -= 1
            }
            let arithmetic = "\(Show.figure(total)) ÷ \(Show.figure(each)) = \(impliedText)\(rule.count)"
            // A count from an earlier sentence may count something else: it can confirm, never accuse.
            let sameSentence = statedCount?.sentence == each.sentence
            if let count = statedCount, sameSentence || implied.overlaps(count.interval!) {
                if implied.overlaps(count.interval!) {
                    results.verified.append(VerificationDraft(
                        span: total.span, message: "\(each.text) × \(count.text) = \(total.text)", related: [each.span, count.span],
                        arithmetic: arithmetic
                    ))
                } else {
                    results.findings.append(FindingDraft(
                        span: total.span,
                        variables: ["each": each.text, "total": total.text, "implied": impliedText + rule.count, "count": count.text],
                        related: [each.span, count.span], arithmetic: arithmetic + " ≠ \(count.text)",
                        subject: total.text + " " + each.text
                    ))
                }
            } else if containsWholeNumber(implied) {
                // Only the implied count is checked: say so, so that no reader takes it for a count confirmed.
                let message = "\(each.text) each and \(total.text) in all imply \(impliedText)\(rule.count), a whole number; "
                    + "no \(rule.count) count is stated to compare"
                results.verified.append(VerificationDraft(
                    span: total.span, message: message,
                    related: [each.span], arithmetic: arithmetic
                ))
            } else {
                results.findings.append(FindingDraft(
                    span: total.span,
                    variables: ["each": each.text, "total": total.text, "implied": impliedText + rule.count, "count": "a whole number"],
                    severity: .warning, related: [each.span], arithmetic: arithmetic, subject: total.text + " " + each.text
                ))
            }
        }
        return results
    }

    private static func perUnitWord(_ word: String, before figure: Figure, in text: SourceText) -> Bool {
        let clause = text.string(figure.clause.lowerBound..<figure.span.offset)
        return clause.containsText(word)
    }

    /// Where the sentence of the last figure before figure `index`'s sentence starts, or that
    /// sentence's own start when no figure comes before it.
    private static func previousSentenceStart(_ index: Int, in figures: [Figure]) -> Int {
        let start = figures[index].sentence.lowerBound
        var earlier = index - 1
        while earlier >= 0 {
            if figures[earlier].sentence.upperBound <= start { return figures[earlier].sentence.lowerBound }
            earlier -= 1
        }
        return start
    }

    private static func containsWholeNumber(_ interval: Interval) -> Bool {
        guard let low = interval.lower, let high = interval.upper else { return true }
        var copy = low
        var ceiling = Decimal()
        NSDecimalRound(&ceiling, &copy, 0, .up)
        return ceiling < high || (ceiling == high && interval.upperClosed) || (ceiling == low && interval.lowerClosed)
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A per-unit amount times its count gives the stated total (每户1000元 … 共计40000元).",
        whyItMatters: "When per-unit amount, count and total disagree, one of the three figures is wrong.",
        defaultMessage: "{total} at {each} each implies {implied}, but the text gives {count}",
        placeholders: ["each", "total", "implied", "count"]
    )
}
