import AuditCore
import Extraction
import Foundation

/// Lookups over a document's figures that several kinds share: sentence order, compound partners,
/// and display of values in a figure's own unit.
struct FigureIndex: Sendable {
    /// The figures, in text order.
    let figures: [Figure]
    /// The text they come from.
    let text: SourceText
    /// For each figure, the ordinal of its sentence.
    let sentenceOrdinal: [Int]
    /// For each compound group, the indices of its figures.
    let groups: [Int: [Int]]
    /// For each figure, the first and the last figure of its compound (itself when it has none).
    let compoundFirst: [Int]
    let compoundLast: [Int]
    /// For each figure, whether it is a plain stated quantity that arithmetic can use.
    private let quantity: [Bool]
    /// Every compound's figures stored side by side (a figure without one alone), so that
    /// `compound(of:)` is a slice rather than a new array at each call.
    private let compoundMembers: [Int]
    /// For each figure, where its compound lies in `compoundMembers`.
    private let compoundSlot: [Range<Int>]

    init(_ extracted: ExtractedDocument) {
        figures = extracted.figures
        text = extracted.text
        var ordinals: [Int] = []
        ordinals.reserveCapacity(figures.count)
        var ordinal = -1
        var lastSentence: Range<Int>?
        var groups: [Int: [Int]] = [:]
        var quantity: [Bool] = []
        quantity.reserveCapacity(figures.count)
        // Fields are read in place: binding a whole Figure copies (and retains) all of its strings.
        for index in figures.indices {
            if figures[index].sentence != lastSentence {
                ordinal += 1
                lastSentence = figures[index].sentence
            }
            ordinals.append(ordinal)
            if let group = figures[index].compoundGroup { groups[group, default: []].append(index) }
            quantity.append(!figures[index].missingNumber && figures[index].interval != nil
                && (figures[index].unit != nil || figures[index].name != nil))
        }
        sentenceOrdinal = ordinals
        self.groups = groups
        self.quantity = quantity
        var first = Array(figures.indices)
        var last = first
        for members in groups.values {
            for member in members {
                first[member] = members.first!
                last[member] = members.last!
            }
        }
        compoundFirst = first
        compoundLast = last
        var members: [Int] = []
        members.reserveCapacity(figures.count)
        var slots = Array(repeating: 0..<0, count: figures.count)
        for index in figures.indices where slots[index].isEmpty {
            let group = figures[index].compoundGroup.flatMap { groups[$0] } ?? [index]
            let slot = members.count..<(members.count + group.count)
            members.append(contentsOf: group)
            for member in group { slots[member] = slot }
        }
        compoundMembers = members
        compoundSlot = slots
    }

    /// The figures of `index`'s compound (itself alone when it has none).
    func compound(of index: Int) -> ArraySlice<Int> {
        compoundMembers[compoundSlot[index]]
    }

    /// Whether a figure is a plain stated quantity that arithmetic can use.
    func isQuantity(_ index: Int) -> Bool { quantity[index] }
}

/// How values and intervals are written in messages.
enum Show {
    /// A value in `unit`'s written form: 2.47亿元 rather than 247000000元.
    static func value(_ value: Decimal, in unit: MeasureUnit?) -> String {
        guard let unit, unit.scale != 0 else { return plain(value) }
        return plain(value.divided(byScale: unit.scale)) + unit.written
    }

    /// A figure's value, or its interval when it is approximate, in its own written unit.
    static func figure(_ figure: Figure) -> String {
        if let value = figure.value, figure.qualifier == .exact { return Show.value(value, in: figure.unit) }
        return figure.text
    }

    /// A decimal without exponent or trailing zeros.
    static func plain(_ value: Decimal) -> String {
        // Whole numbers and short decimals need no rounding, only their digits.
        if value.exponent >= -6 { return value.plainText }
        var copy = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 6, .plain)
        return rounded.plainText
    }

    /// An interval in a unit's written form.
    static func interval(_ interval: Interval, in unit: MeasureUnit?) -> String {
        if interval.isPoint, let lower = interval.lower { return value(lower, in: unit) }
        let scale = unit?.scale ?? 1
        let low = interval.lower.map { plain($0.divided(byScale: scale)) } ?? "-∞"
        let high = interval.upper.map { plain($0.divided(byScale: scale)) } ?? "∞"
        return "\(interval.lowerClosed ? "[" : "(")\(low), \(high)\(interval.upperClosed ? "]" : ")")\(unit?.written ?? "")"
    }

    /// An implied count for reading: widened outward to whole numbers once they reach 100, and to
    /// two decimals below, so that [51507692.307692, 51510769.230769] reads [51507692, 51510770].
    /// Only the display is rounded; the checks compare the exact interval.
    static func count(_ interval: Interval) -> String {
        guard let lower = interval.lower, let upper = interval.upper else { return Show.interval(interval, in: nil) }
        let places = max(abs(lower), abs(upper)) >= 100 ? 0 : 2
        func rounded(_ value: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
            var copy = value
            var result = Decimal()
            NSDecimalRound(&result, &copy, places, mode)
            return result
        }
        let low = rounded(lower, .down)
        let high = rounded(upper, .up)
        if low == high { return plain(low) }
        return "[\(plain(low)), \(plain(high))]"
    }

    /// The sum of intervals, or nil when one is unknown.
    static func sum(_ intervals: [Interval?]) -> Interval? {
        var total = Interval.exactly(0)
        for interval in intervals {
            guard let interval else { return nil }
            total = total + interval
        }
        return total
    }
}

extension FigureIndex {
    /// Whether a sentence's last scalar, spaces aside, is a semicolon: the segmenter ends sentences
    /// there, but clauses joined by semicolons often make one statement.
    static func endsWithSemicolon(_ sentence: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var end = sentence.upperBound
        while end > sentence.lowerBound, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return end > sentence.lowerBound && (scalars[end - 1] == "；" || scalars[end - 1] == ";")
    }

    /// Whether the figure at `position` is the earlier value of a change or a comparison
    /// (`Figure.isFromValue`), including one whose time is a figure of its own, so that its label
    /// holds only 的: "較111年的928,160人次".
    func isFromValue(_ position: Int) -> Bool {
        // Fields are read in place: binding a whole Figure copies (and retains) all of its strings.
        if figures[position].isFromValue { return true }
        guard position > 0, figures[position - 1].dimension == .time,
              figures[position - 1].span.end + 1 == figures[position].span.offset,
              figures[position - 1].sentence == figures[position].sentence,
              figures[position].label.unicodeScalars.elementsEqual(["的"]),
              let last = figures[position - 1].label.unicodeScalars.last(where: { !$0.isSpace }) else { return false }
        return Figure.comparisonScalars.contains(last)
    }
}

extension Figure {
    /// Whether the figure is the earlier value of a change: "由4.54%下降为2.55%", "从8万人增加到",
    /// "由2022年的16.02億人次增至…", or the value of another time it is compared with:
    /// "较111年的928,160人次增加38.6%".
    /// Such a value belongs to another time, so it is neither a part nor a total of this one.
    var isFromValue: Bool {
        let scalars = label.unicodeScalars
        guard let last = scalars.last(where: { !$0.isSpace }) else { return false }
        if last == "由" || last == "从" || last == "從" { return true }
        // "（上年3,340万元）": a value labelled by the earlier time alone.
        if last == "年" || last == "期" || last == "为" || last == "為" {
            let bare = String(String.UnicodeScalarView(scalars.filter { !$0.isSpace && !Self.openingMarks.contains($0) }))
            if Self.earlierTimes.contains(bare) { return true }
        }
        guard last == "的" else { return false }
        // 较上年的, 比2022年的, 與上年同期的, 由2022年的: a comparison or a change's start, then a
        // time, then 的.
        var sawTime = false
        for scalar in scalars.reversed().dropFirst().prefix(10) {
            if scalar == "年" || scalar == "月" || scalar == "期" { sawTime = true }
            if Self.comparisonScalars.contains(scalar) || scalar == "由" || scalar == "从" || scalar == "從" { return sawTime }
        }
        return false
    }

    static let comparisonScalars: Set<Unicode.Scalar> = ["较", "較", "比", "与", "與"]

    /// Labels that name only an earlier time, a value of which is compared with this one's.
    static let earlierTimes: Set<String> = ["上年", "去年", "上年同期", "去年同期", "上年为", "上年為", "去年为", "去年為"]

    /// Brackets and marks that may open a label.
    static let openingMarks: Set<Unicode.Scalar> = ["（", "(", "，", ",", "；", ";", "、"]

    /// Whether two figures measure in one canonical unit (人 and 名 alike, 个 and 家 alike).
    func sameMeasure(as other: Figure) -> Bool {
        // A canonical unit measures one dimension (a lexicon test holds it): comparing dimensions
        // first spares most pairs the string comparison, which for Chinese text normalises.
        guard let dimension, dimension == other.dimension else { return false }
        return unit?.canonical == other.unit?.canonical
    }

    /// The measure the label ends with, its last two ideographs (死亡 of 民眾死亡, 受傷), or nil when
    /// the label does not end in two ideographs.
    var labelMeasure: [Unicode.Scalar]? {
        let ending = Array(label.unicodeScalars.filter { !$0.isSpace }.suffix(2))
        return ending.count == 2 && ending.allSatisfy(\.properties.isIdeographic) ? ending : nil
    }

    /// Whether any of `words` occurs in the label (a scalar search: Foundation's is slow here).
    func labelContains(any words: [String]) -> Bool {
        words.contains { label.containsText($0) }
    }
}

/// Substring search over Unicode scalars, for the short labels and words checks compare.
enum ScalarSearch {
    /// The pairs of adjacent CJK characters of a text, each packed into one integer.
    static func bigrams(_ text: String) -> Set<UInt64> {
        let scalars = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.map(\.value)
        guard scalars.count >= 2 else { return [] }
        return Set((0..<(scalars.count - 1)).map { UInt64(scalars[$0]) << 32 | UInt64(scalars[$0 + 1]) })
    }

    /// The start of the first occurrence of `word` in `text`, or nil.
    static func firstIndex(of word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard !word.isEmpty, word.count <= text.count else { return nil }
        return (0...(text.count - word.count)).first { start in text[start..<(start + word.count)].elementsEqual(word) }
    }

    /// The start of the last occurrence of `word` in `text`, or nil.
    static func lastIndex(of word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard !word.isEmpty, word.count <= text.count else { return nil }
        var start = text.count - word.count
        while start >= 0 {
            var matched = true
            for offset in 0..<word.count where text[start + offset] != word[offset] {
                matched = false
                break
            }
            if matched { return start }
            start -= 1
        }
        return nil
    }
}
