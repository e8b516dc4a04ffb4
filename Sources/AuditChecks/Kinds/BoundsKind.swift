import AuditCore
import Extraction

/// A value outside the limits stated next to it.
///
/// ## What it checks
/// A figure followed in its sentence by a lower limit (下限) and/or an upper limit (上限) of
/// the same unit must lie within them.
///
/// ## Why it matters
/// Plans often state a target with its tolerance band; a target outside its own band means one
/// of the three numbers is wrong.
///
/// ## Example
/// "预脱贫425户1511人,(下限1436人,上限1520人)": 1511 lies within [1436, 1520].
public enum BoundsKind: CheckKind {
    /// The kind's parameters (none needed: the limits are found through 下限/上限 cues).
    public typealias Parameters = NoParameters

    /// Checks each figure that has limits stated right after it.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let figures = input.extracted.figures
        var results = KindResults()
        // Fields are read in place; figures are copied only when limits follow.
        for index in figures.indices
        where !figures[index].cues.contains(.lowerBound) && !figures[index].cues.contains(.upperBound) && figures[index].interval != nil {
            // The limits are the same-unit figures right after this one, before any other figure of its unit.
            var limitIndices: [Int] = []
            var next = index + 1
            while next < figures.count, figures[next].sentence == figures[index].sentence {
                if figures[next].sameMeasure(as: figures[index]) {
                    guard figures[next].cues.contains(.lowerBound) || figures[next].cues.contains(.upperBound) else { break }
                    limitIndices.append(next)
                }
                next += 1
            }
            guard !limitIndices.isEmpty else { continue }
            let figure = figures[index]
            let limits = limitIndices.map { figures[$0] }
            let lower = limits.first { $0.cues.contains(.lowerBound) }
            let upper = limits.first { $0.cues.contains(.upperBound) }
            let band = Interval(lower: lower?.value, upper: upper?.value)
            let shown = Show.interval(band, in: figure.unit)
            let related = limits.map(\.span)
            if figure.interval!.overlaps(band) {
                results.verified.append(VerificationDraft(
                    span: figure.span, message: "\(figure.text) lies within its stated limits \(shown)", related: related,
                    arithmetic: "\(lower.map { Show.figure($0) } ?? "-∞") ≤ \(Show.figure(figure)) ≤ \(upper.map { Show.figure($0) } ?? "∞")"
                ))
            } else {
                results.findings.append(FindingDraft(
                    span: figure.span, variables: ["text": figure.text, "limits": shown], related: related,
                    arithmetic: "\(Show.figure(figure)) ∉ \(shown)", subject: figure.text + " " + figure.label
                ))
            }
        }
        return results
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A figure lies within the lower (下限) and upper (上限) limits stated right after it.",
        whyItMatters: "A target outside its own stated band means one of the three numbers is wrong.",
        defaultMessage: "'{text}' lies outside its stated limits {limits}",
        placeholders: ["text", "limits"]
    )
}
