import AuditCore
import Foundation

/// Finds the figures of a text the way a careful reader would, and classifies the numbers that are
/// not figures (years, dates, codes, list markers, names built on numerals).
public enum FigureExtractor {
    /// Extracts every figure and non-figure of `text`.
    public static func extract(_ text: SourceText) -> ExtractedDocument {
        var context = Context(text: text)
        context.run()
        return ExtractedDocument(text: text, figures: context.figures, nonFigures: context.nonFigures.sorted { $0.span < $1.span })
    }
}

/// The state of one extraction pass over a document.
struct Context {
    /// 0.5, exactly.
    static let oneHalf = Decimal(sign: .plus, exponent: -1, significand: 5)
    let text: SourceText
    let scalars: [Unicode.Scalar]
    var figures: [Figure] = []
    var nonFigures: [NonFigure] = []
    private var blocked: [Range<Int>] = []
    private var quotes: [Range<Int>] = []
    private var nextGroup = 0
    /// Sections of plans, whose figures are targets.
    private var planSections: [Range<Int>] = []

    /// Where the cue words of each kind occur in the text.
    let perUnitWords: CueLexicon.Occurrences
    let targetWords: CueLexicon.Occurrences
    let planWords: CueLexicon.Occurrences
    let achievedWords: CueLexicon.Occurrences
    let relationCues: CueLexicon.Occurrences
    /// Where 每 opens a base (每10万人, 每百户), in text order.
    let perBaseMarks: [Int]

    init(text: SourceText) {
        self.text = text
        self.scalars = text.scalars
        perUnitWords = CueLexicon.perUnitWordSet.occurrences(in: text.scalars)
        let targetsAndPlans = CueLexicon.targetAndPlanWordSet.occurrences(in: text.scalars)
        let targetCount = CueLexicon.targetWords.count
        targetWords = targetsAndPlans.subset(0..<targetCount)
        planWords = targetsAndPlans.subset(
            targetCount..<(targetCount + CueLexicon.planSectionWords.count + CueLexicon.planHeadingWords.count)
        )
        achievedWords = CueLexicon.achievedWordSet.occurrences(in: text.scalars)
        relationCues = CueLexicon.relationCueSet.occurrences(in: text.scalars)
        var marks: [Int] = []
        let scalars = text.scalars
        for position in scalars.indices.dropLast() where scalars[position] == "每" && CueLexicon.perBaseStarts.contains(scalars[position + 1]) {
            marks.append(position)
        }
        perBaseMarks = marks
    }

    mutating func run() {
        nonFigures = NonFigureScanner.scan(text)
        blocked = Self.merged(nonFigures.map(\.span.range))
        quotes = NonFigureScanner.shortQuotes(scalars)
        planSections = Self.planSections(text, at: planStarts())
        for sentence in Segmenter.sentences(text) {
            extractSentence(sentence)
        }
        figures += MissingNumberScanner.scan(text, figures: figures)
        figures.sort { $0.span < $1.span }
    }

    // MARK: - Sentences

    private mutating func extractSentence(_ sentence: Range<Int>) {
        let clauses = Segmenter.clauses(text, in: sentence)
        let readings = NumeralReader.scan(scalars, in: sentence).filter { reading in
            !Self.anyOverlap(blocked, reading.range)
        }
        // The sentence's figures are appended to the document's directly, from `firstFigure` on.
        let firstFigure = figures.count
        var index = 0
        while index < readings.count {
            let reading = readings[index]
            let next = index + 1 < readings.count ? readings[index + 1] : nil
            // A number longer than an exact decimal holds (38 digits) is a code, never a value (found by fuzzing).
            if reading.value.isNaN || (!reading.isMasked && reading.range.count > 40) {
                record(.code, reading.range)
                index += 1
                continue
            }
            if let kind = nonFigureKind(reading, next: next) {
                record(kind, reading.range)
                if kind == .year || kind == .date, let next, joinsRange(reading, next) {
                    record(kind, next.range)
                    index += 1
                }
                index += 1
                continue
            }
            // "3-5名", "3至5人": a number without a unit joined to the next one is one range figure.
            var lower: NumeralReading?
            var current = reading
            if let next, joinsRange(reading, next), unitEntry(after: reading) == nil {
                lower = reading
                current = next
                index += 1
            }
            // A bare number before ("其中60岁以上老年人参保9135人") qualifies the figure, so its words
            // (其中) still belong to the figure: the figure's own words start after the last figure with a unit.
            var previous = figures.count - 1
            while previous >= firstFigure, figures[previous].unit == nil { previous -= 1 }
            let previousEnd = previous >= firstFigure ? figures[previous].span.end : sentence.lowerBound
            if let figure = makeFigure(current, lower: lower, sentence: sentence, clauses: clauses, previousEnd: previousEnd) {
                figures.append(figure)
            }
            index += 1
        }
        groupCompounds(from: firstFigure)
    }

    private mutating func record(_ kind: NonFigure.Kind, _ range: Range<Int>) {
        var end = range.upperBound
        if kind == .year || kind == .date {
            while end < scalars.count, ["年", "月", "日", "号", "號", "份", "代", "底", "初"].contains(scalars[end]) { end += 1 }
        }
        let span = range.lowerBound..<end
        nonFigures.append(NonFigure(kind: kind, text: text.string(span), span: text.span(span)))
    }

    /// Whether `first` and `second` are written as a range: "3-5", "3至5", "2017—2018".
    private func joinsRange(_ first: NumeralReading, _ second: NumeralReading) -> Bool {
        guard !first.isMasked, !second.isMasked, first.range.upperBound < second.range.lowerBound else { return false }
        let gap = first.range.upperBound..<second.range.lowerBound
        guard gap.count == 1 || (gap.count == 2 && scalars[gap.lowerBound] == "—") else { return false }
        return ["-", "－", "~", "～", "至", "到", "—", "–"].contains(scalars[gap.lowerBound])
    }

    // MARK: - Non-figures

    private func nonFigureKind(_ reading: NumeralReading, next: NumeralReading?) -> NonFigure.Kind? {
        let start = reading.range.lowerBound
        let end = reading.range.upperBound
        let before = start > 0 ? scalars[start - 1] : "\n"
        let after = end < scalars.count ? scalars[end] : "\n"
        if Self.anyOverlap(quotes, start..<(start + 1)) { return .code }
        if before == "第" { return .ordinal }
        // "S320" is a code; "168cm" and "250m" are figures with Latin units.
        if isLatinLetter(before) || (isLatinLetter(after) && unitEntry(after: reading) == nil) { return .code }
        if isYear(reading) { return .year }
        if let next, joinsRange(reading, next), isYear(next), reading.value.isWholeNumber, (1900...2100).contains(reading.value) {
            return .year
        }
        if isDate(reading, next: next) { return .date }
        if isListMarker(reading) { return .listMarker }
        if reading.style == .chinese || reading.style == .financial {
            // Names built on numerals ("两学一做", "一户一策", "五个一批") and a lone 一 are not figures.
            if reading.percent == nil && unitEntry(after: reading) == nil && chengPercent(after: reading) == nil { return .name }
            // A lone 一 is a name or an article (一个, 一年来, 一次) unless a real measure follows (一吨, 一美元).
            if reading.range.count == 1 && reading.value == 1 {
                let unit = unitEntry(after: reading)
                if unit == nil || unit!.isClassifier || [.time, .count, .events, .households, .persons].contains(unit!.dimension) { return .name }
            }
            if let unit = unitEntry(after: reading) {
                let afterUnit = end + unit.written.unicodeScalars.count
                if afterUnit < scalars.count, ["一", "两", "兩", "二", "三"].contains(scalars[afterUnit]) { return .name }
            }
        }
        if reading.isMasked, reading.masked?.fullyMasked == true, unitEntry(after: reading) == nil, reading.percent == nil { return .name }
        return nil
    }

    private func isYear(_ reading: NumeralReading) -> Bool {
        let after = skipSpaces(from: reading.range.upperBound)
        // "2023届毕业生" names a class by its year.
        if after < scalars.count, scalars[after] == "届" || scalars[after] == "屆", reading.range.count == 4, !reading.isMasked,
           reading.value.isWholeNumber, (1900...2100).contains(reading.value) {
            return true
        }
        guard after < scalars.count, scalars[after] == "年" else { return false }
        if after + 1 < scalars.count, ["代"].contains(scalars[after + 1]) { return true }
        if reading.isMasked { return true }
        let digits = reading.range.count
        return digits == 4 && reading.value.isWholeNumber && !reading.value.lessThan(1900) && !Decimal(2100).lessThan(reading.value)
    }

    private func isDate(_ reading: NumeralReading, next: NumeralReading?) -> Bool {
        let start = reading.range.lowerBound
        let end = reading.range.upperBound
        guard !reading.isMasked, reading.value.isWholeNumber else { return false }
        let after = end < scalars.count ? scalars[end] : "\n"
        let before = start > 0 ? scalars[start - 1] : "\n"
        if after == "月", (1...12).contains(reading.value), before != "个", before != "個" { return true }
        if (after == "日" || after == "号" || after == "號"), before == "月", (1...31).contains(reading.value) { return true }
        // "1至5月": the first month of a range of months.
        if let next, joinsRange(reading, next), next.range.upperBound < scalars.count, scalars[next.range.upperBound] == "月",
           (1...12).contains(reading.value) {
            return true
        }
        return false
    }

    private func isListMarker(_ reading: NumeralReading) -> Bool {
        let start = reading.range.lowerBound
        let end = reading.range.upperBound
        let before = start > 0 ? scalars[start - 1] : "\n"
        let after = end < scalars.count ? scalars[end] : "\n"
        if (before == "(" || before == "（"), (after == ")" || after == "）") { return true }
        if after == "是", reading.style == .chinese { return true }
        let atStatementStart = switch before {
        case "。", "；", ";", "：", ":", ")", "）", "\n": true
        default: before.isSpace
        }
        if atStatementStart, after == "、" || (after == "." && reading.style == .arabic) || after == "．" { return true }
        return false
    }

    // MARK: - Figures

    private func unitEntry(after reading: NumeralReading) -> UnitLexicon.Entry? {
        guard reading.percent == nil else { return nil }
        var position = skipSpaces(from: reading.range.upperBound)
        if position < scalars.count, ["余", "餘", "多", "几", "幾"].contains(scalars[position]) { position += 1 }
        position = skipSpaces(from: position)
        return unitMatch(at: position)
    }

    /// The unit written at `position`, if any. "60周岁" is an age, as "60岁" is, not weeks.
    private func unitMatch(at position: Int) -> UnitLexicon.Entry? {
        guard let entry = UnitLexicon.match(scalars, at: position) else { return nil }
        let after = position + entry.length
        if entry.written == "周" || entry.written == "週", after < scalars.count, scalars[after] == "岁" || scalars[after] == "歲" {
            return nil
        }
        return entry
    }

    /// 三成, 七成半: a 成 after a small number is a share of ten.
    private func chengPercent(after reading: NumeralReading) -> Int? {
        let end = reading.range.upperBound
        guard end < scalars.count, scalars[end] == "成", reading.value > 0, reading.value <= 10 else { return nil }
        let following = end + 1 < scalars.count ? scalars[end + 1] : "\n"
        let allowed: Set<Unicode.Scalar> = ["以", "左", "多", "的", "半", "，", ",", "。", "；", "、", "\n", " "]
        return allowed.contains(following) ? end + 1 : nil
    }

    private mutating func makeFigure(
        _ reading: NumeralReading, lower: NumeralReading?, sentence: Range<Int>, clauses: [Range<Int>], previousEnd: Int
    ) -> Figure? {
        // The lower end of a range is read once, by field: copying the optional reading out and
        // destroying it, at each test, showed in profiles.
        let lowerStart = lower?.range.lowerBound
        let lowerValue = lower?.value
        var start = lowerStart ?? reading.range.lowerBound
        var end = reading.range.upperBound
        var qualifier: Qualifier = reading.approximation == .moreThan ? .moreThan : .exact
        var unit: MeasureUnit?
        var percentScale: Decimal = 1
        // Whether percentScale is still 1, known without comparing Decimals.
        var percentScaleIsOne = true
        var isClassifier = false
        var halfUnit = false

        if let percent = reading.percent {
            switch percent {
            case .percent: unit = MeasureUnit(written: "百分之", canonical: "%", dimension: .percent)
            case .perMille: unit = MeasureUnit(written: "千分之", canonical: "%", scale: Decimal(string: "0.1")!, dimension: .percent)
                percentScale = Decimal(string: "0.1")!
                percentScaleIsOne = false
            case .perTenThousand: unit = MeasureUnit(written: "万分之", canonical: "%", scale: Decimal(string: "0.01")!, dimension: .percent)
                percentScale = Decimal(string: "0.01")!
                percentScaleIsOne = false
            case .percentagePoint: unit = MeasureUnit(written: "个百分点", canonical: "个百分点", dimension: .percent)
            }
        } else if let afterCheng = chengPercent(after: reading) {
            unit = MeasureUnit(written: "成", canonical: "%", scale: 10, dimension: .percent)
            percentScale = 10
            percentScaleIsOne = false
            end = afterCheng
            if end < scalars.count, scalars[end] == "半" {
                halfUnit = true
                end += 1
            }
        } else {
            var position = skipSpaces(from: end)
            if position < scalars.count, ["余", "餘", "多", "几", "幾"].contains(scalars[position]) {
                qualifier = .moreThan
                position += 1
            }
            position = skipSpaces(from: position)
            if let entry = unitMatch(at: position) {
                // Most figures have no 万/亿 after the number: no string to join, no Decimal to multiply.
                let suffix = multiplierSuffix(reading)
                let written = suffix.isEmpty ? entry.written : suffix + entry.written
                let scale = suffix.isEmpty ? entry.scale : entry.scale.multiplied(by: multiplier(reading))
                unit = MeasureUnit(written: written, canonical: entry.canonical, scale: scale, dimension: entry.dimension)
                percentScale = entry.scale
                percentScaleIsOne = entry.scaleIsOne
                isClassifier = entry.isClassifier
                end = position + entry.length
                // "8亿元人民币": the currency name after 元 belongs to the figure.
                if entry.canonical == "元", UnitLexicon.matchesWord("人民币", scalars, at: end) || UnitLexicon.matchesWord("人民幣", scalars, at: end) {
                    end += 3
                }
                // "一吨半", "两米半": 半 after the unit adds half of it.
                if !entry.isClassifier, end < scalars.count, scalars[end] == "半", !reading.isMasked {
                    halfUnit = true
                    end += 1
                }
            } else if qualifier == .moreThan && reading.approximation != .moreThan {
                end = position
            }
        }

        // Qualifier words after the unit: 以上, 以下, 左右, 多, 余.
        var trailingClosed = true
        if end < scalars.count, ["余", "餘", "多"].contains(scalars[end]), unit != nil, qualifier == .exact {
            qualifier = .moreThan
            end += 1
        }
        let mayBeFollowed = end < scalars.count && CueLexicon.trailingQualifierStarts.contains(scalars[end])
        for (word, kind, closed) in mayBeFollowed ? CueLexicon.trailingQualifierScalars : [] where UnitLexicon.matches(word, scalars, at: end) {
            if qualifier == .exact || kind != .about {
                qualifier = qualifier == .moreThan && kind == .atLeast ? .atLeast : kind
                trailingClosed = closed
            }
            end += word.count
            break
        }

        // Qualifier words before the number: 约, 近, 超过, 不足.
        var leadingClosed = true
        let qualifierEnd = start > 0 && ["达", "達", "为", "為", "有", "是"].contains(scalars[start - 1]) ? start - 1 : start
        let clause = clauses.first { $0.contains(start) } ?? sentence
        let mayBeQualified = (qualifierEnd > 0 && CueLexicon.leadingQualifierEnds.contains(scalars[qualifierEnd - 1]))
            || (start > 0 && CueLexicon.leadingQualifierEnds.contains(scalars[start - 1]))
        // An empty list when nothing before the figure can end a qualifier: no word is tried.
        for (word, kind, closed) in mayBeQualified ? CueLexicon.leadingQualifierScalars : []
        where CueLexicon.endsWith(word, scalars, at: qualifierEnd, from: clause.lowerBound) || CueLexicon.endsWith(word, scalars, at: start, from: clause.lowerBound) {
            let wordStart = (CueLexicon.endsWith(word, scalars, at: start, from: clause.lowerBound) ? start : qualifierEnd) - word.count
            if word == ["近"], wordStart > 0, ["附", "就", "最", "邻", "鄰", "临", "臨", "将", "將", "接"].contains(scalars[wordStart - 1]) { continue }
            // 约 closing a word (签约, 节约, 合约, 预约) is no "about": "签约11.26万人" is exact.
            if word == ["约"] || word == ["約"], wordStart > 0, CueLexicon.wordsEndingInYue.contains(scalars[wordStart - 1]) { continue }
            if qualifier == .exact || qualifier == .moreThan { qualifier = kind }
            leadingClosed = closed
            break
        }
        if lowerStart != nil { qualifier = .range }

        // "￥300", "$20": a currency sign before the number is its unit.
        if unit == nil, start > 0, ["￥", "¥", "$", "＄"].contains(scalars[start - 1]) {
            let yuan = scalars[start - 1] == "￥" || scalars[start - 1] == "¥"
            unit = MeasureUnit(written: String(scalars[start - 1]), canonical: yuan ? "元" : "美元", dimension: .money)
            start -= 1
        }
        // "求診人次2,035,600", "戶數為1,326": a bare number after a count's name counts in its unit.
        if unit == nil, !reading.isMasked, let named = FigureExtractor.unitNamedBefore(start, in: scalars) { unit = named }
        let writtenValue = halfUnit ? reading.value.adding(Self.oneHalf) : reading.value
        let canonicalScale = unit == nil ? 1 : percentScale
        let scaleIsOne = unit == nil || percentScaleIsOne
        let value: Decimal? = !reading.isMasked ? (scaleIsOne ? writtenValue : writtenValue.multiplied(by: canonicalScale)) : nil
        let interval = interval(
            reading, value: writtenValue, lowerValue: lowerValue, qualifier: qualifier, scale: canonicalScale, scaleIsOne: scaleIsOne, unit: unit,
            leadingClosed: leadingClosed, trailingClosed: trailingClosed
        )

        let span = start..<end
        // The words since the previous figure of the clause are this figure's own.
        let ownStart = min(start, max(clause.lowerBound, previousEnd))
        let label = labelText(ownStart..<start)
        // Cue words sit near their figure; a bounded window keeps run-on text linear.
        let prefix = max(ownStart, start - 160)..<start
        var figure = Figure(
            text: text.string(span), span: text.span(span), value: value, interval: interval, unit: unit,
            qualifier: qualifier, masked: reading.isMasked, label: label,
            roles: roles(
                unit: unit, label: label, prefix: prefix, clause: max(clause.lowerBound, start - 160)..<start,
                sentence: max(sentence.lowerBound, start - 160)..<start,
                // "96.8公里/百平方公里", "8.5元/人": a unit over another is a rate.
                overUnit: end < scalars.count && (scalars[end] == "/" || scalars[end] == "／")
            ),
            cues: cues(prefix: prefix, clauses: clauses, clause: clause, start: start),
            clause: clause, sentence: sentence
        )
        if isClassifier { figure.noun = nounAfter(end) }
        return figure
    }

    /// The values the figure allows; `value` stands for the reading's own (it adds a unit's half).
    private func interval(
        _ reading: NumeralReading, value writtenValue: Decimal, lowerValue: Decimal?, qualifier: Qualifier, scale: Decimal, scaleIsOne: Bool,
        unit: MeasureUnit?, leadingClosed: Bool, trailingClosed: Bool
    ) -> Interval? {
        if reading.isMasked, let mask = reading.masked {
            if mask.fullyMasked || mask.lower == nil || mask.upper == nil {
                return unit?.dimension == .percent && unit?.canonical == "%" ? Interval(lower: 0, upper: 100) : nil
            }
            return Interval(lower: mask.lower!.multiplied(by: scale), upper: mask.upper!.multiplied(by: scale))
        }
        let value = scaleIsOne ? writtenValue : writtenValue.multiplied(by: scale)
        // A whole number written to its last digit has no rounding to add: no Decimal arithmetic.
        let whole = reading.resolution.sameValue(as: 1)
        // Multiplying by 0.5 gives the same exact result as dividing by 2, several times faster.
        let half = whole ? 0 : reading.resolution.multiplied(by: scale).multiplied(by: Self.oneHalf)
        let rounded = whole ? Interval(lower: value, upper: value) : Interval(lower: value.subtracting(half), upper: value.adding(half))
        switch qualifier {
        case .exact:
            return rounded
        case .moreThan:
            var step = reading.approximationStep > 0 ? reading.approximationStep : lowestPlace(writtenValue)
            // A figure rounded to a half step ("6500余") is more than 6500 but short of 7000.
            if reading.style == .arabic, lastSignificantDigit(writtenValue, place: step) == 5, writtenValue > step * 10 { step *= 5 }
            return Interval(lower: value, upper: value.adding(step.multiplied(by: scale)), lowerClosed: false, upperClosed: false)
        case .atLeast:
            return Interval(lower: value - half, upper: nil, lowerClosed: leadingClosed && trailingClosed)
        case .atMost:
            // "不足0" allows nothing below 0 and so is read as 0 itself, never as the empty [0, 0).
            return Interval(lower: value >= 0 ? 0 : nil, upper: value + half,
                            upperClosed: (leadingClosed && trailingClosed) || (value >= 0 && value + half <= 0))
        case .about:
            let spread = max(abs(value).divided(byScale: 10), half)
            return Interval(lower: value - spread, upper: value + spread)
        case .nearly:
            return Interval(lower: value - max(abs(value).divided(byScale: 10), half), upper: value + half)
        case .range:
            guard let lowerValue else { return rounded }
            return Interval(lower: min(lowerValue * scale, value), upper: max(lowerValue * scale, value) + half)
        }
    }

    // MARK: - Labels, roles and cues

    /// The words before a figure in its clause: the subject it counts.
    private func labelText(_ range: Range<Int>) -> String {
        let bounds = labelBounds(range)
        return bounds.isEmpty ? "" : text.string(bounds)
    }

    /// Where `labelText(range)` lies: the last 24 scalars of `range` without punctuation and
    /// spaces at either end.
    private func labelBounds(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return range.upperBound..<range.upperBound }
        var start = max(range.lowerBound, range.upperBound - 24)
        var end = range.upperBound
        let trim: (Unicode.Scalar) -> Bool = { scalar in
            switch scalar {
            case ",", "，", "、", "：", ":", "“", "”", "\"", "(", ")", "（", "）", "《", "》", "；": true
            default: scalar.isSpace
            }
        }
        while start < end, trim(scalars[start]) { start += 1 }
        while end > start, trim(scalars[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The sections of plans: from the line of a plan word to the next top-level heading ("八、").
    /// Where sections of plans start: every plan word, and a heading word only on a heading line
    /// (at most 30 scalars, saying nothing of 完成).
    private func planStarts() -> [Int] {
        let headingWordsFrom = CueLexicon.planSectionWords.count
        var starts: [Int] = []
        for (start, word) in zip(planWords.starts, planWords.wordIndices) {
            if word >= headingWordsFrom {
                let line = text.lineRange(text.line(containing: start))
                guard line.count <= 30, !scalars[line].contains("完") else { continue }
            }
            starts.append(start)
        }
        return starts
    }

    static func planSections(_ text: SourceText, at starts: [Int]) -> [Range<Int>] {
        guard !starts.isEmpty else { return [] }
        var sections: [Range<Int>] = []
        for start in starts {
            if let last = sections.last, last.contains(start) { continue }
            let line = text.line(containing: start)
            var end = text.count
            var next = line + 1
            while next <= text.lineStarts.count {
                if FigureExtractor.isTopLevelHeading(text.lineRange(next), in: text.scalars) {
                    end = text.lineStarts[next - 1]
                    break
                }
                next += 1
            }
            sections.append(text.lineStarts[line - 1]..<end)
        }
        return sections
    }

    /// Whether the clause before a figure sets a base per which it counts: 每10万人, 每百户, 每千人.
    /// The base itself ("每10万人") and the figures it governs ("每10万人中拥有大学文化程度的8240人")
    /// are rates, not quantities to add or compare with counts.
    private func hasPerBase(in clause: Range<Int>) -> Bool {
        guard !perBaseMarks.isEmpty else { return false }
        var low = 0
        var high = perBaseMarks.count
        while low < high {
            let middle = (low + high) / 2
            if perBaseMarks[middle] < clause.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < perBaseMarks.count && perBaseMarks[low] < clause.upperBound
    }


    private func roles(
        unit: MeasureUnit?, label: String, prefix: Range<Int>, clause: Range<Int>, sentence: Range<Int>, overUnit: Bool
    ) -> EnumSet<Role> {
        var roles: EnumSet<Role> = []
        switch unit?.dimension {
        case .persons?, .households?, .count?, .events?: roles.insert(.count)
        case .money?, .area?, .length?, .mass?, .volume?, .energy?, .power?: roles.insert(.amount)
        case .percent?:
            roles.insert(CueLexicon.rateWords.contains { label.containsText($0) } ? .rate : .percentage)
        case .time?, nil: break
        }
        // "在岗职工平均人数3,420人" is a headcount averaged over the year: a count, not a rate per unit.
        // The label is read only when a per-unit word stands before the figure: most have none.
        if overUnit || (perUnitWords.lastOccurrence(in: prefix) != nil && !(roles.contains(.count) && FigureExtractor.namesAverageHeadcount(label)))
            || hasPerBase(in: clause) { roles.insert(.perUnit) }
        let targetAt = targetWords.lastOccurrence(in: sentence)
        let achievedAt = achievedWords.lastOccurrence(in: prefix)
        if let targetAt, targetAt > (achievedAt ?? -1) { roles.insert(.target) } else if achievedAt != nil { roles.insert(.achieved) }
        // Every figure of a section of plans is a target, whatever its own words say.
        if planSections.contains(where: { $0.contains(prefix.upperBound) }) {
            roles.remove(.achieved)
            roles.insert(.target)
        }
        return roles
    }

    private func cues(prefix: Range<Int>, clauses: [Range<Int>], clause: Range<Int>, start: Int) -> EnumSet<Cue> {
        var cues: EnumSet<Cue> = []
        let scalars = scalars
        relationCues.forEachLastOccurrence(in: prefix) { index, at in
            let (word, cue) = CueLexicon.relationCueScalars[index]
            if word.count == 1, word[0] == "共" || word[0] == "总" || word[0] == "總" {
                // Single characters count only as words of their own: not 公共, 共富, 总书记.
                let next = at + 1 < scalars.count ? scalars[at + 1] : "\n"
                let previous = at > 0 ? scalars[at - 1] : "\n"
                if ["公", "一", "总", "總"].contains(previous) || ["富", "享", "同", "产", "產", "性", "识", "赢", "建", "书", "書", "结", "結", "体", "體", "攻", "指", "编", "編", "之", "是", "部", "支", "队", "隊"].contains(next) { return }
            }
            cues.insert(cue)
        }
        // "其中," standing as a clause of its own governs the clause after it.
        if let position = clauses.firstIndex(of: clause), position > 0 {
            let label = labelBounds(clauses[position - 1])
            if label.count == 2, scalars[label.lowerBound] == "其", scalars[label.lowerBound + 1] == "中" { cues.insert(.partOf) }
            // "公司6842名员工中，硕士412人…": a clause naming a counted whole and ending in 中 (among)
            // governs the first figure of the clause after it, as 其中 does.
            if label.count >= 2, scalars[label.upperBound - 1] == "中", !CueLexicon.wordsEndingInZhong.contains(scalars[label.upperBound - 2]),
               // The last figure lies in that clause, so this is the first figure of its own.
               let previous = figures.last, previous.unit != nil, label.contains(previous.span.offset) {
                cues.insert(.partOf)
            }
        }
        return cues
    }

    private func nounAfter(_ position: Int) -> String {
        var end = position
        while end < scalars.count, end - position < 6, isCJK(scalars[end]) { end += 1 }
        return text.string(position..<end)
    }

    // MARK: - Compounds

    /// "1451户,5364人" and "248戶700人": adjacent figures of one subject in two units share a group.
    /// Groups adjacent figures of one sentence, from `start` on, that count one subject in two units.
    private mutating func groupCompounds(from start: Int) {
        guard figures.count - start > 1 else { return }
        // Fields are read in place: copying two whole figures per pair showed in profiles.
        for index in (start + 1)..<figures.count {
            guard let a = figures[index - 1].dimension, let b = figures[index].dimension, a != b,
                  a != .percent, b != .percent, a != .time, b != .time else { continue }
            let gap = figures[index - 1].span.end..<figures[index].span.offset
            // "1326户、1108人": 、 joins households and persons too, but not just any two measures of a list.
            let householdsAndPersons = (a == .households && b == .persons) || (a == .persons && b == .households)
            guard gap.count <= 2, gap.allSatisfy({ [",", "，", " ", "　"].contains(scalars[$0]) || (householdsAndPersons && scalars[$0] == "、") })
            else { continue }
            if let group = figures[index - 1].compoundGroup {
                figures[index].compoundGroup = group
            } else {
                figures[index - 1].compoundGroup = nextGroup
                figures[index].compoundGroup = nextGroup
                nextGroup += 1
            }
            if figures[index].label.isEmpty { figures[index].label = figures[index - 1].label }
        }
    }

    // MARK: - Small helpers

    /// Sorted ranges with overlapping ones joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Whether any of `ranges` (sorted by lower bound, not overlapping each other) overlaps `range`:
    /// a binary search, so long documents with many codes and quotes stay linear.
    static func anyOverlap(_ ranges: [Range<Int>], _ range: Range<Int>) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].lowerBound < range.upperBound
    }

    private func skipSpaces(from position: Int) -> Int {
        var position = position
        while position < scalars.count, scalars[position] == " " || scalars[position] == "　" || scalars[position] == "\u{A0}" {
            position += 1
        }
        return position
    }

    private func multiplierSuffix(_ reading: NumeralReading) -> String {
        guard let last = reading.range.last.map({ scalars[$0] }) else { return "" }
        switch last {
        case "万", "萬", "亿", "億", "千", "百": return String(last)
        default: return ""
        }
    }

    private func multiplier(_ reading: NumeralReading) -> Decimal {
        guard let last = reading.range.last.map({ scalars[$0] }) else { return 1 }
        switch last {
        case "万", "萬": return 10000
        case "亿", "億": return 100_000_000
        case "千": return 1000
        case "百": return 100
        default: return 1
        }
    }

    private func lowestPlace(_ value: Decimal) -> Decimal {
        guard value > 0, value.isWholeNumber else { return 1 }
        var place: Decimal = 1
        var rest = value
        while (rest / 10).isWholeNumber, rest / 10 > 0, (rest / 10) * 10 == rest {
            rest /= 10
            place *= 10
        }
        return place
    }

    private func lastSignificantDigit(_ value: Decimal, place: Decimal) -> Int? {
        guard place > 0 else { return nil }
        let digits = value / place
        guard digits.isWholeNumber else { return nil }
        let ten = (digits / 10)
        var floored = Decimal()
        var copy = ten
        NSDecimalRound(&floored, &copy, 0, .down)
        return NSDecimalNumber(decimal: digits - floored * 10).intValue
    }

    private func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}

extension FigureExtractor {
    /// Label ends that name a headcount averaged over a period, a count despite its 平均.
    static let averageHeadcountWords = ["平均人数", "平均人數"].map { Array($0.unicodeScalars) }

    /// Words that link a label to its number (为, 达), skipped at a label's end.
    private static func isLinkingWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "为", "為", "达", "達", "：", ":": true
        default: false
        }
    }

    /// Whether a label ends by naming a headcount averaged over a period (职工平均人数, 平均人数为).
    static func namesAverageHeadcount(_ label: String) -> Bool {
        var scalars = Array(label.unicodeScalars.suffix(5))
        if let last = scalars.last, isLinkingWord(last) { scalars.removeLast() }
        return averageHeadcountWords.contains { scalars.count >= $0.count && scalars.suffix($0.count).elementsEqual($0) }
    }

    /// Names of counts that give a bare number after them its unit (求診人次2,035,600), with the
    /// lexicon's unit for each.
    private static let unitNames: [(name: [Unicode.Scalar], unit: MeasureUnit)] = [
        ("人次", "人次"), ("人数", "人"), ("人數", "人"), ("户数", "户"), ("戶數", "戶"),
    ].compactMap { name, written in
        UnitLexicon.entry(named: written).map {
            (Array(name.unicodeScalars), MeasureUnit(written: $0.written, canonical: $0.canonical, scale: $0.scale, dimension: $0.dimension))
        }
    }

    /// The unit a count's name right before `start` gives a bare number, 为, 達 or a colon between
    /// them allowed; nil when none stands there.
    static func unitNamedBefore(_ start: Int, in scalars: [Unicode.Scalar]) -> MeasureUnit? {
        var end = start
        while end > 0, scalars[end - 1].isSpace { end -= 1 }
        if end > 0, isLinkingWord(scalars[end - 1]) { end -= 1 }
        guard end >= 2, scalars[end - 1] == "次" || scalars[end - 1] == "数" || scalars[end - 1] == "數" else { return nil }
        return unitNames.first { $0.name.elementsEqual(scalars[(end - 2)..<end]) }?.unit
    }

    /// Whether a line starts with a top-level heading number: 一、 to 十九、.
    public static func isTopLevelHeading(_ line: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        isHeading(line, in: scalars, numerals: "一二三四五六七八九十")
    }

    /// Whether a line opens with a numeral in financial form and 、 ("貳、火災搶救"): a heading
    /// above the 一、 ones, in documents that number their parts so (common in Taiwan).
    public static func isFinancialNumeralHeading(_ line: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        isHeading(line, in: scalars, numerals: "壹贰貳叁參肆伍陆陸柒捌玖拾")
    }

    private static func isHeading(_ line: Range<Int>, in scalars: [Unicode.Scalar], numerals digits: String) -> Bool {
        var position = line.lowerBound
        while position < line.upperBound, scalars[position].isSpace { position += 1 }
        let numerals = position
        while position < line.upperBound, digits.unicodeScalars.contains(scalars[position]) { position += 1 }
        return position > numerals && position - numerals <= 3 && position < line.upperBound && scalars[position] == "、"
    }
}

extension Decimal {
    /// Whether the value lies in `range`.
    fileprivate static func ~= (range: ClosedRange<Int>, value: Decimal) -> Bool {
        value >= Decimal(range.lowerBound) && value <= Decimal(range.upperBound)
    }
}

extension ClosedRange where Bound == Int {
    /// Whether `value` lies in the range.
    func contains(_ value: Decimal) -> Bool {
        value >= Decimal(lowerBound) && value <= Decimal(upperBound)
    }
}
