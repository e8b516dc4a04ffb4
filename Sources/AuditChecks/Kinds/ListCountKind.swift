import AuditCore
import Extraction

/// An enumeration of names whose stated count disagrees with it.
///
/// ## What it checks
/// Names separated by 、 and followed by a count ("乐甫、雷弄、冷水箐3个贫困村"), or given after a
/// count that introduces them ("全镇辖8个村，分别为东村、西村…", with the words in
/// `after-words`): the number of names must equal the count. After 等 ("etc.") the list may be
/// shorter than the count, never longer. A conjunction (和, 及, 与) inside the last item adds
/// one name.
///
/// ## Why it matters
/// A count that disagrees with its own list means a name was dropped or the number was not
/// updated when the list changed.
///
/// ## Example
/// "乐甫、雷弄3个贫困村出列" names two villages but counts three.
public enum ListCountKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Which counts follow a list; counts of things and persons when absent.
        public var select: FigureSelector?
        /// Separators between names; 、 when absent.
        public var separators: [String]?
        /// Words that join the last two names.
        public var conjunctions: [String]?
        /// Words after a list that mean it is not exhaustive.
        public var etcWords: [String]?
        /// The longest name, in characters; 8 when absent.
        public var maxItem: Int?
        /// The longest last item, which may carry a suffix ("小龙潭行政村内就近集中安置点"); 16 when absent.
        public var maxLastItem: Int?
        /// Words after a count that introduce its names ("分别为", "："); when absent, only names
        /// before a count are read.
        public var afterWords: [String]?
        /// Words that make a lone Chinese numeral before them a count of the names it introduces
        /// (大 in 三大教学板块，即…).
        public var numeralSuffixes: [String]?

        enum CodingKeys: String, CodingKey {
            case select, separators, conjunctions
            case etcWords = "etc-words"
            case maxItem = "max-item"
            case maxLastItem = "max-last-item"
            case afterWords = "after-words"
            case numeralSuffixes = "numeral-suffixes"
        }
    }

    /// Counts the names before each count figure and compares.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let scalars = input.extracted.text.scalars
        // One or two separators: a linear search beats hashing every scalar of the scan back.
        let separators = (parameters.separators ?? ["、"]).compactMap { $0.unicodeScalars.first }
        var results = KindResults()
        let figures = input.extracted.figures
        // Longest first, so "分别为" is taken whole before any shorter word it starts with.
        let introducers = (parameters.afterWords ?? []).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        // Where the extractor found paragraph numbers ("十一、"): such a number is no name.
        let markers = Set(input.extracted.nonFigures.lazy.filter { $0.kind == .listMarker }.map(\.span.offset))
        // Fields are read in place; a figure is copied only when a list comes before it.
        for index in figures.indices where !figures[index].missingNumber && figures[index].qualifier == .exact {
            guard let value = figures[index].value, value > 0, figures[index].span.end <= scalars.count else { continue }
            let selected = parameters.select?.selects(figures[index])
                ?? [.count, .persons, .households].contains { $0 == figures[index].dimension }
            guard selected else { continue }
            // "中等职业学校、特殊教育学校各1所": a count of each name is no count of the names.
            if isEach(scalars, before: figures[index].span.offset) { continue }
            // Most figures follow no list and introduce none: look before turning the value into an integer.
            let before = enumerate(scalars, before: figures[index].span.offset, separators: separators, markers: markers, parameters: parameters)
            guard let list = before ?? (introducers.isEmpty ? nil : enumerate(
                      scalars, after: figures[index].span.end, introducers: introducers, separators: separators, parameters: parameters
                  )),
                  var count = Int(Show.plain(value)) else { continue }
            // "全镇辖6个村、1个社区，分别为…": names after a count name the things of every count
            // joined to it.
            if before == nil { count += joinedCounts(before: index, figures: figures, scalars: scalars, separators: separators, parameters: parameters) }
            compare(list, count: count, text: figures[index].text, span: figures[index].span, before: before != nil, input: input, into: &results)
        }
        // "三大教学板块，即…": a numeral with a word that makes it a count of what it introduces.
        if !introducers.isEmpty, let suffixes = parameters.numeralSuffixes, !suffixes.isEmpty {
            let words = suffixes.map { Array($0.unicodeScalars) }
            for name in input.extracted.nonFigures where name.kind == .name && name.span.length == 1 {
                guard let count = numeralCounts[scalars[name.span.offset]], name.span.end < scalars.count,
                      let word = words.first(where: { UnitLexicon.matchesWord($0, scalars, at: name.span.end) }),
                      let list = enumerate(scalars, after: name.span.end + word.count, introducers: introducers, separators: separators, parameters: parameters)
                else { continue }
                let span = input.extracted.text.span(name.span.offset..<(name.span.end + word.count))
                compare(list, count: count, text: name.text + String(String.UnicodeScalarView(word)), span: span, before: false, input: input, into: &results)
            }
        }
        return results
    }

    /// The single numerals that count the names after them with a numeral suffix (三大, 四大);
    /// 一 is left out: 一大批 and 一大亮点 count nothing.
    private static let numeralCounts: [Unicode.Scalar: Int] = [
        "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// Compares the names of `list` with the `count` stated by the figure `text` at `span`, which
    /// the list comes `before` or after.
    private static func compare(
        _ list: Enumeration, count: Int, text: String, span: SourceSpan, before: Bool, input: CheckInput, into results: inout KindResults
    ) {
        let names = list.items
        let shown = list.items.count
        let variables = [
            "text": text, "names": "\(shown)", "count": "\(count)", "list": list.text,
            "where": before ? "before" : "after",
        ]
        let arithmetic = "\(shown) names listed, \(count) stated\(list.etc ? " (list ends in 等)" : "")"
        let listSpan = input.extracted.text.span(before ? list.start..<span.end : span.offset..<list.end)
        // "新建、续建、前期项目26项" lists kinds, not the counted things: a count far above the list counts something else.
        if names.count < count, count > 2 * names.count { return }
        if names.count == count {
            results.verified.append(VerificationDraft(span: span, message: "\(shown) names listed, \(text) stated", arithmetic: arithmetic))
        } else if names.count > count || !list.etc {
            results.findings.append(FindingDraft(
                span: span, variables: variables, severity: names.count > count ? nil : .warning,
                related: [listSpan], arithmetic: arithmetic, subject: text + " " + list.text
            ))
        }
    }

    /// The sum of the counts joined to figure `index` by a separator or conjunction right before
    /// it ("6个村、1个社区": 6 for the 1), or 0 when none is.
    static func joinedCounts(
        before index: Int, figures: [Figure], scalars: [Unicode.Scalar], separators: [Unicode.Scalar], parameters: Parameters
    ) -> Int {
        let conjunctions = (parameters.conjunctions ?? ["和", "及", "与", "與", "以及"]).map { Array($0.unicodeScalars) }
        var total = 0
        var current = index
        while current > 0 {
            let previous = figures[current - 1]
            guard previous.dimension == figures[index].dimension || previous.dimension == .count,
                  !previous.missingNumber, previous.qualifier == .exact,
                  let value = previous.value, let count = Int(Show.plain(value)) else { break }
            let gap = previous.span.end..<figures[current].span.offset
            guard gap.count >= 1, gap.count <= (parameters.maxItem ?? 8) + 2, gap.upperBound <= scalars.count else { break }
            // The counted noun, then the joining word: "村、", "个村和".
            var end = gap.upperBound
            while end > gap.lowerBound, scalars[end - 1].isSpace { end -= 1 }
            if end > gap.lowerBound, separators.contains(scalars[end - 1]) {
                end -= 1
            } else if let word = conjunctions.first(where: { end - $0.count >= gap.lowerBound && UnitLexicon.matchesWord($0, scalars, at: end - $0.count) }) {
                end -= word.count
            } else {
                break
            }
            guard !scalars[gap.lowerBound..<end].contains(where: { isStop($0) || separators.contains($0) }) else { break }
            total += count
            current -= 1
        }
        return total
    }

    struct Enumeration {
        var items: [String]
        var etc: Bool
        /// Where the names start and end in the text.
        var start: Int
        var end: Int
        var text: String
    }

    /// The 、-separated names right before `end`, or nil when there is no such list.
    static func enumerate(
        _ scalars: [Unicode.Scalar], before end: Int, separators: [Unicode.Scalar], markers: Set<Int>, parameters: Parameters
    ) -> Enumeration? {
        var position = end
        func skipSpaces() { while position > 0, scalars[position - 1].isSpace { position -= 1 } }
        skipSpaces()
        var etc = false
        for word in parameters.etcWords ?? ["等"] {
            let length = word.unicodeScalars.count
            if position >= length, UnitLexicon.matchesWord(word, scalars, at: position - length) {
                etc = true
                position -= length
                skipSpaces()
                break
            }
        }
        var items: [String] = []
        var limit = parameters.maxLastItem ?? 16
        var start = position
        while true {
            var itemStart = position
            while itemStart > 0, position - itemStart < limit + 1 {
                let scalar = scalars[itemStart - 1]
                if separators.contains(scalar) || isStop(scalar) { break }
                itemStart -= 1
            }
            let atSeparator = itemStart > 0 && separators.contains(scalars[itemStart - 1])
            // A list has at least two names: without a separator before the first one there is none,
            // and most figures end here, before any string is built.
            if items.isEmpty && !atSeparator { return nil }
            // Trimmed by position, so the item's String is built once.
            var itemEnd = position
            var trimmedStart = itemStart
            while trimmedStart < itemEnd, scalars[trimmedStart].isSpace { trimmedStart += 1 }
            while itemEnd > trimmedStart, scalars[itemEnd - 1].isSpace { itemEnd -= 1 }
            // "十一、柏树、杨柳5个村": a paragraph number before the first name is no name.
            if !items.isEmpty, !atSeparator, markers.contains(trimmedStart) {
                start = position
                break
            }
            if trimmedStart == itemEnd || scalars[trimmedStart..<itemEnd].contains(where: { ("0"..."9").contains($0) }) { return nil }
            let item = SourceText.string(scalars[trimmedStart..<itemEnd])
            // An item that follows a number belongs to a list of figures ("培训800人、引导性培训200人"), not of names.
            if itemStart > 0, ("0"..."9").contains(scalars[itemStart - 1]) || ("０"..."９").contains(scalars[itemStart - 1]) { return nil }
            items.append(item)
            start = itemStart
            guard atSeparator else { break }
            position = itemStart - 1
            limit = parameters.maxItem ?? 8
        }
        guard items.count >= 2 else { return nil }
        // "因病、因灾出现返贫风险的3户": a list that ends in a clause with 的 names causes or kinds, not
        // the things counted.
        if let last = items.first, last.hasSuffix("的") { return nil }
        // "生态建设等项目166个": 等 inside the last item ends the names, and the count counts what follows it.
        if !etc, let last = items.first, (parameters.etcWords ?? ["等"]).contains(where: { last.containsText($0) }) { etc = true }
        // Items run backwards here: the text's last name is the first item.
        if let last = items.first, joinsTwoNames(last, parameters: parameters) { items.append("") }
        return Enumeration(items: items, etc: etc, start: start, end: end, text: SourceText.string(scalars[start..<end]))
    }

    /// The 、-separated names a count introduces right after itself ("8个村，分别为东村、西村、南村。"),
    /// or nil when none follows. Between the count and the introducing word stand at most the
    /// counted noun and a comma; the names run to the end of the clause and must end it.
    static func enumerate(
        _ scalars: [Unicode.Scalar], after end: Int, introducers: [[Unicode.Scalar]], separators: [Unicode.Scalar], parameters: Parameters
    ) -> Enumeration? {
        let maxItem = parameters.maxItem ?? 8
        var position = end
        // The counted noun ("村" in "8个村"), then an optional comma.
        while position < scalars.count, position - end < maxItem, !isStop(scalars[position]), !separators.contains(scalars[position]),
              !introducers.contains(where: { UnitLexicon.matchesWord($0, scalars, at: position) }) {
            position += 1
        }
        while position < scalars.count, scalars[position].isSpace { position += 1 }
        if position < scalars.count, scalars[position] == "，" || scalars[position] == "," { position += 1 }
        while position < scalars.count, scalars[position].isSpace { position += 1 }
        guard let word = introducers.first(where: { UnitLexicon.matchesWord($0, scalars, at: position) }) else { return nil }
        position += word.count
        // "分别为：" takes a colon after the word as well.
        if position < scalars.count, scalars[position] == "：" || scalars[position] == ":" { position += 1 }
        let start = position
        var items: [String] = []
        let maxLastItem = parameters.maxLastItem ?? 16
        while true {
            let itemStart = position
            // The last item, when it joins two names (4K超高清演播室和IP化播控系统升级), may be twice as long.
            while position < scalars.count, position - itemStart <= 2 * maxLastItem, !separators.contains(scalars[position]) {
                // A quoted name is part of its item, digits and separators inside it too (开通“掌上申请”).
                if let close = closingQuote(of: scalars, at: position, within: 2 * maxLastItem - (position - itemStart)) {
                    position = close + 1
                    continue
                }
                guard !isStop(at: position, in: scalars) else { break }
                position += 1
            }
            var trimmedStart = itemStart
            var itemEnd = position
            while trimmedStart < itemEnd, scalars[trimmedStart].isSpace { trimmedStart += 1 }
            while itemEnd > trimmedStart, scalars[itemEnd - 1].isSpace { itemEnd -= 1 }
            guard trimmedStart < itemEnd else { return nil }
            let item = SourceText.string(scalars[trimmedStart..<itemEnd])
            let isLast = position >= scalars.count || !separators.contains(scalars[position])
            guard itemEnd - trimmedStart <= maxLastItem
                || (isLast && itemEnd - trimmedStart <= 2 * maxLastItem && joinsTwoNames(item, parameters: parameters))
            else { return nil }
            items.append(item)
            guard position < scalars.count, separators.contains(scalars[position]) else { break }
            // A count introduces these names, and they must end its clause: any of them may run as
            // long as a last name before a count may ("SKYTRAX最佳區域航空公司、APEX乘客體驗獎").
            position += 1
        }
        // The names must end their clause: a digit or a bracket right after them is no list's end.
        if position < scalars.count {
            switch scalars[position] {
            case "。", "；", ";", "，", ",", "！", "？", "\n", "\r": break
            default: return nil
            }
        }
        guard items.count >= 2 else { return nil }
        // "东村、西村等": 等 after the last name means the list is not exhaustive.
        var etc = false
        if let etcWord = (parameters.etcWords ?? ["等"]).first(where: { items[items.count - 1].hasSuffix($0) }) {
            items[items.count - 1].removeLast(etcWord.count)
            if items[items.count - 1].isEmpty { items.removeLast() }
            etc = true
        }
        if let last = items.last, joinsTwoNames(last, parameters: parameters) { items.append("") }
        guard items.count >= 2 else { return nil }
        return Enumeration(items: items, etc: etc, start: start, end: position, text: SourceText.string(scalars[start..<position]))
    }

    /// The offset of the quote closing the one opened at `position` (“…”, 《…》, 「…」), when it
    /// closes within `limit` scalars on the same line.
    private static func closingQuote(of scalars: [Unicode.Scalar], at position: Int, within limit: Int) -> Int? {
        let closer: Unicode.Scalar
        switch scalars[position] {
        case "“": closer = "”"
        case "《": closer = "》"
        case "「": closer = "」"
        case "『": closer = "』"
        default: return nil
        }
        var next = position + 1
        while next < scalars.count, next - position <= limit, scalars[next] != "\n" {
            if scalars[next] == closer { return next }
            next += 1
        }
        return nil
    }

    /// Whether a conjunction (和, 及, 与) inside the last item joins two names ("上村和下村"): its
    /// first occurrence must stand between them, not at either end.
    private static func joinsTwoNames(_ item: String, parameters: Parameters) -> Bool {
        let last = Array(item.unicodeScalars)
        return (parameters.conjunctions ?? ["和", "及", "与", "與", "以及"]).contains { word in
            let word = Array(word.unicodeScalars)
            guard let at = ScalarSearch.firstIndex(of: word, in: last) else { return false }
            return at != 0 && at + word.count != last.count
        }
    }

    /// Whether the count right before `offset` counts each name (各, 均, 各有, 均为): "甲村、乙村各3户".
    static func isEach(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
        var position = offset
        while position > 0, scalars[position - 1].isSpace { position -= 1 }
        if position > 0, ["有", "为", "為", "是", "达", "達"].contains(scalars[position - 1]) { position -= 1 }
        return position > 0 && ["各", "均", "每"].contains(scalars[position - 1])
    }

    /// `isStop`, except for a digit inside a product name (4K超高清演播室, 5G基站, 福彩3D): one with a
    /// Latin letter right before or after it.
    private static func isStop(at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[position]
        guard ("0"..."9").contains(scalar) else { return isStop(scalar) }
        func isLetter(_ at: Int) -> Bool { at >= 0 && at < scalars.count && (("A"..."Z").contains(scalars[at]) || ("a"..."z").contains(scalars[at])) }
        return !isLetter(position - 1) && !isLetter(position + 1)
    }

    private static func isStop(_ scalar: Unicode.Scalar) -> Bool {
        ["，", ",", "。", "；", ";", "：", ":", "！", "？", "\n", "\r", "(", "（", ")", "）", "“", "”", "《", "》"].contains(scalar)
            || ("0"..."9").contains(scalar)
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A list of names next to its count (乐甫、雷弄、冷水箐3个贫困村; 8个村，分别为…) agrees with the count.",
        whyItMatters: "A count that disagrees with its own list means a name was dropped or the number was not updated.",
        defaultMessage: "{names} names are listed {where} '{text}', which counts {count}",
        placeholders: ["text", "names", "count", "list", "where"]
    )
}
