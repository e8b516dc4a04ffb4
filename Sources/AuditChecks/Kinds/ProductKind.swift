import AuditCore
import Extraction
import Foundation

/// A per-unit amount times a count that does not give the stated total.
///
/// ## What it checks
/// A per-unit figure (每户, 人均, 每亩) followed in its sentence by a total of the same unit. The
/// total is the first later figure of that unit that has a total cue (共计, 合计) or whose label
/// says it was paid out (发放, 支出, 分红). The total divided by the per-unit amount implies a
/// count; a count of the per unit (户 for 每户) stated in the same or the previous sentence must
/// match it. With no such count, the implied count must at least be a whole number.
///
/// A per-unit amount per period (每人每月, 每生每天) is multiplied by the number of periods: a
/// stated count of days or months in the sentence, or twelve months for a total of the whole
/// year (全年).
///
/// A total without a total cue is compared only with a count stated in its own sentence. A total
/// is reported only when the count it implies is within a factor of two of the stated one: an
/// amount that far off is taken for another quantity (各类补助资金), not a slip.
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
        /// Other canonical units a count may have, such as 人次 for 人均.
        public var alsoCounts: [String] = []

        enum CodingKeys: String, CodingKey {
            case words, count
            case alsoCounts = "also-counts"
        }

        /// Decodes a per-unit entry; `also-counts` is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            words = try container.decode([String].self, forKey: .words)
            count = try container.decode(String.self, forKey: .count)
            alsoCounts = try container.decodeIfPresent([String].self, forKey: .alsoCounts) ?? []
        }

        func counts(_ figure: Figure) -> Bool {
            guard let canonical = figure.unit?.canonical else { return false }
            return canonical == count || alsoCounts.contains(canonical)
        }
    }

    /// A period a per-unit amount is paid for (每月), and how many of them a year holds.
    public struct Period: Decodable, Sendable {
        /// Words such as 每月, 月均, after the per-unit word.
        public var words: [String]
        /// The canonical unit of a stated number of periods, such as 月 for 6个月.
        public var unit: String
        /// How many periods a year holds, when a total of the whole year gives no count of them.
        public var perYear: Decimal?

        enum CodingKeys: String, CodingKey {
            case words, unit
            case perYear = "per-year"
        }
    }

    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The per-unit words the kind understands.
        public var perUnit: [PerUnit]
        /// Periods a per-unit amount may be paid for.
        public var periods: [Period]
        /// Words in a total's label that say it was paid out, for totals without 共计.
        public var totalWords: [String]
        /// Words in a total's label that make it a total of the whole year.
        public var yearWords: [String]

        enum CodingKeys: String, CodingKey {
            case perUnit = "per-unit"
            case periods
            case totalWords = "total-words"
            case yearWords = "year-words"
        }

        /// Decodes the parameters; all but `per-unit` are optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            perUnit = try container.decode([PerUnit].self, forKey: .perUnit)
            periods = try container.decodeIfPresent([Period].self, forKey: .periods) ?? []
            totalWords = try container.decodeIfPresent([String].self, forKey: .totalWords) ?? []
            yearWords = try container.decodeIfPresent([String].self, forKey: .yearWords) ?? []
        }
    }

    /// The stated count times the per-unit amount and its periods, in the total's written unit.
    private static func product(_ count: Figure, _ each: Figure, periods: Decimal, in total: Figure) -> String? {
        guard let countValue = count.value, let eachValue = each.value else { return nil }
        return Show.value(countValue.multiplied(by: eachValue).multiplied(by: periods), in: total.unit)
    }

    /// Checks each per-unit figure that has a total after it.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let figures = input.extracted.figures
        let text = input.extracted.text
        var results = KindResults()
        for index in figures.indices where figures[index].roles.contains(.perUnit) {
            let each = figures[index]
            guard let rule = parameters.perUnit.first(where: { rule in rule.words.contains { perUnitWord($0, before: each, in: text) } }),
                  let eachInterval = each.interval, let eachLow = eachInterval.lower, eachLow > 0,
                  let eachHigh = eachInterval.upper else { continue }
            let sentence = figures[(index + 1)...].prefix(while: { $0.sentence == each.sentence })
            guard let totalIndex = sentence.firstIndex(where: { isTotal($0, of: each, parameters: parameters) }),
                  case let total = figures[totalIndex],
                  let totalInterval = total.interval, let low = totalInterval.lower, let high = totalInterval.upper,
                  let periods = periodCount(of: index, total: total, in: figures, parameters: parameters, text: text)
            else { continue }
            let cued = total.cues.contains(.total)
            let implied = Interval(
                lower: low.divided(by: eachHigh.multiplied(by: periods.count)),
                upper: high.divided(by: eachLow.multiplied(by: periods.count))
            )
            let impliedText = implied.isPoint ? Show.plain(implied.lower!) : Show.count(implied)
            let statedCount = statedCount(before: totalIndex, of: rule, each: index, implied: implied, in: figures)
            let times = periods.text.map { " × \($0)" } ?? ""
            let divisor = periods.text == nil ? Show.figure(each) : "(\(Show.figure(each))\(times))"
            let arithmetic = "\(Show.figure(total)) ÷ \(divisor) = \(impliedText)\(rule.count)"
            // A count from an earlier sentence may count something else: it can confirm, never accuse.
            let sameSentence = statedCount?.sentence == each.sentence
            if let count = statedCount, sameSentence || implied.overlaps(count.interval!) {
                if implied.overlaps(count.interval!) {
                    results.verified.append(VerificationDraft(
                        span: total.span, message: "\(each.text)\(times) × \(count.text) = \(total.text)",
                        related: [each.span, count.span], arithmetic: arithmetic
                    ))
                } else if withinFactorOfTwo(implied, count.interval!) {
                    results.findings.append(FindingDraft(
                        span: total.span,
                        variables: ["each": each.text + times, "total": total.text, "implied": impliedText + rule.count, "count": count.text],
                        related: [each.span, count.span], arithmetic: arithmetic + " ≠ \(count.text)",
                        hint: product(count, each, periods: periods.count, in: total).map {
                            "the other way round, \(count.text) × \(Show.figure(each))\(times) = \($0), not \(total.text): either may be wrong"
                        },
                        subject: total.text + " " + each.text
                    ))
                }
            } else if !cued {
                // A total without 共计 and with no count of its own sentence confirms nothing.
                continue
            } else if containsWholeNumber(implied) {
                // Only the implied count is checked: say so, so that no reader takes it for a count confirmed.
                let message = "\(each.text)\(times) each and \(total.text) in all imply \(impliedText)\(rule.count), a whole number; "
                    + "no \(rule.count) count is stated to compare"
                results.verified.append(VerificationDraft(
                    span: total.span, message: message,
                    related: [each.span], arithmetic: arithmetic
                ))
            } else {
                results.findings.append(FindingDraft(
                    span: total.span,
                    variables: ["each": each.text + times, "total": total.text, "implied": impliedText + rule.count, "count": "a whole number"],
                    severity: .warning, related: [each.span], arithmetic: arithmetic, subject: total.text + " " + each.text
                ))
            }
        }
        return results
    }

    /// Whether `figure` may be the total of the per-unit amount `each`: the same measure, not a
    /// per-unit amount or an earlier value itself, and cued as a total or labelled as paid out.
    private static func isTotal(_ figure: Figure, of each: Figure, parameters: Parameters) -> Bool {
        guard figure.sameMeasure(as: each), !figure.roles.contains(.perUnit) else { return false }
        if figure.cues.contains(.total) { return true }
        return !figure.isFromValue && figure.labelContains(any: parameters.totalWords)
    }

    /// The count to compare with, among the counts of the rule's unit before the total, in the
    /// per-unit figure's sentence or the one before: one that matches the implied count, else the
    /// nearest that shares a word with the per-unit amount's label (孤儿96名、事实无人抚养儿童218名，
    /// 孤儿按每人每月…), else the nearest. Figures are in text order, so the
    /// search walks back and stops there: a long document stays linear.
    private static func statedCount(
        before totalIndex: Int, of rule: PerUnit, each index: Int, implied: Interval, in figures: [Figure]
    ) -> Figure? {
        let earliest = previousSentenceStart(index, in: figures)
        let totalOffset = figures[totalIndex].span.offset
        var counts: [Int] = []
        var candidateIndex = totalIndex - 1
        // Fields are read in place: binding a whole Figure copies (and retains) all of its strings.
        while candidateIndex >= 0, figures[candidateIndex].sentence.lowerBound >= earliest {
            if rule.counts(figures[candidateIndex]), !figures[candidateIndex].roles.contains(.perUnit),
               let interval = figures[candidateIndex].interval, figures[candidateIndex].span.offset < totalOffset {
                if implied.overlaps(interval) { return figures[candidateIndex] }
                counts.append(candidateIndex)
            }
            candidateIndex -= 1
        }
        guard counts.count > 1 else { return counts.first.map { figures[$0] } }
        // "孤儿96名、事实无人抚养儿童218名，孤儿按每人每月…": the count that names the per-unit
        // amount's subject is the one it is paid for.
        let eachWords = bigrams(of: figures[index].label)
        let named = counts.first { !eachWords.isDisjoint(with: bigrams(of: figures[$0].label)) }
        return figures[named ?? counts[0]]
    }

    /// The words of `label` (pairs of adjacent CJK characters) other than those opened by 每,
    /// which every per-unit label has.
    private static func bigrams(of label: String) -> Set<UInt64> {
        ScalarSearch.bigrams(label).filter { $0 >> 32 != UInt64(("每" as Unicode.Scalar).value) }
    }

    /// How many periods the per-unit amount is paid for: one when its clause names no period
    /// (每月), the stated count of periods in its sentence, or the periods of a year for a total
    /// of the whole year. Nil when a period is named but its count cannot be told.
    private static func periodCount(
        of index: Int, total: Figure, in figures: [Figure], parameters: Parameters, text: SourceText
    ) -> (count: Decimal, text: String?)? {
        let each = figures[index]
        let prefix = text.string(each.clause.lowerBound..<each.span.offset)
        guard let period = parameters.periods.first(where: { $0.words.contains { prefix.containsText($0) } }) else {
            return (1, nil)
        }
        var first = index
        while first > 0, figures[first - 1].sentence == each.sentence { first -= 1 }
        let sentence = figures[first...].prefix(while: { $0.sentence == each.sentence })
        if let stated = sentence.first(where: { $0.unit?.canonical == period.unit && $0.interval?.isPoint == true }),
           let count = stated.interval?.lower, count > 0 {
            return (count, stated.text)
        }
        let sentenceText = text.string(total.sentence.lowerBound..<total.span.offset)
        if let perYear = period.perYear, parameters.yearWords.contains(where: { sentenceText.containsText($0) }) {
            return (perYear, Show.plain(perYear))
        }
        return nil
    }

    /// Whether the implied count lies within a factor of two of the stated one.
    private static func withinFactorOfTwo(_ implied: Interval, _ stated: Interval) -> Bool {
        guard let impliedLow = implied.lower, let statedHigh = stated.upper, let impliedHigh = implied.upper,
              let statedLow = stated.lower else { return false }
        return impliedLow <= statedHigh.multiplied(by: 2) && statedLow <= impliedHigh.multiplied(by: 2)
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
