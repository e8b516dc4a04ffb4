import AuditCore
import Extraction

/// A part that is bigger than its whole.
///
/// ## What it checks
/// A figure introduced as a part (其中…, or a subgroup word such as 农村人口 right after a total
/// of the same unit) must not exceed the whole before it in the same sentence. Compound figures
/// are compared unit by unit, and approximate figures by their intervals, so "800余人" can be a
/// part of 1360人.
///
/// ## Why it matters
/// A part larger than its whole is impossible: one of the two numbers is wrong.
///
/// ## Example
/// "共搬迁314户1292人,其中贫困户353户981人" states a part of 353 households in a whole of 314.
public enum PartOfKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Label words that make a figure right after a same-unit total a subgroup of it.
        public var subsetWords: [String]?
        /// Label words that make a figure a change against another time (比上年, 同比): such a
        /// figure is neither a part nor a whole, since a change can exceed the change it is part
        /// of when other parts fell ("增加4.2万吨，其中夏粮增加5万吨").
        public var changeWords: [String]?
        /// Dimensions whose figures are never parts: a share or rate of a subgroup (其中农村 8%)
        /// may well exceed the whole's.
        public var skipDimensions: [MeasureDimension]?

        enum CodingKeys: String, CodingKey {
            case subsetWords = "subset-words"
            case changeWords = "change-words"
            case skipDimensions = "skip-dimensions"
        }
    }

    /// Compares each part with its whole.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let index = input.index
        let figures = index.figures
        let subsetWords = parameters.subsetWords ?? []
        let changeWords = LabelWords(parameters.changeWords)
        let skipped = parameters.skipDimensions ?? []
        var results = KindResults()
        for position in figures.indices where index.isQuantity(position) && index.compoundFirst[position] == position {
            if let dimension = figures[position].dimension, skipped.contains(dimension) { continue }
            let members = index.compound(of: position)
            // Most figures are no part: the fields are read in place before the figure is copied.
            let explicit = figures[position].cues.contains(.partOf)
            // A subgroup named by its label ("29052人,农村人口 27598人") counts people or households, and the label starts with it.
            var implicit = false
            if !explicit, [.persons, .households].contains(where: { $0 == figures[position].dimension }) {
                let label = figures[position].label.trimmingWhitespace().utf8
                implicit = subsetWords.contains { label.starts(with: $0.utf8) }
                    // In a 其中 list ("其中民兵580人次、党员干部1260人次") a subgroup word names a sibling part.
                    && !Self.followsQiZhong(position, in: index)
            }
            guard explicit || implicit, !figures[position].roles.contains(.perUnit),
                  !changeWords.occur(in: figures[position]), !index.isFromValue(position) else { continue }
            let figure = figures[position]
            guard let whole = findWhole(for: position, in: index, implicit: implicit, subsetWords: subsetWords, changeWords: changeWords)
            else { continue }
            let wholeMembers = index.compound(of: whole)
            var pairs: [(part: Figure, whole: Figure)] = []
            for member in members {
                if let match = wholeMembers.first(where: { figures[$0].sameMeasure(as: figures[member]) }) {
                    pairs.append((figures[member], figures[match]))
                }
            }
            guard !pairs.isEmpty else { continue }
            let span = input.extracted.text.span(figures[members.first!].span.offset..<figures[members.last!].span.end)
            let wholeText = wholeMembers.map { figures[$0].text }.joined(separator: "")
            let partText = members.map { figures[$0].text }.joined(separator: "")
            let arithmetic = pairs.map { "\(Show.figure($0.part)) \($0.part.interval!.canBeAtMost($0.whole.interval!) ? "≤" : ">") \(Show.figure($0.whole))" }
                .joined(separator: ", ")
            let related = wholeMembers.map { figures[$0].span }
            if pairs.allSatisfy({ $0.part.interval!.canBeAtMost($0.whole.interval!) }) {
                // "超过10万元，其中超过50万元的村4个": thresholds may pass as intervals, but a part whose
                // written value is above its whole's confirms nothing.
                guard pairs.allSatisfy({ pair in
                    guard let part = pair.part.value, let whole = pair.whole.value else { return true }
                    return part <= whole
                }) else { continue }
                results.verified.append(VerificationDraft(
                    span: span, message: "part \(partText) lies within its whole \(wholeText)", related: related, arithmetic: arithmetic
                ))
            } else {
                results.findings.append(FindingDraft(
                    span: span,
                    variables: ["part": partText, "whole": wholeText, "label": figure.label],
                    severity: implicit ? .warning : nil,
                    related: related, arithmetic: arithmetic,
                    hint: implicit ? "the part was recognised by its label; check that it is a subgroup of the figure before it" : nil,
                    subject: partText + " " + figure.label
                ))
            }
        }
        return results
    }

    /// Whether the figure stands in a 其中 list: an earlier figure of its sentence carries the
    /// part-of cue the extractor gives figures after 其中.
    private static func followsQiZhong(_ position: Int, in index: FigureIndex) -> Bool {
        let figures = index.figures
        var candidate = position - 1
        while candidate >= 0, figures[candidate].sentence == figures[position].sentence {
            if figures[candidate].cues.contains(.partOf) { return true }
            candidate -= 1
        }
        return false
    }

    /// Whether a figure is the base a share is taken of: its label holds 占 and 的 follows it
    /// ("占全县户籍人口52.6万人的3.5%"); 占地面积 alone is no share.
    private static func isShareBase(_ position: Int, in index: FigureIndex) -> Bool {
        let figure = index.figures[position]
        let scalars = index.text.scalars
        guard figure.span.end < scalars.count, scalars[figure.span.end] == "的" else { return false }
        return figure.label.unicodeScalars.contains { $0 == "占" || $0 == "佔" }
    }

    /// The nearest earlier figure of the same unit in the sentence that is not itself a part.
    private static func findWhole(
        for position: Int, in index: FigureIndex, implicit: Bool, subsetWords: [String], changeWords: LabelWords
    ) -> Int? {
        let figures = index.figures
        let part = figures[position]
        var candidate = position - 1
        while candidate >= 0, figures[candidate].sentence == part.sentence {
            let figure = figures[candidate]
            // A change ("比上年减少2万人") is passed over: the whole is the quantity before it.
            if figure.sameMeasure(as: part), index.isQuantity(candidate), !figure.roles.contains(.perUnit),
               !changeWords.occur(in: figure), !index.isFromValue(candidate) {
                if figure.cues.contains(.partOf) { return nil }
                // "持证残疾人占全县户籍人口52.6万人的3.5%，其中重度残疾人7935人": the whole a share is
                // taken of is no whole of the sentence's parts, which belong to its subject.
                if isShareBase(candidate, in: index) { return nil }
                if implicit && figure.labelContains(any: subsetWords) { return nil }
                return parallelWhole(for: position, nearest: candidate, in: index) ?? index.compound(of: candidate).first
            }
            // An implicit subgroup must follow its total directly.
            if implicit && !(figure.compoundGroup != nil && figure.compoundGroup == part.compoundGroup) { return nil }
            candidate -= 1
        }
        return nil
    }

    /// "死亡12人、受伤45人，其中高速公路死亡5人": the whole whose measure (its label's last two
    /// ideographs) the part names, when the nearest one's is not named and an earlier figure of
    /// the sentence, of the part's unit, has one the part names.
    private static func parallelWhole(for position: Int, nearest: Int, in index: FigureIndex) -> Int? {
        let figures = index.figures
        let label = Array(figures[position].label.unicodeScalars)
        func named(_ candidate: Int) -> Bool {
            guard let measure = figures[candidate].labelMeasure else { return false }
            return ScalarSearch.firstIndex(of: measure, in: label) != nil
        }
        guard !named(nearest) else { return nil }
        var candidate = nearest - 1
        while candidate >= 0, figures[candidate].sentence == figures[position].sentence {
            let figure = figures[candidate]
            if figure.cues.contains(.partOf) { return nil }
            if figure.sameMeasure(as: figures[position]), index.isQuantity(candidate), !figure.roles.contains(.perUnit),
               index.compoundFirst[candidate] == candidate, named(candidate) {
                return candidate
            }
            candidate -= 1
        }
        return nil
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A part (其中…, or a subgroup such as 农村人口) does not exceed the whole before it.",
        whyItMatters: "A part larger than its whole is impossible: one of the two numbers is wrong.",
        defaultMessage: "part {part} is larger than its whole {whole}",
        placeholders: ["part", "whole", "label"]
    )
}
