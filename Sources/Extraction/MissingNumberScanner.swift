import AuditCore

/// Finds units that stand with no number in front of them: "投资万元", "贫困发生率在%以内",
/// "建档立卡户人,". Only units that cannot be an ordinary word are considered, so 人 and 户
/// alone (贫困人口, 农户) never count.
enum MissingNumberScanner {
    /// Units that always need a number; a template that lost its number leaves them bare.
    static let bareUnits: [(String, MeasureDimension, String)] = [
        ("万元", .money, "元"), ("萬元", .money, "元"), ("亿元", .money, "元"), ("億元", .money, "元"),
        ("%", .percent, "%"), ("％", .percent, "%"), ("‰", .percent, "%"),
        ("万亩", .area, "亩"), ("萬畝", .area, "亩"), ("平方公里", .area, "平方米"), ("千瓦时", .energy, "千瓦时"),
        // Other currencies in ten-thousands and hundred-millions (獲政府資助萬港元).
        ("万港元", .money, "港元"), ("萬港元", .money, "港元"), ("亿港元", .money, "港元"), ("億港元", .money, "港元"),
        ("万澳门元", .money, "澳门元"), ("萬澳門元", .money, "澳门元"), ("亿澳门元", .money, "澳门元"), ("億澳門元", .money, "澳门元"),
        ("万美元", .money, "美元"), ("萬美元", .money, "美元"), ("亿美元", .money, "美元"), ("億美元", .money, "美元"),
    ]

    /// The bare units as scalars, indexed by their first scalar: the scan tries them at every position.
    static let bareUnitIndex: [Unicode.Scalar: [(word: [Unicode.Scalar], text: String, dimension: MeasureDimension, canonical: String)]] = {
        var index: [Unicode.Scalar: [(word: [Unicode.Scalar], text: String, dimension: MeasureDimension, canonical: String)]] = [:]
        for (text, dimension, canonical) in bareUnits {
            let word = Array(text.unicodeScalars)
            index[word[0], default: []].append((word, text, dimension, canonical))
        }
        return index
    }()

    /// The first scalars of the bare units and of 户人, tested at every position without hashing.
    static let firsts = ScalarFilter(Array(bareUnitIndex.keys) + ["户", "戶"])

    /// Characters before a bare unit that make it a header or a per-unit phrase, not a lost number.
    static let allowedBefore: Set<Unicode.Scalar> = [
        "每", "位", "按", "以", "（", "(", "：", ":", "/", "万", "亿", "千", "百", "十",
        // Vague amounts: 数万元, 几万元, 上万元, 近亿元, 逾亿元, 超万元.
        "数", "數", "几", "幾", "上", "近", "逾", "过", "過", "超", "成",
    ]

    /// Figures with `missingNumber` set for every bare unit outside existing figures.
    static func scan(_ text: SourceText, figures: [Figure]) -> [Figure] {
        let scalars = text.scalars
        let covered = figures.map(\.span.range)
        var found: [Figure] = []
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard firsts.contains(scalars[index]) else { continue }
            if let pair = householdPersonPair(scalars, at: index) {
                found.append(pair(text))
                continue
            }
            guard let candidates = bareUnitIndex[scalars[index]], index > 0, isCJK(scalars[index - 1]),
                  !allowedBefore.contains(scalars[index - 1]) else { continue }
            for (scalarsOfWord, word, dimension, canonical) in candidates where UnitLexicon.matches(scalarsOfWord, scalars, at: index) {
                let range = index..<(index + scalarsOfWord.count)
                guard !covered.contains(where: { $0.overlaps(range) }) else { break }
                // 万元户 ("a household worth ten thousand yuan") is a word.
                if range.upperBound < scalars.count, scalars[range.upperBound] == "户" { break }
                // "亿元以上项目", "万元以下的", "亿元级": one 亿元 as a threshold, not a lost number.
                if dimension != .percent, isThreshold(scalars, after: range.upperBound) { break }
                found.append(figure(text, range, word: word, dimension: dimension, canonical: canonical))
                index = range.upperBound - 1
                break
            }
        }
        return found
    }

    /// "建档立卡户人," at a clause end: both units of a compound figure with both numbers lost.
    private static func householdPersonPair(_ scalars: [Unicode.Scalar], at index: Int) -> ((SourceText) -> Figure)? {
        guard scalars[index] == "户" || scalars[index] == "戶", index > 0, index + 2 <= scalars.count,
              scalars[index + 1] == "人", isCJK(scalars[index - 1]) else { return nil }
        let following = index + 2 < scalars.count ? scalars[index + 2] : "。"
        guard [",", "，", "。", "；", ";", "\n", "、"].contains(following) else { return nil }
        return { text in figure(text, index..<(index + 2), word: "户人", dimension: .households, canonical: "户") }
    }

    private static func figure(_ text: SourceText, _ range: Range<Int>, word: String, dimension: MeasureDimension, canonical: String) -> Figure {
        let lineStart = text.lineRange(text.line(containing: range.lowerBound)).lowerBound
        let labelStart = max(lineStart, range.lowerBound - 12)
        return Figure(
            text: word, span: text.span(range), value: nil, interval: nil,
            unit: MeasureUnit(written: word, canonical: canonical, dimension: dimension),
            missingNumber: true, label: text.string(labelStart..<range.lowerBound)
        )
    }

    /// Whether the words at `position` make the unit before them a threshold: 级, or 以上, 以下
    /// or 以内 followed by what they qualify ("亿元以上项目"). After 以上 a sentence may also end
    /// ("投资万元以上。"), which is a template's lost number and stays a finding.
    static func isThreshold(_ scalars: [Unicode.Scalar], after position: Int) -> Bool {
        guard position < scalars.count else { return false }
        if scalars[position] == "级" || scalars[position] == "級" { return true }
        guard position + 2 < scalars.count, scalars[position] == "以",
              ["上", "下", "内", "內"].contains(scalars[position + 1]) else { return false }
        return isCJK(scalars[position + 2])
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
