import AuditCore
import Extraction
import Foundation

/// One quantity stated twice with two values.
///
/// ## What it checks
/// Two figures in different sentences with the same canonical unit (个 and 家, 人 and 名 count
/// alike) and the same subject: the words right before the number, or the thing a classifier
/// counts ("18个扶贫车间" and "扶贫车间18家"). Equal values are reported as verified; values
/// whose intervals do not meet are a finding. Targets, per-unit figures and approximate figures
/// are never compared with exact achievements.
///
/// ## Why it matters
/// A quantity given twice with two values leaves the reader unable to tell which is right.
///
/// ## Example
/// "设立18个扶贫车间 … 建设扶贫车间16家" states the number of workshops twice, differently.
public enum ConsistentValueKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The fewest characters the subjects must share to be one subject; 4 when absent.
        public var minSubject: Int?
        /// Which figures to compare; counts when absent.
        public var select: FigureSelector?
        /// How many earlier comparable figures each figure is compared with; 100 when absent.
        public var window: Int?
        /// Words dropped from either end of a label before labels are compared: the whole place
        /// (全县), the time (今年, 目前) and verbs (现有, 共, 达), so that "全乡现有家庭农场27家" and
        /// "全乡家庭农场共31家" state one subject. None when absent.
        public var fillerWords: [String]?
        /// Words dropped wherever they occur in a label before labels are compared (的), so that
        /// "受理的消费者投诉" and "受理消费者投诉" state one subject. None when absent.
        public var droppedWords: [String]?
        /// Words that narrow a sentence's counts to a group of people (未成年, 女性): two figures
        /// whose sentences, before them, name different such words count different people, as
        /// "批准逮捕348人" and "受理审查逮捕未成年犯罪嫌疑人67人，批准逮捕26人" do. None when absent.
        public var subgroupWords: [String]?
        /// How many times the smaller value the larger may be and still restate it; beyond, the
        /// two count different scopes (the visitors of a museum and of one exhibition), unless
        /// their digits differ by one dropped, added or changed digit (120 and 12). No bound when
        /// absent.
        public var maxRatio: Decimal?

        enum CodingKeys: String, CodingKey {
            case minSubject = "min-subject"
            case select, window
            case fillerWords = "filler-words"
            case droppedWords = "dropped-words"
            case subgroupWords = "subgroup-words"
            case maxRatio = "max-ratio"
        }

        /// The filler and dropped words, prepared once when the check is loaded.
        let fillers: FillerWords

        /// Decodes the parameters and prepares their words.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            minSubject = try container.decodeIfPresent(Int.self, forKey: .minSubject)
            select = try container.decodeIfPresent(FigureSelector.self, forKey: .select)
            window = try container.decodeIfPresent(Int.self, forKey: .window)
            fillerWords = try container.decodeIfPresent([String].self, forKey: .fillerWords)
            droppedWords = try container.decodeIfPresent([String].self, forKey: .droppedWords)
            subgroupWords = try container.decodeIfPresent([String].self, forKey: .subgroupWords)
            maxRatio = try container.decodeIfPresent(Decimal.self, forKey: .maxRatio)
            fillers = FillerWords(fillerWords ?? [], dropped: droppedWords ?? [])
        }
    }

    /// Compares every pair of figures that state one subject.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let figures = input.extracted.figures
        let minimum = parameters.minSubject ?? 4
        let window = parameters.window ?? 100
        // Fields are read in place: binding each figure copied (and retained) all its strings.
        let candidates = figures.indices.filter { index in
            !figures[index].missingNumber && figures[index].interval != nil && !figures[index].roles.contains(.perUnit)
                && figures[index].compoundGroup == nil && !figures[index].masked
                && (parameters.select?.selects(figures[index]) ?? figures[index].roles.contains(.count))
        }
        var results = KindResults()
        // Per-figure flags and memos are arrays indexed by figure, not hashed sets and dictionaries.
        var verifiedAt = [Bool](repeating: false, count: figures.count)
        // Bigrams are built once per figure that is paired at all, not once per pair.
        var bigramSets = [Set<UInt64>?](repeating: nil, count: figures.count)
        func bigramSet(_ index: Int) -> Set<UInt64> {
            if let known = bigramSets[index] { return known }
            let made = ScalarSearch.bigrams(figures[index].label + figures[index].noun)
            bigramSets[index] = made
            return made
        }

        // Disagreement needs a certainly shared subject: pair only figures that share a noun,
        // a label, or a noun that ends the other's label, found through an index of those keys.
        // A count after a list of names (甲、乙等2村) or in a 分别 list gives one item's value, not a subject's.
        let exact = candidates.filter { index in
            figures[index].qualifier == .exact && !figures[index].roles.contains(.target) && !figures[index].cues.contains(.respectively)
                && !figures[index].label.hasSuffix("等") && !Self.listsNames(figures[index].label)
        }
        // Each label's UTF-8 bytes, and the label without its filler words (empty when too short
        // to compare), made once per figure.
        let fillers = parameters.fillers
        var labels = [[UInt8]](repeating: [], count: figures.count)
        var cores = [ArraySlice<UInt8>](repeating: [], count: figures.count)
        for index in exact {
            labels[index] = Array(figures[index].label.utf8)
            let core = fillers.core(of: labels[index])
            if !fillers.isEmpty, Self.scalarCount(core) >= minimum { cores[index] = core }
        }
        // Keys are hashed over UTF-8 bytes, made once per figure; scalar boundaries are the bytes
        // that are not continuation bytes (10xxxxxx).
        var byKey: [UInt64: [Int]] = [:]
        for index in exact {
            let unit = Array((figures[index].unit?.canonical ?? "").utf8)
            let noun = Array(figures[index].noun.utf8)
            let label = labels[index]
            if !noun.isEmpty { byKey[fnv(keySeed(.noun, unit), noun[...]), default: []].append(index) }
            // The label is keyed without its fillers: labels that differ only in them pair too.
            if !label.isEmpty { byKey[fnv(keySeed(.label, unit), cores[index].isEmpty ? label[...] : cores[index]), default: []].append(index) }
            // The label's last 2 to 8 scalars.
            let endSeed = keySeed(.end, unit)
            var start = label.count
            var length = 0
            while start > 0, length < 8 {
                start -= 1
                guard label[start] & 0xC0 != 0x80 else { continue }
                length += 1
                if length >= 2 { byKey[fnv(endSeed, label[start...]), default: []].append(index) }
            }
        }
        // A long document (a yearbook of many towns) must not pair every figure with every other:
        // only figures at most `window` comparable figures apart are paired.
        var rank = [Int](repeating: 0, count: figures.count)
        for (position, index) in exact.enumerated() { rank[index] = position }
        // Collected with repeats, then sorted and made unique: cheaper than hashing each pair.
        var pairs: [Pair] = []
        for index in exact {
            let unit = Array((figures[index].unit?.canonical ?? "").utf8)
            let noun = Array(figures[index].noun.utf8)
            let label = labels[index]
            var keys = [fnv(keySeed(.noun, unit), noun[...]), fnv(keySeed(.label, unit), cores[index].isEmpty ? label[...] : cores[index])]
            // The noun's first 2 to 8 scalars, looked up against the ends of labels.
            let endSeed = keySeed(.end, unit)
            var end = 0
            var length = 0
            while end < noun.count, length < 8 {
                end += 1
                while end < noun.count, noun[end] & 0xC0 == 0x80 { end += 1 }
                length += 1
                if length >= 2 { keys.append(fnv(endSeed, noun[..<end])) }
            }
            for key in keys {
                for other in byKey[key] ?? [] where other != index && abs(rank[other] - rank[index]) <= window {
                    pairs.append(Pair(first: min(index, other), second: max(index, other)))
                }
            }
        }
        // Years and places are looked up once per sentence and per figure, not once per pair.
        // Year marks in text order, so a sentence's are found by binary search, not by a scan of
        // every mark of the document for every sentence.
        let yearMarks = input.extracted.nonFigures.filter { $0.kind == .year }.sorted { $0.span.offset < $1.span.offset }
        let scalars = input.extracted.text.scalars
        var yearsBySentence: [Range<Int>: ScalarTextSet] = [:]
        // A sentence that names no year speaks of the document's year: the one it names most often.
        let documentYear = Self.mostNamedYear(yearMarks.map { scalars[$0.span.range] })
        func years(_ sentence: Range<Int>) -> ScalarTextSet {
            if let known = yearsBySentence[sentence] { return known }
            var low = 0
            var high = yearMarks.count
            while low < high {
                let middle = (low + high) / 2
                if yearMarks[middle].span.offset < sentence.lowerBound { low = middle + 1 } else { high = middle }
            }
            let named = yearMarks[low...].prefix { $0.span.offset < sentence.upperBound }.map { scalars[$0.span.range] }
            let found = ScalarTextSet(named.isEmpty ? documentYear.map { [$0] } ?? [] : named)
            yearsBySentence[sentence] = found
            return found
        }
        var placesOf = [ScalarTextSet?](repeating: nil, count: figures.count)
        func places(_ index: Int) -> ScalarTextSet {
            if let known = placesOf[index] { return known }
            let found = Self.places(before: figures[index], in: input.extracted.text)
            placesOf[index] = found
            return found
        }
        // Each line's heading place, found in one pass over the lines when first asked for.
        let noPlace = -1..<(-1)
        var placeOfLine: [Range<Int>] = []
        func headingPlace(_ index: Int) -> Range<Int> {
            if placeOfLine.isEmpty { placeOfLine = Self.headingPlaces(in: input.extracted.text, none: noPlace) }
            let line = figures[index].span.line - 1
            // A figure file without its text has no lines to look at.
            return placeOfLine.indices.contains(line) ? placeOfLine[line] : noPlace
        }
        func sameHeadingPlace(_ first: Int, _ second: Int) -> Bool {
            let a = headingPlace(first)
            let b = headingPlace(second)
            return a == b || (a != noPlace && b != noPlace && scalars[a].elementsEqual(scalars[b]))
        }
        let subgroupWords = (parameters.subgroupWords ?? []).map { Array($0.unicodeScalars) }
        func subgroups(_ index: Int) -> [Int] {
            let before = Array(scalars[figures[index].sentence.lowerBound..<figures[index].span.offset])
            return subgroupWords.indices.filter { ScalarSearch.firstIndex(of: subgroupWords[$0], in: before) != nil }
        }
        // Agreement needs one value: only figures of one unit and one value are paired.
        // Figures are grouped by a 64-bit hash of their key, cheaper to hash than the key itself;
        // keys that collide are told apart pair by pair.
        var valueKeys = [ValueKey?](repeating: nil, count: figures.count)
        let byValue = Dictionary(grouping: candidates.filter { figures[$0].value != nil }) { index -> UInt64 in
            let key = ValueKey(unit: figures[index].unit?.canonical ?? "", value: figures[index].value!.valueKey)
            valueKeys[index] = key
            return key.hash64
        }
        for group in byValue.values.sorted(by: { $0[0] < $1[0] }) where group.count > 1 {
            for (offset, later) in group.enumerated() {
                for earlier in group[max(0, offset - window)..<offset] where valueKeys[earlier] == valueKeys[later] {
                    let a = figures[earlier]
                    let b = figures[later]
                    guard a.sentence != b.sentence, a.roles.contains(.target) == b.roles.contains(.target) else { continue }
                    guard !verifiedAt[later] else { continue }
                    let shared = looseSubject(a, b)
                    guard shared.unicodeScalars.count >= minimum
                        || bigramSet(earlier).intersection(bigramSet(later)).count >= 2 else { continue }
                    // 白坪村总面积 and 富岩村总面积 agree by chance: they name other places, or stand
                    // under headings naming other places. A sentence naming no place may agree.
                    guard !places(earlier).namesOtherPlaces(than: places(later)),
                          headingPlace(earlier) == noPlace || headingPlace(later) == noPlace
                            || sameHeadingPlace(earlier, later) else { continue }
                    verifiedAt[later] = true
                    results.verified.append(VerificationDraft(
                        span: b.span, message: "\(b.text) agrees with \(a.text) stated earlier", related: [a.span],
                        arithmetic: "\(Show.figure(a)) = \(Show.figure(b))"
                    ))
                }
            }
        }

        // Each figure is reported once, against the nearest earlier figure it disagrees with.
        var reported = [Bool](repeating: false, count: figures.count)
        pairs.sort { ($0.second, -$0.first) < ($1.second, -$1.first) }
        var previous: Pair?
        for pair in pairs where !reported[pair.second] && pair != previous {
            previous = pair
            let a = figures[pair.first]
            let b = figures[pair.second]
            // Cheap tests first: most pairs are in one sentence or agree.
            guard a.sentence != b.sentence,
                  // Under "（三）上寨村。" and "（六）富湾村。": two villages' paragraphs.
                  sameHeadingPlace(pair.first, pair.second), !a.interval!.overlaps(b.interval!),
                  !Self.differentScopes(a, b, maxRatio: parameters.maxRatio) else { continue }
            let core = cores[pair.first].isEmpty || !cores[pair.first].elementsEqual(cores[pair.second])
                ? nil : String(decoding: cores[pair.first], as: UTF8.self)
            // "对17所初级中学、8所九年一贯制学校": the words before a list item are the last item's
            // noun; the item's subject is its own noun.
            let itemA = !a.noun.isEmpty && Self.followsListMark(a, in: scalars)
            let itemB = !b.noun.isEmpty && Self.followsListMark(b, in: scalars)
            let subject = itemA || itemB ? listItemSubject(a, b, itemA: itemA, itemB: itemB) : strictSubject(a, b) ?? core
            guard let subject, subject.unicodeScalars.count >= minimum,
                  // Figures of different years differ.
                  years(a.sentence) == years(b.sentence),
                  // 全县…18个 and 甲镇…5个, or 甲村… and 乙村…, count at different places.
                  places(pair.first) == places(pair.second),
                  // 批准逮捕348人 and, of minors, 批准逮捕26人.
                  subgroups(pair.first) == subgroups(pair.second),
                  // "涉黑案件17件、判处被告人143人" and "诈骗案件486件、判处被告人1,032人": said of two subjects.
                  Self.measuredSubject(pair.first, in: figures, scalars: scalars)
                    == Self.measuredSubject(pair.second, in: figures, scalars: scalars),
                  // "生猪应免12.6万头，实际免疫12.1万头" and "牛应免2.1万头，实际免疫2.06万头": the figure
                  // before names each one's subject.
                  !Self.followOtherSubjects(pair.first, pair.second, in: figures, scalars: scalars, fillers: fillers),
                  // "已有273处…实现“五进”，覆盖率98.9%": a share the text states of the other is a part.
                  !Self.sharesOf(pair.second, whole: pair.first, in: figures),
                  !Self.sharesOf(pair.first, whole: pair.second, in: figures) else { continue }
            reported[pair.second] = true
            results.findings.append(FindingDraft(
                span: b.span,
                variables: ["subject": subject, "first": a.text, "second": b.text, "line": "\(a.span.line)"],
                related: [a.span], arithmetic: "\(Show.figure(a)) ≠ \(Show.figure(b))",
                subject: b.text + " " + subject
            ))
        }
        return results
    }

    /// Whether two values are too far apart to restate one quantity: the larger is more than
    /// `maxRatio` times the smaller, and their digits differ by more than one digit (a slip
    /// drops, adds or changes one: 120 and 12 are one quantity mistyped).
    static func differentScopes(_ a: Figure, _ b: Figure, maxRatio: Decimal?) -> Bool {
        guard let maxRatio, let first = a.value, let second = b.value, first > 0, second > 0 else { return false }
        let (small, large) = first < second ? (first, second) : (second, first)
        guard large > small * maxRatio else { return false }
        func digits(_ text: String) -> String { String(String.UnicodeScalarView(text.unicodeScalars.filter { ("0"..."9").contains($0) })) }
        let (one, other) = (digits(a.text), digits(b.text))
        return one.isEmpty || other.isEmpty || editDistance(one, other) > 1
    }

    /// The place names in a figure's sentence before it: words ending in 省, 市, 县, 区, 乡, 镇,
    /// 村 or 组 ("甲村", "城关镇", "全县"). Figures that name different places count different things.
    static func places(before figure: Figure, in text: SourceText) -> ScalarTextSet {
        let start = max(figure.sentence.lowerBound, figure.span.offset - 80)
        var names: [ArraySlice<Unicode.Scalar>] = []
        for index in start..<figure.span.offset where adminCharacters.contains(text.scalars[index]) {
            // 全县, 全镇: the whole place the document speaks of, which no place name also means.
            if index > start, text.scalars[index - 1] == "全" { continue }
            // 乡镇, 县市, 乡村: such pairs name a kind of place, not a place.
            if index > start, Self.placeKinds.contains([text.scalars[index - 1], text.scalars[index]]) { continue }
            if index + 1 < figure.span.offset, Self.placeKinds.contains([text.scalars[index], text.scalars[index + 1]]) { continue }
            var first = index
            while first > start, index - first < 3, isCJK(text.scalars[first - 1]), !adminCharacters.contains(text.scalars[first - 1]) {
                first -= 1
            }
            // "村股份经济合作社" at a sentence's start: 村 alone names no place.
            guard first < index else { continue }
            names.append(text.scalars[first..<(index + 1)])
        }
        return ScalarTextSet(names)
    }

    /// For each line, the place named by the numbered heading nearest at or above it ("（四）长溪村。"
    /// or "3. 城关镇"), or `none` when that heading names no place or there is none. A place is a
    /// title of two to ten scalars ending in 省, 市, 县, 区, 乡, 镇, 村 or 组, other than the whole
    /// place (全镇), or naming a numbered thing (3号线).
    ///
    /// Headings nest by their numbering (一、 above （一） above 1. above （1）): a heading replaces
    /// the places of its own level and below, so "1. 基本情况" under "（三）上寨村。" keeps the village.
    static func headingPlaces(in text: SourceText, none: Range<Int>) -> [Range<Int>] {
        let scalars = text.scalars
        var levels = [Range<Int>](repeating: none, count: 4)
        var places: [Range<Int>] = []
        places.reserveCapacity(text.lineStarts.count)
        for line in 1...text.lineStarts.count {
            let range = text.lineRange(line)
            if let (titleStart, level) = paragraphNumber(scalars[range]) {
                var start = titleStart
                while start < range.upperBound, scalars[start].properties.isWhitespace { start += 1 }
                var end = start
                while end < range.upperBound, !titleEnds.contains(scalars[end]) { end += 1 }
                let title = scalars[start..<end]
                let named = (2...10).contains(title.count) && title.first != "全"
                    && (title.last.map { adminCharacters.contains($0) } == true || namesNumberedEntity(title))
                levels[level] = named ? start..<end : none
                for deeper in (level + 1)..<levels.count { levels[deeper] = none }
            }
            places.append(levels.last { $0 != none } ?? none)
        }
        return places
    }

    /// Whether a heading's title names one of several numbered things: a digit and 号 (3号线,
    /// 6号线一期, 1號機組), which, like a place, the headings beside it name others of.
    static func namesNumberedEntity(_ title: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in title {
            if scalar == "号" || scalar == "號", headingNumerals.contains(previous) { return true }
            previous = scalar
        }
        return false
    }

    /// The scalars that end a heading's title.
    private static let titleEnds: Set<Unicode.Scalar> = Set("。；：:，,．.  ".unicodeScalars)

    /// The numerals of a paragraph number.
    private static let headingNumerals: Set<Unicode.Scalar> = Set("0123456789一二三四五六七八九十".unicodeScalars)

    /// Where a line's leading paragraph number ends, and its level: 0 for 一、, 1 for （一）, 2 for
    /// 1. and 1、, 3 for （1）.
    static func paragraphNumber(_ line: ArraySlice<Unicode.Scalar>) -> (end: Int, level: Int)? {
        var position = line.startIndex
        while position < line.endIndex, line[position].properties.isWhitespace { position += 1 }
        let opened = position < line.endIndex && (line[position] == "（" || line[position] == "(")
        if opened { position += 1 }
        let numerals = position
        while position < line.endIndex, position - numerals < 4, headingNumerals.contains(line[position]) { position += 1 }
        guard position > numerals, position < line.endIndex else { return nil }
        let marker = line[position]
        let closes = opened ? marker == "）" || marker == ")" : marker == "、" || marker == "." || marker == "．"
        guard closes else { return nil }
        let arabic = ("0"..."9").contains(line[numerals])
        return (position + 1, (arabic ? 2 : 0) + (opened ? 1 : 0))
    }

    /// Whether both figures continue a figure of their unit right before them in their sentences
    /// (a comma or 、 between), and those figures' labels name different subjects.
    static func followOtherSubjects(_ first: Int, _ second: Int, in figures: [Figure], scalars: [Unicode.Scalar], fillers: FillerWords) -> Bool {
        func context(_ position: Int) -> ArraySlice<UInt8>? {
            guard position > 0, figures[position - 1].sentence == figures[position].sentence,
                  figures[position - 1].unit?.canonical == figures[position].unit?.canonical,
                  figures[position - 1].span.end < figures[position].span.offset,
                  scalars[figures[position - 1].span.end] == "，" || scalars[figures[position - 1].span.end] == "、"
            else { return nil }
            return fillers.core(of: Array(figures[position - 1].label.utf8))
        }
        guard let a = context(first), let b = context(second) else { return false }
        return !a.elementsEqual(b)
    }

    /// Whether the figure after `part` in its sentence is a percentage that `part` makes of
    /// `whole`: the text then states the first as a part of the second, not as the same quantity.
    static func sharesOf(_ part: Int, whole: Int, in figures: [Figure]) -> Bool {
        guard part + 1 < figures.count, figures[part + 1].sentence == figures[part].sentence,
              figures[part + 1].unit?.dimension == .percent, let share = figures[part + 1].interval,
              let partValue = figures[part].value, let wholeValue = figures[whole].value, wholeValue > 0 else { return false }
        return share.contains(partValue * 100 / wholeValue)
    }

    /// The label of the figure right before, when a 、 joins the two and they measure in different
    /// units: "审结涉黑涉恶案件17件、判处被告人143人" counts the defendants of those cases. Items of one
    /// unit ("甲村30户、乙村40户") are parallel, and nil is returned.
    static func measuredSubject(_ position: Int, in figures: [Figure], scalars: [Unicode.Scalar]) -> String? {
        guard position > 0 else { return nil }
        let previous = figures[position - 1]
        let figure = figures[position]
        guard previous.sentence == figure.sentence, previous.span.end < figure.span.offset, scalars[previous.span.end] == "、",
              previous.unit?.canonical != figure.unit?.canonical else { return nil }
        return previous.label
    }

    /// The year the most marks name, the latest of equals; nil when none is named.
    static func mostNamedYear(_ marks: [ArraySlice<Unicode.Scalar>]) -> ArraySlice<Unicode.Scalar>? {
        var counts: [[Unicode.Scalar]: Int] = [:]
        for mark in marks { counts[Array(mark), default: 0] += 1 }
        return counts.max { first, second in
            first.value != second.value ? first.value < second.value : first.key.lexicographicallyPrecedes(second.key)
        }.map { $0.key[...] }
    }

    /// Texts compared as a set, by their scalars: sorted, without repeats. Sets of Strings hashed
    /// and compared every name through Unicode normalisation, for every pair of figures.
    struct ScalarTextSet: Equatable {
        /// The texts, in scalar order, each once.
        let texts: [ArraySlice<Unicode.Scalar>]

        init(_ texts: [ArraySlice<Unicode.Scalar>]) {
            var unique: [ArraySlice<Unicode.Scalar>] = []
            for text in texts.sorted(by: { $0.lexicographicallyPrecedes($1) }) where unique.last != text {
                unique.append(text)
            }
            self.texts = unique
        }

        /// Whether both sets name places and no place is in both: the figures are said of
        /// different places for certain.
        func namesOtherPlaces(than other: ScalarTextSet) -> Bool {
            !texts.isEmpty && !other.texts.isEmpty && !texts.contains { other.texts.contains($0) }
        }
    }

    /// Whether a label holds a list of names (甲、乙等2村), a 、 after a paragraph number ("八、") aside.
    static func listsNames(_ label: String) -> Bool {
        guard label.containsText("、") else { return false }
        let bytes = Array(label.utf8)
        guard let end = FillerWords.paragraphNumberEnd(bytes[...]) else { return true }
        return String(decoding: bytes[end...], as: UTF8.self).containsText("、")
    }

    /// Two-character words that name a kind of place ("乡镇卫生院"), not a place. Not 村组: "村组织".
    private static let placeKinds: Set<[Unicode.Scalar]> = Set(
        ["乡镇", "鄉鎮", "镇村", "鎮村", "县乡", "縣鄉", "县市", "市县", "縣市", "市縣", "县区", "区县", "縣區", "區縣", "省市", "乡村", "鄉村"]
            .map { Array($0.unicodeScalars) }
    )

    private static let adminCharacters: Set<Unicode.Scalar> = ["省", "市", "县", "縣", "区", "區", "乡", "鄉", "镇", "鎮", "村", "组", "組"]

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

    /// One unit and one value: the figures that can agree.
    private struct ValueKey: Hashable {
        var unit: String
        /// The value's key: hashing Foundation's Decimal showed in profiles.
        var value: DecimalValueKey

        /// Units are equal when their UTF-8 bytes are, as labels are compared: a String hashes and
        /// compares its normalised form, which for Chinese text is a slow path.
        static func == (lhs: ValueKey, rhs: ValueKey) -> Bool {
            lhs.value == rhs.value && lhs.unit.utf8.elementsEqual(rhs.unit.utf8)
        }

        /// FNV-1a over the unit's bytes and the value's parts.
        var hash64: UInt64 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in unit.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return value.fnv(continuing: hash)
        }

        /// Hashes what `==` compares: the unit's bytes and the value.
        func hash(into hasher: inout Hasher) {
            var unit = unit
            unit.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(value)
        }
    }

    /// The subject two figures certainly share: one counts (as a classifier's noun) what the other's
    /// label ends with, both count one noun, or both have one label.
    static func strictSubject(_ a: Figure, _ b: Figure) -> String? {
        if !a.noun.isEmpty, !b.noun.isEmpty, a.noun == b.noun { return a.noun }
        if let noun = nounEndingLabel(a.noun, b.label) { return noun }
        if let noun = nounEndingLabel(b.noun, a.label) { return noun }
        if !a.label.isEmpty, a.label == b.label { return a.label }
        return nil
    }

    /// The subject of two figures of which one or both are items of a list of classifier phrases:
    /// their nouns when equal, or an item's noun that ends the other's label.
    private static func listItemSubject(_ a: Figure, _ b: Figure, itemA: Bool, itemB: Bool) -> String? {
        if a.noun == b.noun { return a.noun }
        if itemA, !itemB { return nounEndingLabel(a.noun, b.label) }
        if itemB, !itemA { return nounEndingLabel(b.noun, a.label) }
        return nil
    }

    /// Whether the figure follows a list mark (、) directly.
    private static func followsListMark(_ figure: Figure, in scalars: [Unicode.Scalar]) -> Bool {
        var position = figure.span.offset - 1
        while position >= 0, scalars[position].properties.isWhitespace { position -= 1 }
        return position >= 0 && scalars[position] == "、"
    }

    /// A subject the figures may share: the strict one, or the common end of their labels.
    static func looseSubject(_ a: Figure, _ b: Figure) -> String {
        if let strict = strictSubject(a, b) { return strict }
        let x = Array(a.label.unicodeScalars)
        let y = Array(b.label.unicodeScalars)
        var length = 0
        while length < min(x.count, y.count), x[x.count - 1 - length] == y[y.count - 1 - length] { length += 1 }
        return SourceText.string(x[(x.count - length)...])
    }

    /// The longest start of `noun` with which `label` ends ("扶贫车间" for 扶贫车间 and 建设扶贫车间).
    private static func nounEndingLabel(_ noun: String, _ label: String) -> String? {
        let scalars = Array(noun.unicodeScalars)
        for length in stride(from: scalars.count, through: 2, by: -1) {
            let prefix = SourceText.string(scalars[0..<length])
            if label.hasSuffix(prefix) { return prefix }
        }
        return nil
    }

    /// What a subject key is made of: a noun, a whole label, or the end of a label (which a noun's
    /// start is looked up against).
    private enum KeyKind: UInt64 { case noun = 1, label = 2, end = 3 }

    /// Filler words, looked up at either end of a label's UTF-8 bytes, longest first. Whole
    /// characters' bytes only match at character boundaries, so bytes serve as well as scalars.
    struct FillerWords {
        let words: [[UInt8]]
        /// Each word's first and last scalar, packed: most labels start and end with no filler's,
        /// and comparing two integers is cheaper than comparing bytes.
        let firsts: [UInt32]
        let lasts: [UInt32]
        /// Words dropped wherever they occur, and the first byte of each (to skip labels fast).
        let dropped: [[UInt8]]
        let droppedFirstBytes: [Bool]

        init(_ words: [String], dropped: [String] = []) {
            self.words = words.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
            firsts = self.words.map { Self.firstScalar($0[...]) }
            lasts = self.words.map { Self.lastScalar($0[...]) }
            self.dropped = dropped.map { Array($0.utf8) }.filter { !$0.isEmpty }
            var firstBytes = [Bool](repeating: false, count: 256)
            for word in self.dropped { firstBytes[Int(word[0])] = true }
            droppedFirstBytes = firstBytes
        }

        var isEmpty: Bool { words.isEmpty && dropped.isEmpty }

        /// `core` without the dropped words; the same slice, copied nowhere, when it holds none.
        func withoutDropped(_ core: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            guard !dropped.isEmpty else { return core }
            var kept: [UInt8]?
            var position = core.startIndex
            outer: while position < core.endIndex {
                if droppedFirstBytes[Int(core[position])] {
                    for word in dropped where core[position...].starts(with: word) {
                        if kept == nil { kept = Array(core[core.startIndex..<position]) }
                        position += word.count
                        continue outer
                    }
                }
                kept?.append(core[position])
                position += 1
            }
            return kept.map { $0[...] } ?? core
        }

        /// `label` without a paragraph number ("八、") and the filler words at its start and end.
        func core(of label: [UInt8]) -> ArraySlice<UInt8> {
            var core = label[...]
            if let marker = Self.paragraphNumberEnd(core) { core = core[marker...] }
            var changed = !words.isEmpty
            while changed, !core.isEmpty {
                changed = false
                let first = Self.firstScalar(core)
                let last = Self.lastScalar(core)
                // Words are touched only when a packed end matches: reading each would retain it.
                for slot in firsts.indices where firsts[slot] == first || lasts[slot] == last {
                    let word = words[slot]
                    guard core.count > word.count else { continue }
                    if firsts[slot] == first, core.starts(with: word) {
                        core = core.dropFirst(word.count)
                        changed = true
                        break
                    }
                    if lasts[slot] == last, core.suffix(word.count).elementsEqual(word) {
                        core = core.dropLast(word.count)
                        changed = true
                        break
                    }
                }
            }
            return withoutDropped(core)
        }

        /// Where a leading paragraph number ("八、", "12、", "（三）") ends, or nil when there is none.
        static func paragraphNumberEnd(_ bytes: ArraySlice<UInt8>) -> Int? {
            // Most labels start with no numeral or bracket: tell by the first scalar before decoding.
            guard markerStarts.contains(firstScalar(bytes)) else { return nil }
            let text = String(decoding: bytes.prefix(18), as: UTF8.self).unicodeScalars
            var position = bytes.startIndex
            var numerals = 0
            for scalar in text {
                position += String(scalar).utf8.count
                if "0123456789一二三四五六七八九十".unicodeScalars.contains(scalar) {
                    numerals += 1
                } else if scalar == "（" || scalar == "(" {
                    if numerals > 0 { return nil }
                } else if scalar == "、" || scalar == "）" || scalar == ")" || scalar == "." || scalar == "．" {
                    return numerals > 0 && position < bytes.endIndex ? position : nil
                } else {
                    return nil
                }
            }
            return nil
        }

        /// The first scalars a paragraph number can start with, packed as `firstScalar` packs them.
        private static let markerStarts: Set<UInt32> = Set("0123456789一二三四五六七八九十（(".unicodeScalars.map {
            firstScalar(Array(String($0).utf8)[...])
        })

        /// The bytes of the first scalar of `bytes`, packed into one integer.
        static func firstScalar(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var packed: UInt32 = 0
            for (offset, byte) in bytes.enumerated() {
                if offset > 0, byte & 0xC0 != 0x80 { break }
                packed = packed << 8 | UInt32(byte)
            }
            return packed
        }

        /// The bytes of the last scalar of `bytes`, packed into one integer.
        static func lastScalar(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var start = bytes.endIndex
            while start > bytes.startIndex {
                start -= 1
                if bytes[start] & 0xC0 != 0x80 { break }
            }
            return bytes[start...].reduce(0) { $0 << 8 | UInt32($1) }
        }
    }

    /// The number of scalars in UTF-8 `bytes`: the bytes that do not continue a scalar.
    static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The key under which figures that may share a subject are found, within one unit, hashed to
    /// one integer (FNV-1a over UTF-8 bytes): hashing strings for every lookup took a fifth of
    /// this check. Two subjects with one hash only add a candidate pair, which `strictSubject`
    /// then turns down. The seed covers the key's kind and unit; `fnv` adds the words.
    private static func keySeed(_ kind: KeyKind, _ unit: [UInt8]) -> UInt64 {
        let hash = fnv(0xCBF2_9CE4_8422_2325 ^ kind.rawValue, unit[...])
        return (hash ^ 0xFFFF_FFFF) &* fnvPrime
    }

    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a over `bytes`, continuing from `hash`.
    private static func fnv(_ hash: UInt64, _ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* fnvPrime }
        return hash
    }

    /// Two figure indexes, the earlier first.
    private struct Pair: Hashable {
        var first: Int
        var second: Int
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "One subject stated twice (18个扶贫车间 … 扶贫车间18家) has one value.",
        whyItMatters: "A quantity given twice with two values leaves the reader unable to tell which is right.",
        defaultMessage: "{subject} is stated as {second} here but as {first} on line {line}",
        placeholders: ["subject", "first", "second", "line"]
    )
}
