import AuditCore
import Extraction
import Foundation

/// A stated total that does not equal the sum of its stated breakdown.
///
/// ## What it checks
/// A total followed by its parts, unit by unit (both units of compound figures such as
/// "1451户,5364人"). Three shapes are recognised:
/// - an explicit breakdown in the total's sentence: a colon after the total, 分别, or a 其中 list;
/// - parts that follow in the next sentences and add up exactly (reported as verified);
/// - a parallel list of compound figures (per year, per group) after a total marked 全镇/共/累计.
/// Sums are intervals, so approximate parts never raise a false alarm. An explicit breakdown
/// that does not add up is an error; a list recognised by its shape, or one whose parts may
/// overlap (含, 包括, 其中), is a warning.
///
/// ## Why it matters
/// Parts that do not add up to their total mean a part is missing, counted twice, or mistyped.
///
/// ## Example
/// "全镇贫困户1190户:甲村312户、乙村95户、丙村140户、丁村661户" adds up to 1208, not 1190.
public enum SumKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// How many sentences after a total a parallel list may run; 8 when absent.
        public var windowSentences: Int?
        /// How many sentences after a total exact parts are looked for; 2 when absent.
        public var followingSentences: Int?
        /// The fewest parts a parallel list needs; 3 when absent.
        public var minParts: Int?
        /// Label words in parts that say they may overlap (含, 包括); they lower the severity.
        public var overlapWords: [String]?
        /// Label words that make a figure a change against another time (比上年, 同比): such a
        /// figure is neither a total nor a part ("比上年增加4.2万吨" is no total of this year's crops).
        public var changeWords: [String]?
        /// Verbs that, as a figure's whole label ("与2010年相比，减少15866人"), make it a change.
        public var changeVerbs: [String]?
        /// Words of a rest left unlisted ("其余收益结转下年使用"): after the parts of a total, they
        /// say the parts may fall short of it.
        public var remainderWords: [String]?
        /// Word lists that each name one attribute of people (age: 岁; sex: 女性; schooling: 学历).
        /// Parts that name two attributes profile one group ("其中35岁以下17名、女性8名"), they do
        /// not divide it, so they are not summed.
        public var attributeGroups: [[String]]?
        /// Words that open and close a phrase naming a breakdown (从…看, 分…看, 按…划分): a sentence
        /// opening with one lists the whole of the total in the statement before it. None when absent.
        public var breakdownOpeners: [String]?
        /// See `breakdownOpeners`.
        public var breakdownClosers: [String]?

        enum CodingKeys: String, CodingKey {
            case breakdownOpeners = "breakdown-openers"
            case breakdownClosers = "breakdown-closers"
            case attributeGroups = "attribute-groups"
            case windowSentences = "window-sentences"
            case followingSentences = "following-sentences"
            case minParts = "min-parts"
            case overlapWords = "overlap-words"
            case changeWords = "change-words"
            case changeVerbs = "change-verbs"
            case remainderWords = "remainder-words"
        }
    }

    /// Checks every total against the breakdown that follows it.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let pass = SumPass(input: input, parameters: parameters)
        pass.run()
        return pass.results
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A stated total equals the sum of its stated breakdown, unit by unit.",
        whyItMatters: "Parts that do not add up mean a part is missing, counted twice, or mistyped.",
        defaultMessage: "the parts of {total} add up to {sum}",
        placeholders: ["total", "sum", "label", "parts"]
    )
}

/// One evaluation of the sum kind over a document. A class: the closures that test candidates
/// capture it, and capturing a struct copied every array it holds.
private final class SumPass {
    let input: CheckInput
    let parameters: SumKind.Parameters
    let index: FigureIndex
    var used: Set<Int> = []
    var results = KindResults()
    /// For a total whose parts come first, a figure marked as a total right before them that may
    /// be their first addend.
    var leadingAddend: [Int: Int] = [:]

    /// The document's figures, held here rather than read through `index` at every use.
    let figures: [Figure]
    /// For each figure, whether its label makes it a change against another time.
    let changes: [Bool]

    init(input: CheckInput, parameters: SumKind.Parameters) {
        self.input = input
        self.parameters = parameters
        self.index = input.index
        let figures = input.extracted.figures
        self.figures = figures
        let changeWords = LabelWords(parameters.changeWords)
        let changeVerbs = VerbLabels(parameters.changeVerbs)
        let index = input.index
        changes = figures.indices.map { changeWords.occur(in: figures[$0]) || index.isFromValue($0) || changeVerbs.isWholeLabel(of: figures[$0]) }
    }

    /// Whether a figure is a stated quantity the sum can use: not a change against another time.
    private func isQuantity(_ position: Int) -> Bool {
        index.isQuantity(position) && !changes[position]
    }

    func run() {
        for total in figures.indices where isTotal(total) && !used.contains(total) {
            if let parts = partsBeforeTotal(total) {
                judge(total: total, parts: parts, shape: .partsFirst)
            } else if let (parts, shape) = explicitBreakdown(total) {
                judge(total: total, parts: parts, shape: shape)
            } else if let parts = exactFollowingParts(total) {
                judge(total: total, parts: parts, shape: .following)
            } else if let parts = parallelList(total) {
                judge(total: total, parts: parts, shape: .parallel)
            }
        }
        // "平均每日開行列車1,036列次，其中對號列車412列次、區間車596列次": the parts of a per-unit
        // figure's 其中 list are per that unit too, though no 每 stands before them.
        for total in figures.indices where figures[total].roles.contains(.perUnit) && !used.contains(total) {
            guard isTotal(total, perUnit: true), let (parts, shape) = explicitBreakdown(total),
                  shape == .partsOf || shape == .colon else { continue }
            judge(total: total, parts: parts, shape: shape)
        }
    }

    enum Shape {
        case colon, respectively, partsOf, following, parallel, partsFirst
    }

    /// Words right before a total that sum what precedes it ("…50户，共120户"), optionally
    /// followed by 有, 达 or 为.
    private static let sumWords: [[Unicode.Scalar]] = ["共计", "共計", "合计", "合計", "总计", "總計", "总共", "總共", "一共", "共"]
        .flatMap { word in ["", "有", "达", "達", "为", "為"].map { Array((word + $0).unicodeScalars) } }

    /// Words that make a summed figure the rest of a list rather than its total ("其他各税合计").
    private static let residualWords: [[Unicode.Scalar]] = ["其他", "其它", "其餘", "其余"].map { Array($0.unicodeScalars) }

    /// The last scalars of `sumWords`: a total not preceded by one of them needs no word compared.
    private static let sumWordEnds = Set(sumWords.map { $0.last! })

    /// "甲村30户、乙村40户、丙村50户，共120户": parts listed first, then their sum.
    private func partsBeforeTotal(_ total: Int) -> [Int]? {
        let start = figures[total].span.offset
        guard start > 0, Self.sumWordEnds.contains(input.extracted.text.scalars[start - 1]) else { return nil }
        let figure = figures[total]
        let text = input.extracted.text
        guard let word = Self.sumWords.first(where: { word in
            start - word.count >= figure.clause.lowerBound && UnitLexicon.matchesWord(word, text.scalars, at: start - word.count)
        }) else {
            return nil
        }
        // "…契税4316万元，其他各税合计4592万元": the rest, summed, is the list's last part.
        let lead = Array(text.scalars[figure.clause.lowerBound..<(start - word.count)])
        if Self.residualWords.contains(where: { ScalarSearch.firstIndex(of: $0, in: lead) != nil }) { return nil }
        var parts: [Int] = []
        var candidate = total - 1
        while candidate >= 0, figures[candidate].sentence == figure.sentence {
            let first = index.compoundFirst[candidate]
            if first == candidate, sharesMeasure(candidate, total), !used.contains(candidate) {
                let part = figures[candidate]
                guard isQuantity(candidate), !part.roles.contains(.perUnit) else { break }
                // A figure marked as a total ends the parts, but may be the first addend
                // ("全县收入52360万元，加上级补助收入…，收入总计…"): `judge` tries it.
                if part.cues.contains(.total) {
                    leadingAddend[total] = candidate
                    break
                }
                parts.insert(candidate, at: 0)
            }
            candidate -= 1
        }
        guard parts.count >= 2, !measuresOtherThanTotal(parts, total: total) else { return nil }
        return parts
    }

    /// Whether every part's label holds a word of two scalars that the total's label lacks: "生产熟料
    /// 1,845万吨，生产水泥2,236万吨，销售水泥及熟料合计2,418万吨" totals what was sold, not what was made.
    private func measuresOtherThanTotal(_ parts: [Int], total: Int) -> Bool {
        func bigrams(_ label: String) -> Set<[Unicode.Scalar]> {
            let scalars = Array(label.unicodeScalars.filter(\.properties.isIdeographic))
            return Set(scalars.indices.dropLast().map { [scalars[$0], scalars[$0 + 1]] })
        }
        // A total labelled by a sum word alone ("，共144个") names nothing the parts could differ from.
        let sumWords: Set<[Unicode.Scalar]> = Set(Self.sumWords.filter { $0.count == 2 } + [["合", "共"], ["總", "數"], ["总", "数"]])
        let own = bigrams(figures[total].label).subtracting(sumWords)
        guard !own.isEmpty else { return false }
        var shared = bigrams(figures[parts[0]].label)
        for part in parts.dropFirst() { shared.formIntersection(bigrams(figures[part].label)) }
        return !shared.subtracting(own).isEmpty && !own.isSubset(of: bigrams(figures[parts[0]].label))
    }


    /// Whether a figure can be a total: a quantity, not a part, and per unit only when `perUnit`.
    private func isTotal(_ position: Int, perUnit: Bool = false) -> Bool {
        guard index.compoundFirst[position] == position, isQuantity(position) else { return false }
        guard let dimension = figures[position].dimension, dimension != .percent,
              // Spans of time are no totals, but hours of work or broadcast are (总时长52,460小时).
              dimension != .time || (figures[position].unit?.canonical == "小时" && figures[position].labelContains(any: Self.durationWords))
        else { return false }
        return !figures[position].cues.contains(.partOf) && (perUnit || !figures[position].roles.contains(.perUnit))
            && !figures[position].masked
    }

    /// Whether `candidate`'s compound has a figure of each unit of `total`'s compound.
    private func matches(_ candidate: Int, _ total: Int) -> Bool {
        let candidates = index.compound(of: candidate)
        return index.compound(of: total).allSatisfy { member in
            candidates.contains { figures[$0].sameMeasure(as: figures[member]) }
        }
    }

    private func sharesMeasure(_ candidate: Int, _ total: Int) -> Bool {
        index.compound(of: candidate).contains { member in
            index.compound(of: total).contains { figures[$0].sameMeasure(as: figures[member]) }
        }
    }

    /// First members of the compounds after `total`'s compound, up to `sentences` sentences on.
    private func following(_ total: Int, sentences: Int) -> [Int] {
        let last = index.compoundLast[total]
        let limit = index.sentenceOrdinal[total] + sentences
        var result: [Int] = []
        result.reserveCapacity(16)
        var candidate = last + 1
        while candidate < figures.count, index.sentenceOrdinal[candidate] <= limit {
            if index.compoundFirst[candidate] == candidate { result.append(candidate) }
            candidate += 1
        }
        return result
    }

    /// Words of a label that make hours a quantity to sum: 时长, 工时.
    private static let durationWords = ["时长", "時長", "时数", "時數", "工时", "工時", "学时", "學時", "课时", "課時"]

    /// 分别为 with a colon: the parts after it are listed in full.
    private static let respectivelyColons: [[Unicode.Scalar]] = ["分别为：", "分别是：", "分別為：", "分別是：", "分别为:", "分别是:", "分別為:", "分別是:"].map { Array($0.unicodeScalars) }

    private func explicitBreakdown(_ total: Int) -> ([Int], Shape)? {
        let figure = figures[total]
        let text = input.extracted.text
        let clauseEnd = figure.clause.upperBound - 1
        let colon = clauseEnd >= 0 && (text.scalars[clauseEnd] == "：" || text.scalars[clauseEnd] == ":")
        let isPart: (Int) -> Bool = { [self] in sharesMeasure($0, total) && isQuantity($0) && !figures[$0].roles.contains(.perUnit) }
        // Parts in the total's sentence, or a 其中 sentence right after it.
        let after = following(total, sentences: 1)
        let inSentence = topLevel(after.prefix { figures[$0].sentence == figure.sentence }.filter(isPart))
        if inSentence.count >= 2 {
            if colon { return (inSentence, .colon) }
            // "商标注册申请量12,460件，按类型划分，商品商标9,830件、…": a breakdown phrase after the total.
            var phraseStart = figure.clause.upperBound
            while phraseStart < figure.sentence.upperBound, ["，", ",", "；", " "].contains(text.scalars[phraseStart]) { phraseStart += 1 }
            if let end = breakdownPhrase.end(of: phraseStart..<figure.sentence.upperBound, in: text.scalars),
               figures[inSentence[0]].span.offset >= end {
                return (inSentence, .colon)
            }
            // "总时长52,460小时，分别为：电视频道31,280小时、…": the colon ends a clause of its own.
            let lead = Array(text.scalars[figure.span.end..<figures[inSentence[0]].span.offset])
            if Self.respectivelyColons.contains(where: { ScalarSearch.firstIndex(of: $0, in: lead) != nil }) {
                return (inSentence, .colon)
            }
            if inSentence.contains(where: { figures[$0].cues.contains(.respectively) }) { return (inSentence, .respectively) }
            if figures[inSentence[0]].cues.contains(.partOf) {
                // "其中：甲村312户、乙村95户…" lists the parts explicitly.
                let first = figures[inSentence[0]]
                let lead = text.string(figure.span.end..<first.span.offset)
                return (extendAcrossSemicolons(enumerationRun(inSentence), total: total),
                        lead.containsText("其中：") || lead.containsText("其中:") ? .colon : .partsOf)
            }
        }
        if let parts = breakdownSentence(after: total, isPart: isPart) { return (parts, .colon) }
        // "…投资45.6亿元。其中，工业投资18.2亿元，…": a 其中 sentence right after the total breaks it down.
        guard let next = after.first(where: { figures[$0].sentence != figure.sentence }),
              index.sentenceOrdinal[next] == index.sentenceOrdinal[total] + 1, figures[next].cues.contains(.partOf),
              text.string(figures[next].sentence).trimmingWhitespace().hasPrefix("其中") else { return nil }
        let parts = extendAcrossSemicolons(topLevel(after.filter { figures[$0].sentence == figures[next].sentence }.filter(isPart)), total: total)
        // The 其中 sentence breaks down one total: once it has, it is no other figure's breakdown.
        guard parts.count >= 2, !parts.contains(where: { used.contains($0) }) else { return nil }
        return (parts, .partsOf)
    }

    /// "审计促进增收节支4.36亿元，比上年增长6.3%。从构成看，促进财政增收1.28亿元，…": the parts of
    /// the first sentence after the total's statement (clauses joined by semicolons are one), when
    /// that sentence opens with a phrase naming a breakdown. Such a list is meant to be whole.
    private func breakdownSentence(after total: Int, isPart: (Int) -> Bool) -> [Int]? {
        guard !breakdownPhrase.isEmpty else { return nil }
        let scalars = input.extracted.text.scalars
        // The first figure after the statement, once per sentence: most sentences that follow one
        // open with no breakdown phrase, and the totals of a sentence share the answer.
        let key = index.sentenceOrdinal[total]
        if breakdownAfter.isEmpty { breakdownAfter = Array(repeating: -2, count: (index.sentenceOrdinal.last ?? 0) + 1) }
        let found: Int?
        if breakdownAfter[key] != -2 {
            found = breakdownAfter[key] >= 0 ? breakdownAfter[key] : nil
        } else {
            var statement = figures[total].sentence
            var next = total + 1
            while next < figures.count {
                let sentence = figures[next].sentence
                if sentence == statement || sentence.lowerBound < statement.upperBound {
                    next += 1
                } else if FigureIndex.endsWithSemicolon(statement, in: scalars) {
                    statement = sentence
                } else {
                    break
                }
            }
            found = next < figures.count && breakdownPhraseEnd(figures[next].sentence).map { figures[next].span.offset >= $0 } == true
                ? next : nil
            breakdownAfter[key] = found ?? -1
        }
        guard let candidate = found else { return nil }
        let sentence = figures[candidate].sentence
        // "油气当量合计1,956万吨，由原油1,268万吨和天然气688万吨构成。从区块看，…": a total whose
        // statement already lists parts of its measure is not what the breakdown divides.
        if ((total + 1)..<candidate).filter({ figures[$0].sentence == figures[total].sentence && sharesMeasure($0, total) && isQuantity($0)
            && index.compoundFirst[$0] == $0 && !figures[$0].roles.contains(.perUnit) }).count >= 2 {
            return nil
        }
        // "…網上購物6,842宗、旅遊服務3,915宗、電訊服務2,768宗，以上三類合共13,525宗": a breakdown
        // that totals itself is a selection, not the whole of the total before.
        let statementEnd = (candidate..<figures.count).first { !sameStatement($0, candidate) } ?? figures.count
        if (candidate..<statementEnd).contains(where: { figures[$0].cues.contains(.total) && sharesMeasure($0, total) }) { return nil }
        // A statement that is itself a breakdown (其中…, 医院中，公立医院5个，民营医院9个) has no total of its own.
        if (total..<candidate).contains(where: { figures[$0].cues.contains(.partOf) && sharesMeasure($0, total) }) { return nil }
        // The total heads its statement (clauses joined by semicolons): no figure of its measure
        // stands before it there ("进口37.13亿元，…实现贸易顺差52.22亿元" is no total of a breakdown).
        var earlier = total - 1
        var earlierSentence = figures[total].sentence
        while earlier >= 0 {
            if figures[earlier].sentence != earlierSentence {
                guard FigureIndex.endsWithSemicolon(figures[earlier].sentence, in: scalars) else { break }
                earlierSentence = figures[earlier].sentence
            }
            if sharesMeasure(earlier, total), index.isQuantity(earlier) { return nil }
            earlier -= 1
        }
        // A total that a breakdown phrase opens its statement with is a part of another breakdown.
        guard breakdownPhraseEnd(earlierSentence) == nil else { return nil }
        let inSentence = (candidate..<figures.count).prefix { figures[$0].sentence == sentence }
            .filter { index.compoundFirst[$0] == $0 && isPart($0) }
        let parts = extendAcrossSemicolons(topLevel(Array(inSentence)), total: total)
        guard parts.count >= 2, !parts.contains(where: { used.contains($0) }) else { return nil }
        return parts
    }

    /// Whether `other` is in `figure`'s sentence or a sentence joined to it by semicolons after it.
    private func sameStatement(_ other: Int, _ figure: Int) -> Bool {
        var position = figure
        while position < other {
            let next = figures[position + 1].sentence
            if next != figures[position].sentence,
               !(FigureIndex.endsWithSemicolon(figures[position].sentence, in: input.extracted.text.scalars)
                 || input.extracted.text.scalars[figures[position].sentence.upperBound - 1] == "，") { return false }
            position += 1
        }
        return true
    }

    /// For each sentence (by ordinal) a total was tried in, the first figure of the breakdown
    /// sentence after its statement: -1 when there is none, -2 before it is looked for.
    private var breakdownAfter: [Int] = []

    /// The phrase that opens a breakdown sentence.
    private lazy var breakdownPhrase = BreakdownPhrase(openers: parameters.breakdownOpeners, closers: parameters.breakdownClosers)

    /// Where the phrase naming a breakdown ends, when the sentence opens with one.
    private func breakdownPhraseEnd(_ sentence: Range<Int>) -> Int? {
        breakdownPhrase.end(of: sentence, in: input.extracted.text.scalars)
    }

    /// "其中食品类案件168件、药品类72件…其他案件89件，向公安机关移送案件7件": parts joined by 、 end
    /// at the first comma; what follows is another statement.
    private func enumerationRun(_ parts: [Int]) -> [Int] {
        guard parts.count > 2 else { return parts }
        let scalars = input.extracted.text.scalars
        func gap(_ first: Int, _ second: Int) -> ArraySlice<Unicode.Scalar> {
            scalars[figures[first].span.end..<max(figures[first].span.end, figures[second].span.offset)]
        }
        let opening = gap(parts[0], parts[1])
        guard opening.contains("、"), !opening.contains(where: { $0 == "，" || $0 == "," }) else { return parts }
        for position in 2..<parts.count where gap(parts[position - 1], parts[position]).contains(where: { $0 == "，" || $0 == "," }) {
            return Array(parts[..<position])
        }
        return parts
    }

    /// The parts at the first part's bracket depth: "医院18个（公立医院7个、民营医院11个），卫生院21个"
    /// breaks one part down inside brackets, and those figures are not parts of the total.
    private func topLevel(_ parts: [Int]) -> [Int] {
        guard let first = parts.first else { return parts }
        let scalars = input.extracted.text.scalars
        let sentence = figures[first].sentence
        guard scalars[sentence].contains(where: { $0 == "（" || $0 == "(" }) else { return parts }
        func depth(_ offset: Int) -> Int {
            var depth = 0
            for scalar in scalars[sentence.lowerBound..<offset] {
                if scalar == "（" || scalar == "(" { depth += 1 } else if (scalar == "）" || scalar == ")") && depth > 0 { depth -= 1 }
            }
            return depth
        }
        let level = depth(figures[first].span.offset)
        return parts.filter { figures[$0].sentence != sentence || depth(figures[$0].span.offset) <= level }
    }

    /// "其中，第一产业增加值32.41亿元；第二产业增加值67.35亿元；第三产业…": a 其中 list goes on
    /// after a semicolon while the next item's label ends like the first part's (产业增加值).
    /// An item with another label ("贫困戶從事公益崗位537人") is a new statement.
    private func extendAcrossSemicolons(_ parts: [Int], total: Int) -> [Int] {
        guard let first = parts.first else { return parts }
        let scalars = input.extracted.text.scalars
        let firstLabel = Array(figures[first].label.unicodeScalars)
        var result = parts
        var sentence = figures[parts.last!].sentence
        while sentence.upperBound > 0, scalars[sentence.upperBound - 1] == "；" || scalars[sentence.upperBound - 1] == ";" {
            let nextStart = sentence.upperBound
            // Figures are in text order, so the next sentence's figures follow the last part's.
            var start = result.last! + 1
            while start < figures.count, figures[start].sentence.lowerBound < nextStart { start += 1 }
            guard let candidate = figures[start...].prefix(while: { $0.sentence.lowerBound == nextStart }).indices.first(where: { index in
                sharesMeasure(index, total) && self.isQuantity(index) && !figures[index].roles.contains(.perUnit)
            }) else { break }
            let label = Array(figures[candidate].label.unicodeScalars)
            var shared = 0
            while shared < min(label.count, firstLabel.count), label[label.count - 1 - shared] == firstLabel[firstLabel.count - 1 - shared] {
                shared += 1
            }
            guard shared >= 2, !figures[candidate].cues.contains(.total) else { break }
            result.append(candidate)
            sentence = figures[candidate].sentence
        }
        return result
    }

    private func exactFollowingParts(_ total: Int) -> [Int]? {
        // Approximate figures add up to almost anything; only exact ones verify a sum by themselves.
        guard index.compound(of: total).allSatisfy({ figures[$0].qualifier == .exact }) else { return nil }
        let members = index.compound(of: total)
        // Running sums, one per unit of the total, so each candidate costs one addition per unit
        // rather than a new sum of every part so far (the same sums `compare` would make).
        var sums: [Interval?] = Array(repeating: Interval.exactly(0), count: members.count)
        var parts: [Int] = []
        for candidate in following(total, sentences: parameters.followingSentences ?? 2) {
            guard matches(candidate, total), isQuantity(candidate), !figures[candidate].roles.contains(.perUnit) else { continue }
            if figures[candidate].cues.contains(.partOf) { continue }
            let candidates = index.compound(of: candidate)
            // An inferred sum takes parts counted with the total's own word, whatever its scale
            // (人 and 萬人): 开设订单班12个 is no part of 48家企业, though 个 and 家 count alike.
            guard candidates.allSatisfy({ part in
                members.allSatisfy { member in
                    !figures[member].sameMeasure(as: figures[part])
                        || figures[member].unit?.written.unicodeScalars.last == figures[part].unit?.written.unicodeScalars.last
                }
            }) else { continue }
            guard candidates.allSatisfy({ figures[$0].qualifier == .exact }) else { return nil }
            if figures[candidate].cues.contains(.total) && !parts.isEmpty { break }
            parts.append(candidate)
            var compared = false
            var holds = true
            var exceeds = false
            for (slot, member) in members.enumerated() {
                guard let sum = sums[slot], let totalInterval = figures[member].interval,
                      let part = candidates.first(where: { figures[$0].sameMeasure(as: figures[member]) }),
                      let partInterval = figures[part].interval else {
                    sums[slot] = nil
                    continue
                }
                let next = sum + partInterval
                sums[slot] = next
                compared = true
                holds = holds && next.overlaps(totalInterval)
                exceeds = exceeds || !next.canBeAtMost(totalInterval)
            }
            guard compared else { return nil }
            if parts.count >= 2 && holds { return parts }
            if exceeds { return nil }
        }
        return nil
    }

    private func parallelList(_ total: Int) -> [Int]? {
        let figure = figures[total]
        guard figure.cues.contains(.total), index.compound(of: total).count >= 2 else { return nil }
        let limit = index.sentenceOrdinal[total] + (parameters.windowSentences ?? 8)
        var parts: [Int] = []
        for candidate in following(total, sentences: parameters.windowSentences ?? 8) {
            guard index.sentenceOrdinal[candidate] <= limit else { break }
            guard sharesMeasure(candidate, total) else { continue }
            let part = figures[candidate]
            guard matches(candidate, total), index.compound(of: candidate).count >= 2, isQuantity(candidate),
                  !part.cues.contains(.partOf), !part.cues.contains(.total), !part.roles.contains(.perUnit) else { break }
            // A plan after a list of results starts a new topic.
            if part.roles.contains(.target), !parts.isEmpty, !parts.contains(where: { figures[$0].roles.contains(.target) }) { break }
            parts.append(candidate)
        }
        return parts.count >= (parameters.minParts ?? 3) ? parts : nil
    }

    struct UnitComparison {
        var total: Figure
        var parts: [Figure]
        var sum: Interval
        var holds: Bool
        var exceeds: Bool
    }

    /// Sums the parts unit by unit; a unit of the total that some part lacks is not compared, and
    /// nil means no unit could be compared.
    private func compare(total: Int, parts: [Int]) -> [UnitComparison]? {
        var comparisons: [UnitComparison] = []
        for member in index.compound(of: total) {
            let totalFigure = figures[member]
            let partFigures = parts.compactMap { part in
                index.compound(of: part).map { figures[$0] }.first { $0.sameMeasure(as: totalFigure) }
            }
            guard partFigures.count == parts.count, let sum = Show.sum(partFigures.map(\.interval)),
                  let totalInterval = totalFigure.interval else { continue }
            let exceeds = !sum.canBeAtMost(totalInterval)
            comparisons.append(UnitComparison(
                total: totalFigure, parts: partFigures, sum: sum, holds: sum.overlaps(totalInterval), exceeds: exceeds
            ))
        }
        return comparisons.isEmpty ? nil : comparisons
    }

    private func judge(total: Int, parts: [Int], shape: Shape) {
        guard let comparisons = compare(total: total, parts: parts) else { return }
        if !comparisons.allSatisfy(\.holds), let (otherTotal, otherParts) = consistentReading(total: total, parts: parts, shape: shape) {
            judge(total: otherTotal, parts: otherParts, shape: shape)
            return
        }
        // "其中，中级法院受理12,608件，审结11,734件；基层法院受理73,844件…": parts that repeat two
        // measures are a table of them; the total's own measure (审结) picks its parts.
        if !comparisons.allSatisfy(\.holds), let own = ownMeasureParts(total: total, parts: parts), own.count < parts.count {
            if own.count >= 2 { judge(total: total, parts: own, shape: shape) }
            return
        }
        // "死亡5人、受傷21人；其中住宅火災造成死亡2人、受傷9人": each part belongs to the total whose
        // measure it names.
        if !comparisons.allSatisfy(\.holds), let own = partsOfParallelTotal(total: total, parts: parts) {
            if own.count >= 2 { judge(total: total, parts: own, shape: shape) }
            return
        }
        used.formUnion(parts.flatMap { index.compound(of: $0) })
        let members = index.compound(of: total)
        let text = input.extracted.text
        let span = text.span(figures[members.first!].span.offset..<figures[members.last!].span.end)
        let related = parts.flatMap { index.compound(of: $0).map { figures[$0].span } }
        let arithmetic = comparisons.map(arithmeticLine).joined(separator: "; ")
        if comparisons.allSatisfy(\.holds) {
            results.verified.append(VerificationDraft(
                span: span, message: "\(parts.count) parts add up to \(text.string(span.range))",
                related: related, arithmetic: arithmetic
            ))
            return
        }
        // "重点人群14.40万人，签约11.26万人，签约率78.2%": a part that a later rate gives as a share
        // of an earlier part is that part's subset, not its sibling.
        if profilesAttributes(parts) { return }
        let nested = nestedByRate(parts)
        if !nested.isEmpty {
            let siblings = parts.filter { !nested.contains($0) }
            if siblings.count >= 2 { judge(total: total, parts: siblings, shape: shape) }
            return
        }
        let exceeds = comparisons.contains(where: \.exceeds)
        // A 其中 list names subsets: falling short of the total is expected, unless its last part is
        // the rest (其他案件89件, 等外公路38.7公里), which makes the list whole.
        if shape == .partsOf && !exceeds && !endsWithRest(parts) { return }
        // "…提取福利费8.7万元；…其余收益结转下年使用": the text says a rest is left unlisted.
        if !exceeds && restFollows(parts) { return }
        // "第一類個案22,410人次，佔1.6%；第二類…佔2.4%": shares well under 100% say so too.
        if !exceeds && sharesShowPartial(parts) { return }
        let overlapWords = parameters.overlapWords ?? ["含", "包括"]
        let mayOverlap = parts.contains { figures[$0].labelContains(any: overlapWords) } || shape == .partsOf
        let inferred = shape == .parallel || shape == .following || shape == .partsFirst
        let failing = comparisons.filter { !$0.holds }
        results.findings.append(FindingDraft(
            span: span,
            variables: [
                "total": text.string(span.range),
                "sum": failing.map { Show.interval($0.sum, in: $0.total.unit) }.joined(separator: " and "),
                "label": figures[total].label,
                "parts": parts.map { index.compound(of: $0).map { figures[$0].text }.joined() }.joined(separator: ", "),
            ],
            // A list inferred from its shape may be incomplete: falling short is only worth a look.
            severity: inferred && !exceeds ? .info : (inferred || mayOverlap ? .warning : nil),
            related: related, arithmetic: arithmetic, hint: hint(failing.first!, mayOverlap: mayOverlap),
            subject: text.string(span.range) + " " + figures[total].label
        ))
    }

    /// The parts whose label ends with a word of the total's label, when the parts' labels end in
    /// a cycle of two or more different words (受理, 审结, 受理, 审结): such parts tabulate several
    /// measures of several subjects, not one total. Nil when the labels do not tabulate.
    private func ownMeasureParts(total: Int, parts: [Int]) -> [Int]? {
        let endings = parts.map { String(String.UnicodeScalarView(figures[$0].label.unicodeScalars.suffix(2))) }
        guard endings.allSatisfy({ $0.unicodeScalars.count == 2 && $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) })
        else { return nil }
        // A table repeats its cycle in full, or names a measure alone (审结 of the subject before):
        // 對號列車, 區間車, 貨物列車 are three subjects of one measure, no table.
        let bareMeasure = parts.indices.contains { figures[parts[$0]].label.trimmingWhitespace() == endings[$0] }
        let cycles = (2..<max(2, endings.count)).contains { period in
            (endings.count >= 2 * period || bareMeasure) && Set(endings.prefix(period)).count == period
                && (period..<endings.count).allSatisfy { endings[$0] == endings[$0 - period] }
        }
        guard cycles else { return nil }
        let totalLabel = figures[total].label
        return parts.indices.filter { totalLabel.containsText(endings[$0]) }.map { parts[$0] }
    }

    /// The parts that name no measure of another total beside this one, when some do: "死亡5人、
    /// 受傷21人" are two totals of one unit, and a part labelled 受傷 is not one of 死亡's. A
    /// measure is the last two ideographs of a label; the other totals stand in the total's
    /// sentence before the parts. Nil when no part names another's measure.
    private func partsOfParallelTotal(total: Int, parts: [Int]) -> [Int]? {
        guard let own = figures[total].labelMeasure else { return nil }
        let sentence = figures[total].sentence
        var others: [[Unicode.Scalar]] = []
        var candidate = index.compoundFirst[total]
        while candidate > 0, figures[candidate - 1].sentence == sentence { candidate -= 1 }
        // The other totals stand before the parts, each first in its compound.
        let firstPart = parts.min() ?? total
        while candidate < firstPart, figures[candidate].sentence == sentence {
            if index.compoundFirst[candidate] == candidate, candidate != index.compoundFirst[total],
               figures[candidate].sameMeasure(as: figures[total]),
               isQuantity(candidate), !figures[candidate].cues.contains(.partOf), let other = figures[candidate].labelMeasure, other != own {
                others.append(other)
            }
            candidate += 1
        }
        guard !others.isEmpty else { return nil }
        let kept = parts.filter { part in
            let label = Array(figures[part].label.unicodeScalars)
            return ScalarSearch.firstIndex(of: own, in: label) != nil || !others.contains { ScalarSearch.firstIndex(of: $0, in: label) != nil }
        }
        return kept.count < parts.count ? kept : nil
    }

    /// Whether each part is followed in its sentence by its share (，佔1.6%), and the shares add up
    /// to less than 99%: the text lists only some of the total's parts.
    private func sharesShowPartial(_ parts: [Int]) -> Bool {
        var sum = Decimal(0)
        for part in parts {
            let next = part + 1
            guard next < figures.count, figures[next].sentence == figures[part].sentence, ShareLabel.isWrittenPercent(figures[next]),
                  figures[next].labelContains(any: ["占", "佔"]), let upper = figures[next].interval?.upper else { return false }
            sum += upper
        }
        return sum < 99
    }

    /// Whether the last part's label opens with a word for the rest: 其他, 其余, 等外.
    private func endsWithRest(_ parts: [Int]) -> Bool {
        guard let last = parts.max() else { return false }
        let label = Array(figures[last].label.unicodeScalars.drop { $0.isSpace || $0 == "、" || $0 == "，" || $0 == "," })
        return (Self.residualWords + [Array("等外".unicodeScalars)]).contains { label.starts(with: $0) }
    }

    /// Whether a remainder word follows the last part before the statement ends (at 。, ！, ？ or
    /// the end of the line; semicolons do not end it).
    private func restFollows(_ parts: [Int]) -> Bool {
        guard let words = parameters.remainderWords, !words.isEmpty, let last = parts.max() else { return false }
        let scalars = input.extracted.text.scalars
        let start = figures[last].span.end
        var end = start
        while end < scalars.count, !["。", "！", "？", "\n"].contains(scalars[end]) { end += 1 }
        guard end > start else { return false }
        let rest = Array(scalars[start..<end])
        return words.contains { ScalarSearch.lastIndex(of: Array($0.unicodeScalars), in: rest) != nil }
    }

    /// Whether the parts name two or more attributes of `attributeGroups`.
    private func profilesAttributes(_ parts: [Int]) -> Bool {
        guard let groups = parameters.attributeGroups, !groups.isEmpty else { return false }
        var named: Set<Int> = []
        for part in parts {
            if let group = groups.firstIndex(where: { figures[part].labelContains(any: $0) }) { named.insert(group) }
        }
        return named.count >= 2
    }

    /// The parts that a percentage after them, in their sentence, states as a share of an earlier
    /// part: 100 × part ÷ earlier part lies within the percentage.
    private func nestedByRate(_ parts: [Int]) -> Set<Int> {
        var nested: Set<Int> = []
        for (position, part) in parts.enumerated() where position > 0 {
            guard let partLow = figures[part].interval?.lower, let partHigh = figures[part].interval?.upper, partLow >= 0 else { continue }
            var next = part + 1
            while next < figures.count, figures[next].sentence == figures[part].sentence {
                defer { next += 1 }
                guard figures[next].dimension == .percent, let band = figures[next].interval else { continue }
                let isShare = parts[..<position].contains { whole in
                    guard figures[whole].sameMeasure(as: figures[part]), let wholeLow = figures[whole].interval?.lower,
                          let wholeHigh = figures[whole].interval?.upper, wholeLow > 0 else { return false }
                    return Interval.quotientOverlaps(
                        numeratorLow: Self.hundred.multiplied(by: partLow), numeratorHigh: Self.hundred.multiplied(by: partHigh),
                        denominatorLow: wholeLow, denominatorHigh: wholeHigh, band: band
                    )
                }
                if isShare {
                    nested.insert(part)
                    break
                }
            }
        }
        return nested
    }

    /// 100 as a decimal, for percentages.
    private static let hundred: Decimal = 100

    /// Another reading of a breakdown that does not add up, under which it does, or nil. Text that
    /// states a breakdown exactly is not wrong because a neighbouring figure was read into it:
    /// - the parts may add up to another figure of the total's sentence (or of clauses joined to it
    ///   by semicolons), stated before it
    ///   ("外出务工16847人，…完成目标任务16200人的104.0%，其中县外11362人、县内5485人");
    /// - the first parts may add up to the total, and the rest be another statement
    ///   ("专利612项，其中发明148项、实用新型437项、外观27项；新增授权86项");
    /// - parts listed before their sum may start with a figure marked as a total
    ///   ("全县收入52360万元，加上级补助收入198650万元、…，收入总计297580万元"), or end with the
    ///   parts nearest the sum.
    private func consistentReading(total: Int, parts: [Int], shape: Shape) -> (Int, [Int])? {
        func holds(_ total: Int, _ parts: [Int]) -> Bool {
            compare(total: total, parts: parts).map { $0.allSatisfy(\.holds) } ?? false
        }
        if shape == .partsFirst {
            if let addend = leadingAddend[total], holds(total, [addend] + parts) { return (total, [addend] + parts) }
            for drop in stride(from: 1, through: parts.count - 2, by: 1) where holds(total, Array(parts.dropFirst(drop))) {
                return (total, Array(parts.dropFirst(drop)))
            }
            return nil
        }
        var other = total - 1
        var sentence = figures[total].sentence
        while other >= 0 {
            // "实际录取6,912人，…；新生报到6,874人…。其中省内录取3,418人、省外录取3,494人": clauses
            // joined by semicolons are one sentence for this.
            if figures[other].sentence != sentence {
                guard FigureIndex.endsWithSemicolon(figures[other].sentence, in: input.extracted.text.scalars) else { break }
                sentence = figures[other].sentence
            }
            if index.compoundFirst[other] == other, !used.contains(other), isTotal(other), matches(other, total), holds(other, parts) {
                return (other, parts)
            }
            other -= 1
        }
        for keep in stride(from: parts.count - 1, through: 2, by: -1) where holds(total, Array(parts.prefix(keep))) {
            return (total, Array(parts.prefix(keep)))
        }
        return nil
    }

    private func arithmeticLine(_ comparison: UnitComparison) -> String {
        let scale = comparison.total.unit?.scale ?? 1
        let written = { (value: Decimal) in Show.plain(value.divided(byScale: scale)) }
        let terms = comparison.parts.map { part in
            part.qualifier == .exact && part.value != nil ? written(part.value!) : part.text
        }.joined(separator: "+")
        let sum = comparison.sum.isPoint ? written(comparison.sum.lower!) : Show.interval(comparison.sum, in: comparison.total.unit)
        let relation = comparison.holds ? "=" : "≠"
        return "\(terms) = \(sum) \(relation) \(Show.figure(comparison.total))"
    }

    private func hint(_ comparison: UnitComparison, mayOverlap: Bool) -> String? {
        let overlap = mayOverlap ? ["the parts may overlap (含/包括/其中), which could explain part of the gap"] : []
        guard comparison.sum.isPoint, let sum = comparison.sum.lower, let total = comparison.total.value else {
            return DifferenceHint.explain(sum: 0, total: 0, parts: [], maskedPart: comparison.parts.contains(where: \.masked), extra: overlap)
        }
        return DifferenceHint.explain(
            sum: sum, total: total, parts: comparison.parts.compactMap(\.value),
            maskedPart: comparison.parts.contains(where: \.masked), extra: overlap
        )
    }
}
