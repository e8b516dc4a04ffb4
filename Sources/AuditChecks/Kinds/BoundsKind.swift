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
    /// The kind's parameters: limits after a figure are found through 下限/上限 cues; these words
    /// find a stated range and the average that must lie in it.
    public struct Parameters: Decodable, Sendable {
        /// Words a range's low end is labelled with, at its label's end: 介于, 在.
        public var rangeOpeners: [String]?
        /// The label of a range's high end: 至, 到, ~.
        public var rangeJoiners: [String]?
        /// Words right after a range's high end that close it: 之间.
        public var rangeClosers: [String]?
        /// Words of a label that make a figure an average of what the range spans: 平均.
        public var averageWords: [String]?

        enum CodingKeys: String, CodingKey {
            case rangeOpeners = "range-openers"
            case rangeJoiners = "range-joiners"
            case rangeClosers = "range-closers"
            case averageWords = "average-words"
        }
    }

    /// The range words come together: one without the others would turn the rule off unseen.
    public static func validate(_ parameters: Parameters) -> [String] {
        let given = [parameters.rangeOpeners, parameters.rangeJoiners, parameters.averageWords].filter { $0 != nil }.count
        return given == 0 || given == 3 ? [] : ["'range-openers', 'range-joiners' and 'average-words' must be given together"]
    }

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
        averagesWithinRanges(input, parameters: parameters, into: &results)
        return results
    }

    /// "準點率介於91%至97%之間，平均準點率為98.1%": an average of what a stated range spans lies
    /// within it. The average is the next figure of the range's measure in its sentence or the
    /// sentence after, when its label holds an average word.
    private static func averagesWithinRanges(_ input: CheckInput, parameters: Parameters, into results: inout KindResults) {
        guard let openers = parameters.rangeOpeners, let joiners = parameters.rangeJoiners, let averages = parameters.averageWords,
              !openers.isEmpty, !joiners.isEmpty, !averages.isEmpty else { return }
        let figures = input.extracted.figures
        let scalars = input.extracted.text.scalars
        let closers = (parameters.rangeClosers ?? []).map { Array($0.unicodeScalars) }
        let ordinals = input.index.sentenceOrdinal
        // A range's high end is labelled with a joiner alone: a short label, told by its bytes.
        let longestJoiner = joiners.map(\.utf8.count).max() ?? 0
        for high in figures.indices {
            // Two figures ("91%至97%"), or one range figure ("91至97%"), after an opener.
            let single = figures[high].qualifier == .range
            guard single || (high > 0 && figures[high].label.utf8.count <= longestJoiner + 2) else { continue }
            let low = single ? high : high - 1
            guard single || (figures[high].sentence == figures[low].sentence && figures[high].sameMeasure(as: figures[low])
                             && joiners.contains(figures[high].label.trimmingWhitespace())),
                  case let lowLabel = figures[low].label.trimmingWhitespace(), openers.contains(where: { lowLabel.hasSuffix($0) }),
                  closers.isEmpty || closers.contains(where: { UnitLexicon.matchesWord($0, scalars, at: figures[high].span.end) }),
                  let bottom = figures[low].interval?.lower, let top = figures[high].interval?.upper, bottom.lessThan(top)
            else { continue }
            var next = high + 1
            while next < figures.count, ordinals[next] <= ordinals[high] + 1 {
                if figures[next].sameMeasure(as: figures[high]) {
                    guard figures[next].labelContains(any: averages), let average = figures[next].interval else { break }
                    let band = Interval(lower: bottom, upper: top)
                    let shown = Show.interval(band, in: figures[high].unit)
                    let related = single ? [figures[high].span] : [figures[low].span, figures[high].span]
                    if average.overlaps(band) {
                        results.verified.append(VerificationDraft(
                            span: figures[next].span, message: "the average \(figures[next].text) lies within the stated range \(shown)",
                            related: related, arithmetic: "\(Show.value(bottom, in: figures[high].unit)) ≤ \(Show.figure(figures[next])) ≤ \(Show.value(top, in: figures[high].unit))"
                        ))
                    } else {
                        results.findings.append(FindingDraft(
                            span: figures[next].span, variables: ["text": figures[next].text, "limits": shown], related: related,
                            arithmetic: "\(Show.figure(figures[next])) ∉ \(shown)", subject: figures[next].text + " " + figures[next].label
                        ))
                    }
                    break
                }
                next += 1
            }
        }
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
