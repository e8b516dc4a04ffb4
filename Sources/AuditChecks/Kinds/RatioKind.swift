import AuditCore
import Extraction
import Foundation

/// Two units of one subject whose ratio is implausible.
///
/// ## What it checks
/// For compound figures that count one subject in two units ("248户700人"), the ratio of the
/// numerator unit to the denominator unit lies in [min, max]: for persons per household, at
/// least 1 and at most about 10.
///
/// ## Why it matters
/// Fewer persons than households is impossible; twenty persons per household is a typing slip.
///
/// ## Example
/// "建档立卡贫困户1451户,364人" has fewer persons than households.
public enum RatioKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Canonical unit of the numerator, e.g. 人.
        public var numerator: String
        /// Canonical unit of the denominator, e.g. 户.
        public var denominator: String
        /// The smallest plausible ratio.
        public var min: Decimal
        /// The largest plausible ratio.
        public var max: Decimal
        /// What one unit of the ratio is called in messages, e.g. "persons per household".
        public var per: String?
        /// Words of a scope (全县, 全村) dropped from the start of labels before they are compared.
        /// When present, a denominator figure and the numerator figure right after it in the next
        /// clause are a pair too, if their labels open with one word ("户籍总户数…户，户籍人口…人")
        /// or the numerator has no label of its own ("共486户，1732人").
        public var pairScopeWords: [String]?
        /// Words that name no population of their own (人口, 约): a numerator labelled only with
        /// them ("约282万住户、人口约226万人") counts the households' people. None when absent.
        public var genericWords: [String]?

        enum CodingKeys: String, CodingKey {
            case numerator, denominator, min, max, per
            case pairScopeWords = "pair-scope-words"
            case genericWords = "generic-words"
        }
    }

    /// Requires `min` not to be above `max`.
    public static func validate(_ parameters: Parameters) -> [String] {
        parameters.min > parameters.max ? ["'min' is greater than 'max'"] : []
    }

    /// Checks the ratio of every compound figure that has both units.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let index = input.index
        let figures = index.figures
        let band = Interval(lower: parameters.min, upper: parameters.max)
        let per = parameters.per ?? "\(parameters.numerator) per \(parameters.denominator)"
        var results = KindResults()
        var pairs = index.groups.values.sorted(by: { $0[0] < $1[0] })
        if let scopeWords = parameters.pairScopeWords {
            pairs += adjacentPairs(in: index, parameters: parameters, scopeWords: scopeWords)
        }
        for members in pairs {
            guard let top = members.first(where: { figures[$0].unit?.canonical == parameters.numerator }),
                  let bottom = members.first(where: { figures[$0].unit?.canonical == parameters.denominator }),
                  let numerator = figures[top].interval, let denominator = figures[bottom].interval,
                  let low = numerator.lower, let high = numerator.upper,
                  let bottomLow = denominator.lower, let bottomHigh = denominator.upper,
                  bottomLow > 0, low >= 0 else { continue }
            let span = input.extracted.text.span(figures[members.first!].span.offset..<figures[members.last!].span.end)
            // The ratio's interval is divided out only when no point value can be shown.
            let shown = point(figures[top], figures[bottom]).map { Show.plain($0) }
                ?? Show.interval(Interval(lower: low.divided(by: bottomHigh), upper: high.divided(by: bottomLow)), in: nil)
            let arithmetic = "\(Show.figure(figures[top])) ÷ \(Show.figure(figures[bottom])) = \(shown) \(per)"
            if Interval.quotientOverlaps(numeratorLow: low, numeratorHigh: high, denominatorLow: bottomLow, denominatorHigh: bottomHigh, band: band) {
                results.verified.append(VerificationDraft(
                    span: span, message: "\(shown) \(per), within [\(Show.plain(parameters.min)), \(Show.plain(parameters.max))]",
                    related: [figures[top].span, figures[bottom].span], arithmetic: arithmetic
                ))
            } else {
                // Below the band when the largest ratio is: high ÷ bottomLow < min.
                let tooLow = high.lessThan(parameters.min.multiplied(by: bottomLow))
                results.findings.append(FindingDraft(
                    span: span,
                    variables: [
                        "text": input.extracted.text.string(span.range), "ratio": shown, "per": per,
                        "bound": tooLow ? "below the minimum \(Show.plain(parameters.min))" : "above the maximum \(Show.plain(parameters.max))",
                    ],
                    severity: tooLow ? nil : .warning,
                    related: [figures[top].span, figures[bottom].span], arithmetic: arithmetic,
                    subject: input.extracted.text.string(span.range) + " " + figures[members[0]].label
                ))
            }
        }
        return results
    }

    /// The ratio of the two values to two places, when both are known and the divisor is not zero.
    /// Denominator figures (户) with the numerator figure (人) that follows them in the next clause
    /// of their sentence, when the labels say they count one population.
    private static func adjacentPairs(in index: FigureIndex, parameters: Parameters, scopeWords: [String]) -> [[Int]] {
        let figures = index.figures
        var pairs: [[Int]] = []
        for position in figures.indices.dropLast() where figures[position].compoundGroup == nil {
            let next = position + 1
            guard figures[position].unit?.canonical == parameters.denominator, figures[next].compoundGroup == nil,
                  figures[next].unit?.canonical == parameters.numerator, figures[next].sentence == figures[position].sentence,
                  !figures[position].roles.contains(.perUnit), !figures[next].roles.contains(.perUnit),
                  !figures[next].cues.contains(.partOf)
            else { continue }
            let bottom = ShareLabel.trimmed(figures[position].label.trimmingWhitespace(), dropping: scopeWords, fromEnd: false)
            let top = ShareLabel.trimmed(figures[next].label.trimmingWhitespace(), dropping: scopeWords, fromEnd: false)
            let generic = parameters.genericWords ?? []
            let specific = ShareLabel.trimmed(ShareLabel.trimmed(top, dropping: generic, fromEnd: false), dropping: generic, fromEnd: true)
            let opening = zip(bottom.unicodeScalars, top.unicodeScalars).prefix { $0 == $1 && $0.properties.isIdeographic }.count
            // "慰问困难家庭3200户、困难群众2950人": the persons' qualifier (困难, once 群众 is dropped)
            // is the households' name, at the end of their label.
            let named = specific.unicodeScalars.count >= 2 && specific != top
                && String(String.UnicodeScalarView(bottom.unicodeScalars.suffix(6))).containsText(specific)
            // "空巢老年人家庭2.36万户、老年人1.98万人": the persons are the members the households
            // are named by, and each household has one at least.
            let members = top.unicodeScalars.count >= 2 && ["家庭", "户", "戶"].contains { bottom.hasSuffix(top + $0) }
            if specific.isEmpty || opening >= 2 || named || members { pairs.append([position, next]) }
        }
        return pairs
    }

    private static func point(_ top: Figure, _ bottom: Figure) -> Decimal? {
        guard let a = top.value, let b = bottom.value, !b.isZero else { return nil }
        return a.roundedQuotient(dividingBy: b, places: 2)
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "Compound figures of one subject in two units keep a plausible ratio (persons per household in [1, 10]).",
        whyItMatters: "Fewer persons than households is impossible; an extreme ratio is usually a typing slip.",
        defaultMessage: "'{text}' gives {ratio} {per}, {bound}",
        placeholders: ["text", "ratio", "per", "bound"]
    )
}
