import AuditCore
import Extraction
import Foundation

/// A rate of change that does not recompute from the two values it compares.
///
/// ## What it checks
/// A percentage whose label is only a change word (增长, 下降, 同比增长) and that follows, in its
/// sentence, a value of this period and the value of the period it is compared with, both of one
/// measure: "销售额10.85亿元，比上年的9.92亿元增长11.4%", "由9.92亿元增加到10.85亿元，增长9.4%",
/// or "营业收入245.7亿元，同比增长3.6%（上年237.2亿元）". The stated rate must lie within
/// (this − earlier) ÷ earlier, computed from the values' rounding intervals; a fall is the same
/// with its sign turned. Sentences that say the rate is computed at comparable prices are left
/// out: their rate is not the ratio of the stated values.
///
/// ## Why it matters
/// A growth rate is the figure readers quote; one that does not follow from the values next to
/// it means the rate, or one of the values, was copied from another line or another year.
///
/// ## Example
/// "全年筹集彩票公益金10.85亿元，比上年的9.92亿元增长11.4%": 10.85 ÷ 9.92 − 1 = 9.4%.
public enum GrowthKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Words that, as a percentage's whole label, state a rise (增长, 增加, 上升, 提高).
        public var riseWords: [String]
        /// Words that, as a percentage's whole label, state a fall (下降, 减少, 降低).
        public var fallWords: [String]
        /// Words a change word may have before it (同比, 比上年) or after it (了, 为) in the label.
        public var fillerWords: [String]?
        /// Words an earlier period's value is labelled with, at the label's end (比上年的, 较上年,
        /// 上年, 由, 从); "较2023年的" is recognised without them.
        public var earlierWords: [String]
        /// Words in the label of a change's end value after its start value (增加到, 增至).
        public var toWords: [String]?
        /// Words that, anywhere in the sentence, say the rate is not the ratio of the stated values
        /// (可比价格, 扣除价格因素).
        public var excludeSentences: [String]?
        /// Words of a per-day or per-person value's label (日均, 人均): such a value is passed over
        /// for the period's value before it.
        public var averageWords: [String]?

        enum CodingKeys: String, CodingKey {
            case riseWords = "rise-words"
            case fallWords = "fall-words"
            case fillerWords = "filler-words"
            case earlierWords = "earlier-words"
            case toWords = "to-words"
            case excludeSentences = "exclude-sentences"
            case averageWords = "average-words"
        }

        /// The change words as scalars, prepared once when the check is loaded.
        let words: ChangeWords

        /// Decodes the parameters and prepares their words.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            riseWords = try container.decode([String].self, forKey: .riseWords)
            fallWords = try container.decode([String].self, forKey: .fallWords)
            fillerWords = try container.decodeIfPresent([String].self, forKey: .fillerWords)
            earlierWords = try container.decode([String].self, forKey: .earlierWords)
            toWords = try container.decodeIfPresent([String].self, forKey: .toWords)
            excludeSentences = try container.decodeIfPresent([String].self, forKey: .excludeSentences)
            averageWords = try container.decodeIfPresent([String].self, forKey: .averageWords)
            words = ChangeWords(rises: riseWords, falls: fallWords, fillers: fillerWords ?? [])
        }
    }

    /// Rise, fall and filler words as scalars, with the scalars a change label can end in: most
    /// percentages' labels end in none of them, and one set lookup tells.
    struct ChangeWords: Sendable {
        let rises: [[Unicode.Scalar]]
        let falls: [[Unicode.Scalar]]
        /// Longest first, so that 比上年 is dropped before 上年 could be.
        let fillers: [[Unicode.Scalar]]
        let lasts: Set<Unicode.Scalar>

        init(rises: [String], falls: [String], fillers: [String]) {
            self.rises = rises.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
            self.falls = falls.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
            self.fillers = fillers.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
            lasts = Set((self.rises + self.falls).map { $0.last! })
            trailing = Set(self.fillers.filter { $0.count == 1 }.map { $0[0] })
            fillerFirsts = Set(self.fillers.map { $0.first! })
            fillerLasts = Set(self.fillers.map { $0.last! })
        }

        /// The scalars fillers start and end with.
        let fillerFirsts: Set<Unicode.Scalar>
        let fillerLasts: Set<Unicode.Scalar>

        /// Fillers of one scalar (了, 为, ，), skipped at a label's end before `lasts` is asked.
        let trailing: Set<Unicode.Scalar>
    }

    /// Rise, fall and earlier-value words must be given.
    public static func validate(_ parameters: Parameters) -> [String] {
        (parameters.riseWords.isEmpty ? ["'rise-words' is empty"] : [])
            + (parameters.fallWords.isEmpty ? ["'fall-words' is empty"] : [])
            + (parameters.earlierWords.isEmpty ? ["'earlier-words' is empty"] : [])
    }

    /// Recomputes every change rate stated next to the two values it compares.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let figures = input.extracted.figures
        let scalars = input.extracted.text.scalars
        var results = KindResults()
        let excluded = (parameters.excludeSentences ?? []).map { Array($0.unicodeScalars) }
        for position in figures.indices {
            guard ShareLabel.isWrittenPercent(figures[position]) else {
                absoluteChange(at: position, input: input, parameters: parameters, excluded: excluded, into: &results)
                continue
            }
            guard let rises = direction(of: figures[position].label, words: parameters.words),
                  let (current, earlier) = comparedValues(before: position, in: input.index, parameters: parameters),
                  let rate = figures[position].interval, let rateLow = rate.lower, let rateHigh = rate.upper,
                  let now = figures[current].interval, let nowLow = now.lower, let nowHigh = now.upper,
                  let then = figures[earlier].interval, let thenLow = then.lower, let thenHigh = then.upper,
                  thenLow > 0, nowLow >= 0 else { continue }
            let sentence = Array(scalars[figures[position].sentence])
            guard !excluded.contains(where: { ScalarSearch.firstIndex(of: $0, in: sentence) != nil }) else { continue }
            // this ÷ earlier must lie in 1 + rate (a rise) or 1 − rate (a fall).
            let hundred = Decimal(100)
            let band = rises
                ? Interval(lower: 1 + rateLow / hundred, upper: 1 + rateHigh / hundred)
                : Interval(lower: 1 - rateHigh / hundred, upper: 1 - rateLow / hundred)
            let agrees = Interval.quotientOverlaps(
                numeratorLow: nowLow, numeratorHigh: nowHigh, denominatorLow: thenLow, denominatorHigh: thenHigh, band: band
            )
            let shown = computedChange(figures[current], figures[earlier], places: decimals(of: figures[position]) + 1)
            let stated = (rises ? "" : "−") + Show.plain(figures[position].value ?? rateLow) + "%"
            let arithmetic = "(\(Show.figure(figures[current])) − \(Show.figure(figures[earlier]))) ÷ \(Show.figure(figures[earlier])) = "
                + (shown ?? "?") + (agrees ? " = " : " ≠ ") + stated
            let related = [figures[current].span, figures[earlier].span]
            if agrees {
                results.verified.append(VerificationDraft(
                    span: figures[position].span,
                    message: "\(figures[position].text) \(rises ? "rise" : "fall") recomputes from \(figures[current].text) and \(figures[earlier].text)",
                    related: related, arithmetic: arithmetic
                ))
            } else {
                results.findings.append(FindingDraft(
                    span: figures[position].span,
                    variables: [
                        "rate": figures[position].text, "change": figures[position].label.trimmingWhitespace(),
                        "current": figures[current].text, "earlier": figures[earlier].text, "computed": shown ?? "?",
                    ],
                    related: related, arithmetic: arithmetic,
                    subject: figures[position].text + " " + figures[current].label
                ))
            }
        }
        return results
    }

    /// "粮食产量45.6万吨，比上年的43.2万吨增加3.4万吨" and "覆盖率由92.3%提高到95.1%，提高2.8个百分点":
    /// a change stated as an amount of the values' measure, or in percentage points between two
    /// percentages, is their difference.
    private static func absoluteChange(
        at position: Int, input: CheckInput, parameters: Parameters, excluded: [[Unicode.Scalar]], into results: inout KindResults
    ) {
        let figures = input.extracted.figures
        let change = figures[position]
        guard let dimension = change.dimension, dimension != .time, !change.missingNumber, !change.masked,
              change.qualifier == .exact, !change.roles.contains(.perUnit) else { return }
        let points = dimension == .percent
        // The value right before a change is one it compares (…增加到X，增加Z; …比上年的Y增加Z):
        // most figures follow none of their measure, and their labels need not be read.
        guard position > 0, figures[position - 1].sentence == change.sentence,
              figures[position - 1].dimension == dimension,
              !points || change.unit?.canonical == "个百分点",
              let rises = direction(of: change.label, words: parameters.words),
              let (current, earlier) = comparedValues(before: position, in: input.index, parameters: parameters, percentages: points),
              points || figures[current].sameMeasure(as: change),
              let amount = change.interval, let amountLow = amount.lower, let amountHigh = amount.upper,
              let now = figures[current].interval, let nowLow = now.lower, let nowHigh = now.upper,
              let then = figures[earlier].interval, let thenLow = then.lower, let thenHigh = then.upper
        else { return }
        let sentence = Array(input.extracted.text.scalars[change.sentence])
        guard !excluded.contains(where: { ScalarSearch.firstIndex(of: $0, in: sentence) != nil }) else { return }
        let difference = Interval(lower: nowLow - thenHigh, upper: nowHigh - thenLow)
        let band = rises ? Interval(lower: amountLow, upper: amountHigh) : Interval(lower: -amountHigh, upper: -amountLow)
        let agrees = difference.overlaps(band)
        let computed: String
        if let nowValue = figures[current].value, let thenValue = figures[earlier].value {
            let delta = nowValue - thenValue
            let magnitude = Show.value(delta < 0 ? -delta : delta, in: change.unit)
            computed = delta < 0 ? "−" + magnitude : magnitude
        } else {
            computed = "?"
        }
        let stated = (rises ? "" : "−") + Show.figure(change)
        let arithmetic = "\(Show.figure(figures[current])) − \(Show.figure(figures[earlier])) = \(computed)\(agrees ? " = " : " ≠ ")\(stated)"
        let related = [figures[current].span, figures[earlier].span]
        if agrees {
            results.verified.append(VerificationDraft(
                span: change.span,
                message: "\(change.text) \(rises ? "rise" : "fall") is the difference of \(figures[current].text) and \(figures[earlier].text)",
                related: related, arithmetic: arithmetic
            ))
        } else {
            results.findings.append(FindingDraft(
                span: change.span,
                variables: [
                    "rate": change.text, "change": change.label.trimmingWhitespace(),
                    "current": figures[current].text, "earlier": figures[earlier].text, "computed": computed,
                ],
                related: related, arithmetic: arithmetic, subject: change.text + " " + figures[current].label
            ))
        }
    }

    /// Whether the label states a rise (true) or a fall (false); nil when it is not a change word
    /// alone, its fillers aside.
    static func direction(of label: String, words: ChangeWords) -> Bool? {
        // Most labels end, one-scalar fillers aside, in no change word's last scalar: a lookup tells.
        guard let last = label.unicodeScalars.last(where: { !$0.isSpace && !words.trailing.contains($0) }),
              words.lasts.contains(last) else { return nil }
        let scalars = Array(label.unicodeScalars.filter { !$0.isSpace })
        guard scalars.count <= 16 else { return nil }
        var core = scalars[...]
        var changed = true
        while changed, let first = core.first, let last = core.last {
            changed = false
            // Fillers are tried only at an end whose scalar one of them has there.
            if words.fillerFirsts.contains(first),
               let filler = words.fillers.first(where: { $0.count < core.count && core.starts(with: $0) }) {
                core = core.dropFirst(filler.count)
                changed = true
            }
            if words.fillerLasts.contains(last),
               let filler = words.fillers.first(where: { $0.count < core.count && core.suffix($0.count).elementsEqual($0) }) {
                core = core.dropLast(filler.count)
                changed = true
            }
        }
        if words.rises.contains(where: { $0.elementsEqual(core) }) { return true }
        if words.falls.contains(where: { $0.elementsEqual(core) }) { return false }
        return nil
    }

    /// The value of this period and the earlier value it is compared with, for the percentage at
    /// `position`: "X，比上年的Y增长", "由Y增加到X，增长" or "X，同比增长…（上年Y）". Both are of one
    /// measure, in the percentage's sentence, and neither is a percentage.
    /// With `percentages`, the two values are written percentages instead (for a change in
    /// percentage points).
    static func comparedValues(before position: Int, in index: FigureIndex, parameters: Parameters, percentages: Bool = false) -> (Int, Int)? {
        let figures = index.figures
        let sentence = figures[position].sentence
        func inSentence(_ candidate: Int) -> Bool {
            candidate >= 0 && candidate < figures.count && figures[candidate].sentence == sentence
        }
        // A value of the sentence that can be compared; an average only when `averages` allow it,
        // and never between percentages.
        func usable(_ candidate: Int, averages: Bool = false) -> Bool {
            guard inSentence(candidate) else { return false }
            if percentages { return ShareLabel.isWrittenPercent(figures[candidate]) && !figures[candidate].roles.contains(.perUnit) }
            guard averages || !figures[candidate].roles.contains(.perUnit) else { return false }
            return figures[candidate].dimension != nil && figures[candidate].dimension != .percent
                && figures[candidate].dimension != .time && !figures[candidate].missingNumber && !figures[candidate].masked
        }
        // "计划20.00亿千瓦时的106.8%": a value a percentage right after it is taken of.
        func isShareBase(_ candidate: Int) -> Bool {
            let next = candidate + 1
            return inSentence(next) && ShareLabel.isWrittenPercent(figures[next]) && figures[next].label.trimmingWhitespace() == "的"
        }
        // A period written as a figure of its own ("較111年的928,160人次") stands between values.
        func isPeriod(_ candidate: Int) -> Bool { inSentence(candidate) && figures[candidate].dimension == .time }
        func step(_ candidate: Int, by offset: Int) -> Int {
            var next = candidate + offset
            while isPeriod(next) { next += offset }
            return next
        }
        // The label with that of a period right before it: "增加至" + "113年" + "的".
        func fullLabel(_ candidate: Int) -> String {
            let own = figures[candidate].label.trimmingWhitespace()
            guard isPeriod(candidate - 1), figures[candidate - 1].span.end + 2 >= figures[candidate].span.offset else { return own }
            return figures[candidate - 1].label.trimmingWhitespace() + figures[candidate - 1].text + own
        }
        func isEarlier(_ candidate: Int) -> Bool {
            let label = figures[candidate].label.trimmingWhitespace()
            if index.isFromValue(candidate) || parameters.earlierWords.contains(where: { label.hasSuffix($0) }) { return true }
            // "由112年的1萬4,206人": the words before the period say it.
            guard label == "的", isPeriod(candidate - 1) else { return false }
            let periodLabel = figures[candidate - 1].label.trimmingWhitespace()
            return parameters.earlierWords.contains { periodLabel.hasSuffix($0) }
        }
        let before = step(position, by: -1)
        var twoBefore = step(before, by: -1)
        // "86.4万吨，日均2,367吨，比上年的81.2万吨": the period's value stands before the average.
        // "達98,640輛，佔私家車總數的15.3%，較…" and "完成年度计划20.00亿千瓦时的106.8%，比…": a share,
        // and the base a share is taken of, stand between the values too.
        let averages = parameters.averageWords ?? []
        var firstAverage: Int?
        while inSentence(twoBefore) {
            let figure = figures[twoBefore]
            if figure.roles.contains(.perUnit) || figure.labelContains(any: averages) {
                firstAverage = firstAverage ?? twoBefore
            } else if percentages || !(ShareLabel.isWrittenPercent(figure) || isShareBase(twoBefore)) {
                break
            }
            twoBefore = step(twoBefore, by: -1)
        }
        // "每日平均乘客量為1,162萬人次，比2023年的1,128萬人次": an average is the value compared
        // when no other value stands before it.
        var averageCompared = false
        if !inSentence(twoBefore), let average = firstAverage {
            twoBefore = average
            averageCompared = true
        }
        // "X，比上年的Y增长Z%".
        if usable(before), usable(twoBefore, averages: averageCompared), isEarlier(before), !isEarlier(twoBefore),
           figures[before].sameMeasure(as: figures[twoBefore]) {
            return (twoBefore, before)
        }
        // "由Y增加到X，增长Z%", "由112年的Y增加至113年的X，成長Z%".
        let toWords = parameters.toWords ?? []
        if usable(before), usable(twoBefore), isEarlier(twoBefore), figures[before].sameMeasure(as: figures[twoBefore]),
           case let label = fullLabel(before), toWords.contains(where: { label.contains($0) }) {
            return (before, twoBefore)
        }
        // "X，同比增长Z%（上年Y）".
        let after = step(position, by: 1)
        if usable(before), usable(after), isEarlier(after), !isEarlier(before), figures[after].sameMeasure(as: figures[before]) {
            return (before, after)
        }
        return nil
    }

    /// The change of `current` against `earlier` in percent, to `places` decimals, signed.
    private static func computedChange(_ current: Figure, _ earlier: Figure, places: Int) -> String? {
        guard let now = current.value, let then = earlier.value, !then.isZero else { return nil }
        let percent = (now - then).roundedQuotient(dividingBy: then / 100, places: places)
        return (percent < 0 ? "−" + Show.plain(-percent) : Show.plain(percent)) + "%"
    }

    /// How many decimals a percentage is written with.
    private static func decimals(of figure: Figure) -> Int {
        guard let value = figure.value else { return 1 }
        return max(0, -value.exponent)
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A change rate (增长11.4%) stated next to this period's value and the earlier one recomputes from them.",
        whyItMatters: "A growth rate is the figure readers quote; one that does not follow from its values was copied from elsewhere.",
        defaultMessage: "{change} {rate} does not follow from {current} against {earlier}, which give {computed}",
        placeholders: ["rate", "change", "current", "earlier", "computed"]
    )
}
