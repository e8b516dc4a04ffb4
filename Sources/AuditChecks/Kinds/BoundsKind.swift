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
        /// Words of a label that make a figure the lowest of what an average spans: 最低, 最少.
        public var lowestWords: [String]?
        /// Words of a label that make a figure the highest of what an average spans: 最高, 最多.
        public var highestWords: [String]?
        /// Label words that use a lowest or highest word for something else: 最低生活保障, a standard.
        public var extremeExceptions: [String]?

        enum CodingKeys: String, CodingKey {
            case rangeOpeners = "range-openers"
            case rangeJoiners = "range-joiners"
            case rangeClosers = "range-closers"
            case averageWords = "average-words"
            case lowestWords = "lowest-words"
            case highestWords = "highest-words"
            case extremeExceptions = "extreme-exceptions"
        }
    }

    /// The range words come together, and so do the extreme words: one without the others would
    /// turn a rule off unseen.
    public static func validate(_ parameters: Parameters) -> [String] {
        var problems: [String] = []
        let given = [parameters.rangeOpeners, parameters.rangeJoiners].filter { $0 != nil }.count
        if given == 1 {
            problems.append("'range-openers' and 'range-joiners' must be given together")
        }
        if (parameters.lowestWords == nil) != (parameters.highestWords == nil) {
            problems.append("'lowest-words' and 'highest-words' must be given together")
        }
        if (given > 0 || parameters.lowestWords != nil) && parameters.averageWords == nil {
            problems.append("'average-words' must be given with the range or extreme words")
        }
        return problems
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
        averagesWithinExtremes(input, parameters: parameters, into: &results)
        return results
    }

    /// "平均分為85.3分，最低分為86.1分，最高分為97.2分": an average lies between the lowest and
    /// the highest of what it averages, when its sentence states both.
    private static func averagesWithinExtremes(_ input: CheckInput, parameters: Parameters, into results: inout KindResults) {
        guard let lowest = parameters.lowestWords, let highest = parameters.highestWords, let averages = parameters.averageWords,
              !lowest.isEmpty, !highest.isEmpty, !averages.isEmpty else { return }
        let figures = input.extracted.figures
        let exceptions = parameters.extremeExceptions ?? []
        let scalars = input.extracted.text.scalars
        var start = 0
        while start < figures.count {
            var end = start + 1
            while end < figures.count, figures[end].sentence == figures[start].sentence {
                end += 1
            }
            defer { start = end }
            guard end - start >= 3 else { continue }
            // An average is a per-unit figure (平均 makes one): the role screens labels cheaply.
            for average in start..<end
            where figures[average].roles.contains(.perUnit) && figures[average].interval != nil && figures[average].labelContains(any: averages) {
                let extreme: (Int, [String]) -> Bool = { index, words in
                    figures[index].labelContains(any: words) && !figures[index].labelContains(any: exceptions)
                        && !figures[index].labelContains(any: averages)
                        && sameMeasure(figures[index], figures[average], scalars)
                }
                guard let low = (start..<end).first(where: { extreme($0, lowest) && !figures[$0].labelContains(any: highest) }),
                      let high = (start..<end).first(where: { extreme($0, highest) && !figures[$0].labelContains(any: lowest) }),
                      let bottom = figures[low].interval?.lower, let top = figures[high].interval?.upper, bottom.lessThan(top),
                      let value = figures[average].interval
                else { continue }
                let band = Interval(lower: bottom, upper: top)
                let shown = Show.interval(band, in: figures[average].unit)
                let related = [figures[low].span, figures[high].span]
                if value.overlaps(band) {
                    results.verified.append(VerificationDraft(
                        span: figures[average].span,
                        message: "the average \(figures[average].text) lies between the lowest and the highest stated \(shown)", related: related,
                        arithmetic: "\(Show.figure(figures[low])) ≤ \(Show.figure(figures[average])) ≤ \(Show.figure(figures[high]))"
                    ))
                } else {
                    results.findings.append(FindingDraft(
                        span: figures[average].span, variables: ["text": figures[average].text, "limits": shown], related: related,
                        arithmetic: "\(Show.figure(figures[average])) ∉ \(shown)", subject: figures[average].text + " " + figures[average].label
                    ))
                }
            }
        }
    }

    /// Two figures measure alike when their units do, or when neither has a unit the lexicon
    /// knows and the same word follows both (分, ℃, 岁).
    private static func sameMeasure(_ one: Figure, _ other: Figure, _ scalars: [Unicode.Scalar]) -> Bool {
        if one.unit != nil || other.unit != nil {
            return one.sameMeasure(as: other)
        }
        let first = one.span.end, second = other.span.end
        guard first < scalars.count, second < scalars.count, scalars[first] == scalars[second] else { return false }
        let properties = scalars[first].properties
        return properties.isAlphabetic || properties.generalCategory == .otherSymbol
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
