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
/// ## Why it matters
/// A rate that cannot be recomputed from the document's own figures means the rate, or one of
/// the counts, is wrong.
///
/// ## Example
/// "农村人口27598人,贫困人口1982人,贫困发生率1.2%" recomputes to 7.18%.
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

    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The formulas.
        public var formulas: [Formula]
    }

    /// Recomputes each stated rate that has both of its figures before it.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let figures = input.extracted.figures
        var results = KindResults()
        // Fields are read in place: most figures are no rate, and binding each copied its strings.
        for index in figures.indices where figures[index].dimension == .percent && !figures[index].missingNumber {
            guard let formula = parameters.formulas.first(where: { figures[index].labelContains(any: $0.rate) }),
                  let rateInterval = figures[index].interval else { continue }
            let rate = figures[index]
            // The counts must be stated with the rate: its own sentence for the numerator, and that
            // or the previous sentence for the denominator (a rate of another year has other counts).
            let previousStart = figures[..<index].last { $0.sentence.lowerBound < rate.sentence.lowerBound }?.sentence.lowerBound
                ?? rate.sentence.lowerBound
            let earlier = figures[..<index].reversed().prefix { $0.sentence.lowerBound >= previousStart }
            guard let numerator = earlier.first(where: { $0.sentence == rate.sentence && $0.labelContains(any: formula.numerator) && $0.dimension != .percent && $0.interval != nil }),
                  let denominator = earlier.first(where: { $0.sentence.lowerBound >= previousStart && $0.labelContains(any: formula.denominator) && $0.sameMeasure(as: numerator) && $0.interval != nil }),
                  let numLow = numerator.interval!.lower, let numHigh = numerator.interval!.upper,
                  let denLow = denominator.interval!.lower, let denHigh = denominator.interval!.upper, denLow > 0 else { continue }
            // The stated rate is rounded to its last written digit; allow half of it on each side.
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
            let widened = Interval(lower: rateInterval.lower.map { $0 - Self.halfHundredth }, upper: rateInterval.upper.map { $0 + Self.halfHundredth })
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
            } else {
                results.findings.append(FindingDraft(
                    span: rate.span, variables: ["text": rate.text, "computed": shown, "label": rate.label],
                    related: [numerator.span, denominator.span], arithmetic: arithmetic + " ≠ \(rate.text)",
                    subject: rate.text + " " + rate.label
                ))
            }
        }
        return results
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
