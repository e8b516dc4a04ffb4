import AuditCore
import Extraction

extension RateKind {
    /// Shares stated right after the count they are a share of ("其中女性839人，占14.6%").
    public struct StatedShares: Decodable, Sendable {
        /// Words before the whole that make a share: 占.
        public var shareWords: [String]
        /// Words that end a share's label: 比重, 占比.
        public var shareNames: [String]
        /// Verbs and adverbs dropped from the end of a share's label: 为, 达.
        public var trailingWords: [String]
        /// Words that set a whole's scope (全县, 全省): a whole named with one is looked for only
        /// among figures whose labels name the same scope, and a whole named by a scope alone
        /// (占全县的) is not looked for at all.
        public var scopeWords: [String]
        /// Words that end a whole's name and that its figure may leave out: 职工总数 is stated as 职工.
        public var wholeSuffixes: [String]
        /// Label words of a change against another time (比上年), which is neither count nor whole.
        public var changeWords: [String]
        /// Words that open and close a phrase naming a breakdown (按…划分, 从…看): a share after a
        /// count in a statement opened by one, naming no whole, is of the total the statement before
        /// heads with the count's measure. None when absent.
        public var breakdownOpeners: [String]?
        /// See `breakdownOpeners`.
        public var breakdownClosers: [String]?

        enum CodingKeys: String, CodingKey {
            case breakdownOpeners = "breakdown-openers"
            case breakdownClosers = "breakdown-closers"
            case shareWords = "share-words"
            case shareNames = "share-names"
            case trailingWords = "trailing-words"
            case scopeWords = "scope-words"
            case wholeSuffixes = "whole-suffixes"
            case changeWords = "change-words"
        }
    }

    /// The whole of the last share of a sentence that named none, so that a sibling count
    /// ("其中女性839人，占12.3%，男性6003人，占87.7%") is taken of the same whole.
    struct SiblingWhole {
        var sentence: Range<Int>
        var whole: Int
    }

    /// The count and the whole of a share, when both are stated.
    ///
    /// The count is the nearest figure before the share in its sentence, with only percentages
    /// (增长3.2%) between them. The whole is the figure the share names (占常住人口的 → 常住人口),
    /// looked for before the count in its section; or, when the share names none, the total the
    /// count is a part of (其中…, …中，), as part-exceeds-whole finds it.
    static func shareFigures(
        _ stated: StatedShares, shareLabels: LabelWords, changeWords: LabelWords, breakdown: BreakdownPhrase, share position: Int,
        in index: FigureIndex, sibling: inout SiblingWhole?
    ) -> (count: Int, wholes: [Int])? {
        let figures = index.figures
        guard ShareLabel.isWrittenPercent(figures[position]), shareLabels.occur(in: figures[position]) else { return nil }
        let share = figures[position]
        let label = ShareLabel.trimmed(share.label, dropping: stated.trailingWords, fromEnd: true)
        guard let (subject, wholeName) = ShareLabel.split(label, shareWords: stated.shareWords, shareNames: stated.shareNames)
        else { return nil }
        var countPosition = position - 1
        while countPosition >= 0, figures[countPosition].sentence == share.sentence, figures[countPosition].dimension == .percent {
            countPosition -= 1
        }
        guard countPosition >= 0, figures[countPosition].sentence == share.sentence else {
            // "第二产业用电量占售电量的比重为62.4%" opens its sentence: the count is the earlier part
            // its subject names, and the whole the figure its whole names.
            guard !subject.isEmpty, !wholeName.isEmpty,
                  let named = namedCount(subject, before: position, in: index, changeWords: changeWords) else { return nil }
            // Its whole must carry the whole's full name: 本科毕业生 names 毕业生 but is not 毕业生总数.
            let wholes = namedWholes(
                wholeName, of: named, share: share, stated: stated, in: index, changeWords: changeWords, fullNameOnly: true
            )
            return wholes.isEmpty ? nil : (named, wholes)
        }
        guard isBase(countPosition, in: index, changeWords: changeWords) else { return nil }
        let count = figures[countPosition]
        // "汉族占58.2%" after "彝族12万人": a share of another subject than the count before it.
        guard subject.isEmpty || count.label.containsText(subject) else { return nil }
        // "占总数的36.4%" names the whole by a suffix alone: the total the count is a part of.
        // The whole's name without its scope (全县) and suffix (总数): 备案企业 of 占备案企业总数的.
        let bare = ShareLabel.trimmed(ShareLabel.trimmed(wholeName, dropping: stated.scopeWords, fromEnd: false),
                                      dropping: stated.wholeSuffixes, fromEnd: true)
        let scoped = stated.scopeWords.contains { wholeName.hasPrefix($0) }
        let namesTotalOnly = !wholeName.isEmpty && bare.isEmpty && !scoped
        if !wholeName.isEmpty, !namesTotalOnly {
            let wholes = namedWholes(wholeName, of: countPosition, share: share, stated: stated, in: index, changeWords: changeWords)
            if !wholes.isEmpty { return (countPosition, wholes) }
            if let whole = earlierSectionWhole(wholeName, of: countPosition, share: share, stated: stated, in: index, changeWords: changeWords) {
                return (countPosition, [whole])
            }
            // "跨境电商企业备案1862家，其中当年新增417家，占备案企业总数的28.6%": the total the part
            // belongs to names the whole in other words, when its label holds every character of the name.
            guard count.cues.contains(.partOf), bare.unicodeScalars.count >= 2, !count.label.containsText(bare), !scoped,
                  let whole = partWhole(of: countPosition, in: index, shareLabels: shareLabels, changeWords: changeWords),
                  bare.unicodeScalars.allSatisfy({ figures[whole].label.unicodeScalars.contains($0) })
            else { return nil }
            return (countPosition, [whole])
        }
        if count.cues.contains(.partOf), let whole = partWhole(of: countPosition, in: index, shareLabels: shareLabels, changeWords: changeWords) {
            sibling = SiblingWhole(sentence: share.sentence, whole: whole)
            return (countPosition, [whole])
        }
        if wholeName.isEmpty, let whole = breakdownWhole(of: countPosition, phrase: breakdown, in: index, changeWords: changeWords) {
            return (countPosition, [whole])
        }
        if let sibling, sibling.sentence == share.sentence, figures[sibling.whole].sameMeasure(as: count), sibling.whole < countPosition {
            return (countPosition, [sibling.whole])
        }
        return nil
    }

    /// The part a share's subject names when the share opens its sentence ("第二产业用电量占…"): the
    /// nearest earlier quantity in the share's section whose label, without 其中, opens the subject
    /// (第二产业) and has at least two scalars.
    private static func namedCount(_ subject: String, before position: Int, in index: FigureIndex, changeWords: LabelWords) -> Int? {
        let figures = index.figures
        let firstLine = sectionStartLine(of: figures[position], in: index.text)
        var candidate = position - 1
        while candidate >= 0, figures[candidate].span.line >= firstLine {
            let label = ShareLabel.trimmed(figures[candidate].label.trimmingWhitespace(), dropping: ["其中", "、", "，", ","], fromEnd: false)
            if label.unicodeScalars.count >= 2, subject.hasPrefix(label), figures[candidate].dimension != .percent {
                return isBase(candidate, in: index, changeWords: changeWords) ? candidate : nil
            }
            candidate -= 1
        }
        return nil
    }

    /// Whether the figure at `position` is a quantity a share can be taken of or over.
    private static func isBase(_ position: Int, in index: FigureIndex, changeWords: LabelWords) -> Bool {
        let figure = index.figures[position]
        guard index.isQuantity(position), let dimension = figure.dimension, dimension != .percent, !figure.masked,
              !figure.roles.contains(.perUnit), let lower = figure.interval?.lower, lower >= 0 else { return false }
        return !changeWords.occur(in: figure)
    }

    /// The figures that may be the whole a share names, totals first and then nearest first, before
    /// the count in its section: labels that name it (总库容 names 大型水库总库容 too, so the share is verified
    /// when any of them gives it), of the count's unit, and no smaller than the count.
    private static func namedWholes(
        _ name: String, of countPosition: Int, share: Figure, stated: StatedShares, in index: FigureIndex, changeWords: LabelWords,
        fullNameOnly: Bool = false
    ) -> [Int] {
        let figures = index.figures
        let scope = stated.scopeWords.first { name.hasPrefix($0) }
        let core = ShareLabel.trimmed(name, dropping: stated.scopeWords, fromEnd: false)
        let bare = ShareLabel.trimmed(core, dropping: stated.wholeSuffixes, fromEnd: true)
        // 占全县的: the whole is the scope itself, which no one figure states.
        guard core.unicodeScalars.count >= 2 else { return [] }
        let count = figures[countPosition]
        // "全县粮食总产量45万吨，占全省粮食总产量的2.1%": the count is the whole's kind at another scope.
        guard !count.label.containsText(core), let countLow = count.interval?.lower else { return [] }
        var wholes: [Int] = []
        var candidate = countPosition - 1
        let firstLine = sectionStartLine(of: share, in: index.text)
        while candidate >= 0, figures[candidate].span.line >= firstLine {
            let figure = figures[candidate]
            // "歲入歲出差短13億" names 歲出 too, but a whole is no smaller than its part.
            if isBase(candidate, in: index, changeWords: changeWords), figure.sameMeasure(as: count),
               figure.interval?.upper.map({ $0 >= countLow }) ?? true,
               figure.label.containsText(core) || (!fullNameOnly && bare.unicodeScalars.count >= 2 && figure.label.containsText(bare)),
               scope.map({ figure.label.containsText($0) }) ?? true {
                wholes.append(candidate)
            }
            candidate -= 1
        }
        // A total (共, 合计) is the likeliest whole: a finding names it first.
        return wholes.filter { figures[$0].cues.contains(.total) } + wholes.filter { !figures[$0].cues.contains(.total) }
    }

    /// The one figure of an earlier section whose label ends with the whole's full name
    /// ("公司实现营业收入48.62亿元" in 一、 for "占营业收入的32.6%" in 二、), of the count's unit and
    /// no smaller than it; nil when there is none or more than one, or when the name has a scope.
    private static func earlierSectionWhole(
        _ name: String, of countPosition: Int, share: Figure, stated: StatedShares, in index: FigureIndex, changeWords: LabelWords
    ) -> Int? {
        let figures = index.figures
        guard !stated.scopeWords.contains(where: { name.hasPrefix($0) }), name.unicodeScalars.count >= 3 else { return nil }
        let count = figures[countPosition]
        guard !count.label.containsText(name), let countLow = count.interval?.lower else { return nil }
        let firstLine = sectionStartLine(of: share, in: index.text)
        var found: Int?
        for candidate in figures[..<countPosition].indices where figures[candidate].span.line < firstLine {
            let figure = figures[candidate]
            guard figure.label.trimmingWhitespace().hasSuffix(name), isBase(candidate, in: index, changeWords: changeWords),
                  figure.sameMeasure(as: count), !figure.roles.contains(.target), !index.isFromValue(candidate),
                  figure.interval?.upper.map({ $0 >= countLow }) ?? true else { continue }
            if found != nil { return nil }
            found = candidate
        }
        return found
    }

    /// The line where the share's section starts: the nearest top-level heading (二、) at or above
    /// its line, or the first line. A named whole is looked for no further back. Under a heading
    /// numbered in financial form (貳、火災搶救), 一、 numbers paragraphs, and the section is that
    /// heading's.
    private static func sectionStartLine(of share: Figure, in text: SourceText) -> Int {
        var line = share.span.line
        var paragraph: Int?
        while line >= 1 {
            let range = text.lineRange(line)
            if FigureExtractor.isFinancialNumeralHeading(range, in: text.scalars) { return line }
            if paragraph == nil, FigureExtractor.isTopLevelHeading(range, in: text.scalars) { paragraph = line }
            line -= 1
        }
        return paragraph ?? 1
    }

    /// Whether the figure at `position` is followed, before the next quantity, by a share of it.
    private static func statedAsShare(_ position: Int, in index: FigureIndex, shareLabels: LabelWords) -> Bool {
        let figures = index.figures
        var next = position + 1
        while next < figures.count, figures[next].sentence == figures[position].sentence, figures[next].dimension == .percent {
            if shareLabels.occur(in: figures[next]) { return true }
            next += 1
        }
        return false
    }

    /// The whole of a count listed after a breakdown phrase ("求診人次2,035,600。按分流類別劃分，
    /// 第一類個案22,410人次，佔1.1%；第二類…"): the first figure of the count's measure in the
    /// statement before, when it is a base, no part and no smaller than the count. Semicolons join
    /// a statement's sentences; statements that are breakdowns too (按性别划分…。按年龄划分…) are
    /// passed over to the one they break down. A statement whose shares name their whole (占营业收入的)
    /// has none to look for.
    private static func breakdownWhole(of position: Int, phrase: BreakdownPhrase, in index: FigureIndex, changeWords: LabelWords) -> Int? {
        guard !phrase.isEmpty, let countLow = index.figures[position].interval?.lower else { return nil }
        let figures = index.figures
        let scalars = index.text.scalars
        var first = statementStart(of: position, in: index)
        guard let phraseEnd = phrase.end(of: figures[first].sentence, in: scalars), figures[first].span.offset >= phraseEnd,
              !(first..<position).contains(where: { ShareLabel.isWrittenPercent(figures[$0]) && figures[$0].label.contains("的") })
        else { return nil }
        for _ in 0..<6 {
            guard first > 0 else { return nil }
            let start = statementStart(of: first - 1, in: index)
            if phrase.end(of: figures[start].sentence, in: scalars) != nil {
                first = start
                continue
            }
            guard let whole = (start..<first).first(where: { figures[$0].sameMeasure(as: figures[position]) }),
                  !figures[whole].cues.contains(.partOf), isBase(whole, in: index, changeWords: changeWords), !index.isFromValue(whole),
                  figures[whole].interval?.upper.map({ $0 >= countLow }) ?? false else { return nil }
            return whole
        }
        return nil
    }

    /// The first figure of the statement a figure is in: its sentence, and the sentences before it
    /// that end in a semicolon.
    private static func statementStart(of position: Int, in index: FigureIndex) -> Int {
        let figures = index.figures
        var first = position
        while first > 0 {
            let before = figures[first - 1].sentence
            guard before == figures[first].sentence
                || (FigureIndex.endsWithSemicolon(before, in: index.text.scalars) && before.upperBound <= figures[first].sentence.lowerBound)
            else { break }
            first -= 1
        }
        return first
    }

    /// The total a part belongs to: the nearest earlier quantity of its unit in its sentence, or,
    /// for a sentence that opens with 其中, in the sentence before it.
    private static func partWhole(of position: Int, in index: FigureIndex, shareLabels: LabelWords, changeWords: LabelWords) -> Int? {
        let figures = index.figures
        let part = figures[position]
        let ordinal = index.sentenceOrdinal[position]
        let reach = part.label.trimmingWhitespace().hasPrefix("其中") ? ordinal - 1 : ordinal
        var candidate = position - 1
        while candidate >= 0, index.sentenceOrdinal[candidate] >= reach, figures[candidate].span.line == part.span.line {
            let figure = figures[candidate]
            // "3,860万元，比上年增加520万元（上年3,340万元），其中线上销售…": another time's value is
            // no whole of this time's part.
            if figure.sameMeasure(as: part), isBase(candidate, in: index, changeWords: changeWords), !index.isFromValue(candidate) {
                // "60岁及以上人口15950人，占18.46%，其中65岁及以上人口11230人，占12.99%": a whole that is
                // itself given as a share passes its base on to its parts' shares.
                guard !figure.cues.contains(.partOf), !statedAsShare(candidate, in: index, shareLabels: shareLabels) else { return nil }
                return candidate
            }
            candidate -= 1
        }
        return nil
    }
}
