import AuditCore
import Extraction
import Foundation

/// A stated rate that disagrees with the figures it is computed from.
///
/// ## What it checks
/// For each formula, a percentage whose label names the rate (贫困发生率) is compared with
/// 100 × numerator ÷ denominator, where numerator and denominator are the nearest earlier
/// figures whose labels name them (贫困人口 over 农村人口), within the rounding of all three.
///
/// A rate that no formula names but that is named by what it counts (参保率, 入学率, 合格率) is
/// recomputed from the figures of its own sentence that name the same thing: the numerator names
/// the rate's stem (实际参保), and the denominator, stated before it in the same unit, names the
/// stem too (应参保) or one of the denominator words (适龄, 计划, 抽检). A rate with no such pair
/// is left alone: its base is not in the text ("失业率3.2%" after "新增就业6800人").
///
/// ## Why it matters
/// A rate that cannot be recomputed from the document's own figures means the rate, or one of
/// the counts, is wrong.
///
/// ## Example
/// "农村人口27598人,贫困人口1982人,贫困发生率1.2%" recomputes to 7.18%, and
/// "应参保1860人，实际参保1742人，参保率98.6%" to 93.66%.
public enum RateKind: CheckKind {
    /// One rate and the figures it is computed from.
    public struct Formula: Decodable, Sendable {
        /// Label words that name the rate.
        public var rate: [String]
        /// Label words that name the numerator.
        public var numerator: [String]
        /// Label words that name the denominator.
        public var denominator: [String]
    }

    /// Rates named by what they count, recomputed from figures that name the same thing.
    public struct NamedRates: Decodable, Sendable {
        /// The word that ends a rate's name: 率.
        public var rateWord: String
        /// How many scalars before `rateWord` make the stem the numerator must name (参保 of 参保率).
        public var stemLength: Int
        /// Label words that mark a figure as the base a rate is taken of: 应, 适龄, 计划, 抽检.
        public var denominatorWords: [String]
        /// Label words of rates that are not a part over a whole: 增长率, 贡献率, 利率.
        public var excludeRates: [String]
        /// Words that open a numerator's label and make it a subset of the figure right before it
        /// ("本科毕业生3905人，已就业3607人"), which is then its base.
        public var subsetWords: [String]?
        /// Label words of a change against another time (比上年, 减少), which is neither numerator nor base.
        public var changeWords: [String]?
        /// Words that, before the stem, name its complement (不合格 of 合格, 未参保 of 参保).
        public var complementWords: [String]?

        enum CodingKeys: String, CodingKey {
            case rateWord = "rate-word"
            case stemLength = "stem-length"
            case denominatorWords = "denominator-words"
            case excludeRates = "exclude-rates"
            case subsetWords = "subset-words"
            case changeWords = "change-words"
            case complementWords = "complement-words"
        }
    }

    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The formulas.
        public var formulas: [Formula]
        /// Rates named by what they count; nil leaves them unchecked.
        public var namedRates: NamedRates?
        /// Shares stated after their count (其中女性839人，占14.6%); nil leaves them unchecked.
        public var statedShares: StatedShares?
        /// The label words above as filters, built once when the check is loaded rather than for
        /// every document.
        let filters: Filters

        /// Label-word filters of the parameters.
        struct Filters: Sendable {
            let excludedRates: LabelWords
            let rateChanges: LabelWords
            let shareLabels: LabelWords
            let shareChanges: LabelWords
            /// The phrase that opens a breakdown statement, for shares stated in one.
            let breakdown: BreakdownPhrase
        }

        enum CodingKeys: String, CodingKey {
            case formulas
            case namedRates = "named-rates"
            case statedShares = "stated-shares"
        }

        /// Decodes the parameters and builds their filters.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            formulas = try container.decode([Formula].self, forKey: .formulas)
            namedRates = try container.decodeIfPresent(NamedRates.self, forKey: .namedRates)
            statedShares = try container.decodeIfPresent(StatedShares.self, forKey: .statedShares)
            filters = Filters(
                excludedRates: LabelWords(namedRates?.excludeRates), rateChanges: LabelWords(namedRates?.changeWords),
                shareLabels: LabelWords(statedShares.map { $0.shareWords + $0.shareNames }),
                shareChanges: LabelWords(statedShares?.changeWords),
                breakdown: BreakdownPhrase(openers: statedShares?.breakdownOpeners, closers: statedShares?.breakdownClosers)
            )
        }
    }

    /// Recomputes each stated rate that has both of its figures before it.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let figures = input.extracted.figures
        var results = KindResults()
        let excludedRates = parameters.filters.excludedRates
        let rateChanges = parameters.filters.rateChanges
        let shareLabels = parameters.filters.shareLabels
        let changeWords = parameters.filters.shareChanges
        var sibling: SiblingWhole?
        // Fields are read in place: most figures are no rate, and binding each copied its strings.
        for index in figures.indices where figures[index].dimension == .percent && !figures[index].missingNumber {
            // "由4.54%下降为2.55%": the first is the rate of another time.
            guard figures[index].interval != nil, !figures[index].isFromValue else { continue }
            if let formula = parameters.formulas.first(where: { figures[index].labelContains(any: $0.rate) }) {
                if let (numerator, denominator) = formulaFigures(formula, rate: index, in: figures) {
                    compare(rate: figures[index], pairs: [(numerator, denominator)], into: &results)
                }
                continue
            }
            if let named = parameters.namedRates {
                let (pairs, confirming) = namedRateFigures(named, excluded: excludedRates, changes: rateChanges, rate: index, in: figures)
                if !pairs.isEmpty || !confirming.isEmpty {
                    compare(rate: figures[index], pairs: pairs, confirming: confirming, into: &results)
                    continue
                }
            }
            if let stated = parameters.statedShares,
               let (count, wholes) = shareFigures(stated, shareLabels: shareLabels, changeWords: changeWords, breakdown: parameters.filters.breakdown,
                                                 share: index, in: input.index, sibling: &sibling) {
                // A share is often cut rather than rounded (14.67% written 14.6%): one last place of slack.
                let share = figures[index]
                let slack = share.interval!.upper.map { ($0 - share.interval!.lower!) / 2 } ?? 0
                compare(rate: share, pairs: wholes.map { (figures[count], figures[$0]) }, widening: slack,
                        label: figures[count].label + figures[count].text + "，" + share.label, into: &results)
            }
        }
        return results
    }

    /// The numerator and the denominator a formula names, stated before the rate at `index`.
    private static func formulaFigures(_ formula: Formula, rate index: Int, in figures: [Figure]) -> (Figure, Figure)? {
        let rate = figures[index]
        // The counts must be stated with the rate: its own sentence for the numerator, and that
        // or the previous sentence for the denominator (a rate of another year has other counts).
        let previousStart = figures[..<index].last { $0.sentence.lowerBound < rate.sentence.lowerBound }?.sentence.lowerBound
            ?? rate.sentence.lowerBound
        let earlier = figures[..<index].reversed().prefix { $0.sentence.lowerBound >= previousStart }
        guard let numerator = earlier.first(where: { $0.sentence == rate.sentence && $0.labelContains(any: formula.numerator) && $0.dimension != .percent && $0.interval != nil }),
              let denominator = earlier.first(where: { $0.sentence.lowerBound >= previousStart && $0.labelContains(any: formula.denominator) && $0.sameMeasure(as: numerator) && $0.interval != nil })
        else { return nil }
        return (numerator, denominator)
    }

    /// The numerator and denominator pairs of a rate named by its stem, nearest numerator first.
    ///
    /// The stem is the longest end of the rate's name, before 率, that a figure of the sentence
    /// names (集中供养 of 集中供养率, not just 供养, which 分散供养 names too). Words of the name
    /// before the stem narrow the rate to a subgroup ("不能自理人员集中供养率"), so a pair whose
    /// labels do not name that subgroup is no base for it.
    private static func namedRateFigures(
        _ named: NamedRates, excluded: LabelWords, changes: LabelWords, rate index: Int, in figures: [Figure]
    ) -> (pairs: [(Figure, Figure)], confirming: [(Figure, Figure)]) {
        let none: (pairs: [(Figure, Figure)], confirming: [(Figure, Figure)]) = ([], [])
        let rate = figures[index]
        guard named.stemLength > 0, rate.label.containsText(named.rateWord), !excluded.occur(in: rate)
        else { return none }
        let label = Array(rate.label.unicodeScalars)
        guard let end = ScalarSearch.lastIndex(of: Array(named.rateWord.unicodeScalars), in: label) else { return none }
        // A stem is a name: a digit, a letter or a mark in it means the label was cut mid-phrase.
        var longest = 0
        while longest < end, label[end - longest - 1].properties.isIdeographic { longest += 1 }
        guard longest >= named.stemLength else { return none }
        func stem(_ length: Int) -> String { String(String.UnicodeScalarView(label[(end - length)..<end])) }
        // Only figures of the rate's own sentence, before it, and never a percentage or a per-unit figure.
        // "其中出厂水检测1,095个，合格率100%": a rate after a 其中 part is the part's, so figures before
        // that part are no numerators of it.
        // A quantity a rate can be computed from: no percentage, per-unit figure, change, or earlier value.
        func isOperand(_ figure: Figure) -> Bool {
            figure.dimension != nil && figure.dimension != .percent && figure.interval != nil && !figure.masked
                && !figure.roles.contains(.perUnit) && !figure.isFromValue && !changes.occur(in: figure)
        }
        // The operands of the sentence that holds figure `earlier`, walking back to its start.
        var earlier = index - 1
        func operandsOfSentence() -> [Int] {
            guard earlier >= 0 else { return [] }
            let current = figures[earlier].sentence
            var found: [Int] = []
            while earlier >= 0, figures[earlier].sentence == current {
                if isOperand(figures[earlier]) { found.append(earlier) }
                earlier -= 1
            }
            return found
        }
        var sentence = operandsOfSentence()
        // "全年完成监督抽检3,260批次…。抽检发现不合格样品86批次，合格样品3,174批次，抽检合格率98.1%":
        // a base named by a base word may stand in the sentence before, if it is no target.
        let previous = operandsOfSentence().filter { !figures[$0].roles.contains(.target) }
        // How much of the stem each figure names (most name none of it).
        let shortStem = stem(named.stemLength)
        // 不合格样品 names 合格 too, but counts its complement: it is neither numerator nor base.
        let complements = named.complementWords?.map { $0 + shortStem } ?? []
        sentence.removeAll { position in complements.contains { figures[position].label.containsText($0) } }
        let subgroupStart = sentence.firstIndex { figures[$0].cues.contains(.partOf) }
        guard sentence.contains(where: { figures[$0].label.containsText(shortStem) }) else { return none }
        let stems = (named.stemLength...longest).map(stem)
        let reach = sentence.map { candidate -> Int in
            guard figures[candidate].label.containsText(shortStem) else { return 0 }
            var length = named.stemLength
            while length < longest, figures[candidate].label.containsText(stems[length + 1 - named.stemLength]) { length += 1 }
            return length
        }
        guard let best = reach.max(), best > 0 else { return none }
        let subgroup = String(String.UnicodeScalarView(label[..<(end - best)]))
        var pairs: [(Figure, Figure)] = []
        var confirming: [(Figure, Figure)] = []
        for (position, numerator) in sentence.enumerated() where reach[position] == best && position <= (subgroupStart ?? position) {
            // "发出诉前检察建议198件，行政机关回复整改195件，整改率98.5%": the count right before the
            // numerator is often its base, though nothing names it so. It may confirm the rate, never
            // accuse it ("新增就业6800人，城镇登记失业人员3200人，失业率3.2%" has no base in the text).
            if position + 1 < sentence.count, case let base = figures[sentence[position + 1]],
               base.sameMeasure(as: figures[numerator]), base.unit?.written == figures[numerator].unit?.written,
               !base.roles.contains(.target) {
                confirming.append((figures[numerator], base))
            }
            // "本科毕业生3905人，已就业3607人": a numerator opened by a subset word is a subset of the figure before it.
            let subset = named.subsetWords.map { words in
                words.contains { figures[numerator].label.trimmingWhitespace().hasPrefix($0) }
            } ?? false
            for (offset, denominator) in sentence[(position + 1)...].enumerated() {
                let base = figures[denominator]
                // One written unit: 142所 of school canteens is no share of 86家 of food firms.
                guard base.sameMeasure(as: figures[numerator]), base.unit?.written == figures[numerator].unit?.written,
                      base.label.containsText(shortStem) || base.cues.contains(.total) || base.labelContains(any: named.denominatorWords)
                        || (subset && offset == 0),
                      subgroup.isEmpty || namesSubgroup(figures[numerator].label, subgroup) || namesSubgroup(base.label, subgroup)
                else { continue }
                pairs.append((figures[numerator], base))
            }
            for denominator in previous {
                let base = figures[denominator]
                // Only a base word will do there: 孕产妇死亡1人 names the stem of 婴儿死亡率, but is no base of it.
                guard base.sameMeasure(as: figures[numerator]), base.unit?.written == figures[numerator].unit?.written,
                      base.labelContains(any: named.denominatorWords),
                      !complements.contains(where: { base.label.containsText($0) }),
                      subgroup.isEmpty || namesSubgroup(figures[numerator].label, subgroup) || namesSubgroup(base.label, subgroup)
                else { continue }
                pairs.append((figures[numerator], base))
            }
        }
        return (pairs, confirming)
    }

    /// Whether `label` names the subgroup a rate's name narrows it to: the words whole, or each
    /// word of two scalars in any order ("计划检修项目" names 检修计划 of 检修计划完成率).
    static func namesSubgroup(_ label: String, _ subgroup: String) -> Bool {
        if label.containsText(subgroup) { return true }
        let scalars = Array(subgroup.unicodeScalars)
        guard scalars.count >= 4, scalars.count % 2 == 0 else { return false }
        let words = stride(from: 0, to: scalars.count, by: 2).map { Array(scalars[$0..<($0 + 2)]) }
        let text = Array(label.unicodeScalars)
        return words.allSatisfy { ScalarSearch.firstIndex(of: $0, in: text) != nil }
    }

    /// Records `rate` as verified when one of `pairs` or `confirming` gives it, and as a finding on
    /// the first of `pairs` otherwise: a confirming pair is a guess at the base that may only verify.
    ///
    /// The rate's interval holds its rounding; `widening` is added on each side for the rounding
    /// of the rate computed before it was written. `label` names the rate in a finding.
    private static func compare(
        rate: Figure, pairs: [(Figure, Figure)], confirming: [(Figure, Figure)] = [], widening: Decimal = halfHundredth,
        label: String? = nil, into results: inout KindResults
    ) {
        guard let rateInterval = rate.interval else { return }
        let widened = Interval(lower: rateInterval.lower.map { $0 - widening }, upper: rateInterval.upper.map { $0 + widening })
        var first: (numerator: Figure, denominator: Figure, arithmetic: String, shown: String)?
        for (order, (numerator, denominator)) in (pairs + confirming).enumerated() {
            guard let numLow = numerator.interval?.lower, let numHigh = numerator.interval?.upper,
                  let denLow = denominator.interval?.lower, let denHigh = denominator.interval?.upper, denLow > 0 else { continue }
            // The computed interval is divided out only when no point value can be shown.
            let exact = numerator.value.flatMap { n in
                denominator.value.map { Self.hundred.multiplied(by: n).roundedQuotient(dividingBy: $0, places: 2) }
            }
            let shown = exact.map { Show.plain($0) + "%" } ?? Show.interval(
                Interval(lower: Self.hundred.multiplied(by: numLow).divided(by: denHigh),
                         upper: Self.hundred.multiplied(by: numHigh).divided(by: denLow)),
                in: nil
            )
            let arithmetic = "100 × \(Show.figure(numerator)) ÷ \(Show.figure(denominator)) = \(shown)"
            let overlaps = numLow >= 0
                ? Interval.quotientOverlaps(
                    numeratorLow: Self.hundred.multiplied(by: numLow), numeratorHigh: Self.hundred.multiplied(by: numHigh),
                    denominatorLow: denLow, denominatorHigh: denHigh, band: widened
                )
                : Interval(lower: Self.hundred.multiplied(by: numLow).divided(by: denHigh),
                           upper: Self.hundred.multiplied(by: numHigh).divided(by: denLow)).overlaps(widened)
            if overlaps {
                results.verified.append(VerificationDraft(
                    span: rate.span, message: "\(rate.text) recomputes from the document's figures",
                    related: [numerator.span, denominator.span], arithmetic: arithmetic
                ))
                return
            }
            if first == nil, order < pairs.count { first = (numerator, denominator, arithmetic, shown) }
        }
        guard let first else { return }
        results.findings.append(FindingDraft(
            span: rate.span, variables: ["text": rate.text, "computed": first.shown, "label": label ?? rate.label],
            related: [first.numerator.span, first.denominator.span], arithmetic: first.arithmetic + " ≠ \(rate.text)",
            subject: rate.text + " " + rate.label
        ))
    }

    /// 100 as a decimal, for rates in percent.
    private static let hundred: Decimal = 100
    /// Half of the last place of a rate written to two decimals, 0.005 (parsed once, not per rate).
    private static let halfHundredth = Decimal(string: "0.005")!

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A stated rate (贫困发生率) matches 100 × numerator ÷ denominator from the document's own figures.",
        whyItMatters: "A rate that cannot be recomputed from the figures it rests on means the rate or a count is wrong.",
        defaultMessage: "{label} {text} does not match the document's figures, which give {computed}",
        placeholders: ["text", "computed", "label"]
    )
}
