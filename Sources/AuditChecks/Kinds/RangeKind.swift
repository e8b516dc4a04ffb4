import AuditCore
import Extraction
import Foundation

/// Figures that must lie within fixed limits.
///
/// ## What it checks
/// Every selected figure's interval must meet [min, max]: a share of a whole or a rate stays in
/// [0, 100] percent, and counts are never negative. Growth rates are excluded by label words.
///
/// ## Why it matters
/// A coverage rate of 120% or a negative head count is impossible; it usually hides a typing
/// slip or a template filled in with the wrong number.
///
/// ## Example
/// "新农合参合率达120%" is a rate over 100%.
public enum RangeKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Which figures the limits apply to.
        public var select: FigureSelector
        /// The smallest allowed value, in the figures' canonical unit.
        public var min: Decimal?
        /// The largest allowed value, in the figures' canonical unit.
        public var max: Decimal?
        /// Roles whose figures are listed as verified when they lie within the limits.
        public var verifyRoles: [Role]?

        enum CodingKeys: String, CodingKey {
            case select, min, max
            case verifyRoles = "verify-roles"
        }
    }

    /// Requires at least one limit, and min not above max.
    public static func validate(_ parameters: Parameters) -> [String] {
        if parameters.min == nil && parameters.max == nil { return ["a range check needs 'min', 'max' or both"] }
        if let low = parameters.min, let high = parameters.max, low > high { return ["'min' is greater than 'max'"] }
        return []
    }

    /// Flags figures whose every allowed value lies outside the limits.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let limits = Interval(lower: parameters.min, upper: parameters.max)
        var results = KindResults()
        let figures = input.extracted.figures
        // Fields are read in place and a figure is copied only when it is reported: copying every
        // figure in every check showed in profiles.
        for index in figures.indices where !figures[index].missingNumber && parameters.select.selectsByMeasure(figures[index]) {
            guard let interval = figures[index].interval, !(figures[index].masked && figures[index].value == nil) else { continue }
            // Most figures lie within the limits and are not to be verified: they are passed over
            // before the selector searches their labels.
            let inLimits = interval.overlaps(limits)
            if inLimits, !(parameters.verifyRoles?.contains(where: { figures[index].roles.contains($0) }) ?? false) { continue }
            guard parameters.select.selectsByLabel(figures[index]) else { continue }
            let figure = figures[index]
            let shownLimits = Show.interval(limits, in: MeasureUnit(written: figure.unit?.canonical ?? "", canonical: "", dimension: .count))
            if inLimits {
                results.verified.append(VerificationDraft(
                    span: figure.span, message: "\(figure.text) lies within \(shownLimits)",
                    arithmetic: "\(Show.interval(interval, in: figure.unit)) ∩ \(shownLimits) ≠ ∅"
                ))
                continue
            }
            results.findings.append(FindingDraft(
                span: figure.span,
                variables: ["text": figure.text, "label": figure.label, "limits": shownLimits],
                arithmetic: "\(Show.interval(interval, in: figure.unit)) lies outside \(shownLimits)",
                subject: figure.text + " " + figure.label
            ))
        }
        return results
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "Selected figures (rates, shares, counts) lie within fixed limits such as [0, 100]%.",
        whyItMatters: "An impossible value (a rate over 100%, a negative count) is always a defect.",
        defaultMessage: "'{text}' ({label}) lies outside {limits}",
        placeholders: ["text", "label", "limits"]
    )
}
