import Foundation

/// Reads numerals in Chinese text exactly: Arabic digits (half- and full-width, separators,
/// decimals, multipliers such as `1.52万`), Chinese and financial numerals (`两千三百五`, `壹佰伍拾`,
/// `十五点七`, `五兆…`), negatives (`负1.1`), fractions (`五分之一`), percent forms (`百分之五十`,
/// `千分之五`, `3个百分点`), approximations (`十余万`, `6500余`, `二十几万`) and masked digits (`22**`).
///
/// The percent sign (`25%`) and `成` belong to the unit layer: the reader returns the numeral before them.
public enum NumeralReader {
    /// Reads the longest numeral starting exactly at `start`, or nil.
    ///
    /// Unlike ``scan(_:in:)`` this does not consult the table of words that only look like numerals,
    /// so `read` at the `一` of `一切` gives 1.
    public static func read(_ scalars: [Unicode.Scalar], at start: Int) -> NumeralReading? {
        guard start >= 0, start < scalars.count else { return nil }
        return scalars.withUnsafeBufferPointer { buffer in
            NumeralCharTable.entries.withUnsafeBufferPointer { table in
                let engine = NumeralEngine(text: NumeralText(scalars: buffer, table: table, limit: buffer.count))
                if case .reading(let reading) = engine.read(at: start) { return reading }
                return nil
            }
        }
    }

    /// Finds every numeral in `scalars[range]`, left to right, non-overlapping, skipping words whose
    /// numeral characters are not numbers (`一切`, `四川`, `大陆`, `十分重要`) and approximate ranges
    /// (`二三十`, `三四万`), which have no single value.
    public static func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [NumeralReading] {
        let lower = max(0, range.lowerBound)
        let upper = min(scalars.count, range.upperBound)
        guard lower < upper else { return [] }
        return scalars.withUnsafeBufferPointer { buffer in
            NumeralCharTable.entries.withUnsafeBufferPointer { table in
                let engine = NumeralEngine(text: NumeralText(scalars: buffer, table: table, limit: upper))
                var readings: [NumeralReading] = []
                var lastEnd = 0
                var i = lower
                while i < upper {
                    let value = buffer[i].value
                    // Prose: one comparison and one table load per scalar.
                    if value >= 0x10000 { i += 1; continue }
                    let entry = table[Int(value)]
                    if entry & NumeralCharTable.startBit == 0 { i += 1; continue }
                    var wordEnd: Int?
                    if entry & NumeralCharTable.lexiconBit != 0,
                       let block = NumeralLexicon.block(at: i, in: buffer, earliestBegin: lastEnd) {
                        if !block.onlyIfReadingEndsInside {
                            i = max(i + 1, block.wordEnd)
                            continue
                        }
                        wordEnd = block.wordEnd
                    }
                    switch engine.read(at: i) {
                    case .reading(let reading):
                        if let wordEnd, reading.range.upperBound <= wordEnd {
                            i = wordEnd
                        } else {
                            readings.append(reading)
                            i = reading.range.upperBound
                            lastEnd = i
                        }
                    case .skip(let end):
                        i = max(end, i + 1)
                    case .none:
                        i = max(wordEnd ?? 0, i + 1)
                    }
                }
                return readings
            }
        }
    }

    /// Finds every numeral in `scalars`.
    public static func scan(_ scalars: [Unicode.Scalar]) -> [NumeralReading] {
        scan(scalars, in: 0..<scalars.count)
    }
}

/// What ``NumeralEngine`` found at a position.
enum NumeralOutcome {
    case reading(NumeralReading)
    case skip(to: Int)
    case none
}

/// Wraps the core grammar with signs, percent prefixes, fractions, mixed numbers and the
/// `个百分点` suffix.
struct NumeralEngine {
    let text: NumeralText

    func read(at start: Int) -> NumeralOutcome {
        let t = text
        var p = start
        var negative = false
        switch t.kind(start) {
        case .negWord:
            switch t.kind(start + 1) {
            case .arabicDigit, .chineseDigit, .smallUnit, .bigUnit, .tens, .half, .dot: break
            default: return .none
            }
            negative = true
            p += 1
        case .minus:
            guard !t.isAlphanumeric(t.context(start - 1)) else { return .none }
            guard t.kind(start + 1) == .arabicDigit || (t.kind(start + 1) == .dot && t.kind(start + 2) == .arabicDigit)
            else { return .none }
            negative = true
            p += 1
        case .dot:
            guard !t.isAlphanumeric(t.context(start - 1)) else { return .none }
        default:
            break
        }
        if let prefix = percentPrefix(at: p) {
            return readPercent(start: start, negative: negative, exponent: prefix.exponent, after: prefix.after)
        }
        var parser = NumeralCoreParser(text: t)
        let core: NumeralCore
        switch parser.parse(at: p) {
        case .none: return .none
        case .skip(let end): return .skip(to: end)
        case .core(let found): core = found
        }

        if core.isPlainInteger, core.value != 0, let afterZhi = fenZhi(after: core.end) {
            let (outcome, numeratorNegative) = signedCore(at: afterZhi)
            switch outcome {
            case .skip(let end):
                return .skip(to: end)
            case .core(let numerator) where numerator.hasDecimal:
                // N分之2.2 is no usual way of writing a ratio; read nothing rather than guess.
                return .skip(to: numerator.end)
            case .core(let numerator) where numerator.mask == nil:
                return .reading(fraction(start: start, whole: nil, denominator: core, denominatorNegative: negative,
                                         numerator: numerator, numeratorNegative: numeratorNegative))
            default:
                break
            }
        }

        if core.isPlainInteger, t.scalar(core.end) == 0x53C8 /* 又 */,
           let mixed = mixedNumber(start: start, whole: core, negative: negative) {
            return .reading(mixed)
        }

        var end = core.end
        var percent: NumeralPercent?
        if let suffixEnd = percentagePointSuffix(after: core.end) {
            end = suffixEnd
            percent = .percentagePoint
        }
        return .reading(NumeralReading(
            range: start..<end, value: negative ? -core.value : core.value, resolution: core.resolution,
            approximation: core.approximate ? .moreThan : .none, approximationStep: core.approximationStep,
            percent: percent, style: core.style, masked: core.mask))
    }

    // MARK: Pieces

    /// A run of 百/千/万/亿 without digits followed by 分之: 百分之, 千分之, 万分之, 百万分之…
    private func percentPrefix(at p: Int) -> (exponent: Int, after: Int)? {
        let t = text
        var j = p
        var exponent = 0
        while j - p < 3 {
            let kind = t.kind(j)
            guard (kind == .smallUnit && t.value(j) >= 2) || kind == .bigUnit else { break }
            exponent += t.value(j)
            j += 1
        }
        guard j > p, t.kind(j) == .fen else { return nil }
        let zhi = t.skipSpaces(j + 1)
        guard t.kind(zhi) == .zhi else { return nil }
        return (exponent, zhi + 1)
    }

    private func readPercent(start: Int, negative: Bool, exponent: Int, after: Int) -> NumeralOutcome {
        let t = text
        let (outcome, numeratorNegative) = signedCore(at: after)
        var numerator: NumeralCore
        switch outcome {
        case .skip(let end):
            return .skip(to: end)
        case .core(let found):
            numerator = found
        case .none:
            // 百分之百
            let q = t.skipSpaces(after)
            let hundred = t.scalar(q)
            guard exponent == 2, !numeratorNegative, hundred == 0x767E || hundred == 0x4F70 else { return .none }
            numerator = NumeralCore(end: q + 1, value: 100, lastExponent: 2)
            numerator.hasChinese = true
            numerator.hasFinancial = hundred == 0x4F70
        }
        let signed = negative != numeratorNegative ? -numerator.value : numerator.value
        let kind: NumeralPercent? = switch exponent {
        case 2: .percent
        case 3: .perMille
        case 4: .perTenThousand
        default: nil
        }
        let approximation: NumeralApproximation = numerator.approximate ? .moreThan : .none
        if let kind {
            return .reading(NumeralReading(
                range: start..<numerator.end, value: signed, resolution: numerator.resolution,
                approximation: approximation, approximationStep: numerator.approximationStep,
                percent: kind, style: numerator.style, masked: numerator.mask))
        }
        let denominator = NumeralMath.pow10(exponent)
        return .reading(NumeralReading(
            range: start..<numerator.end, value: signed / denominator, resolution: numerator.resolution / denominator,
            approximation: approximation, approximationStep: numerator.approximationStep / denominator,
            isFraction: true, numerator: signed, denominator: denominator,
            style: numerator.style, masked: numerator.mask))
    }

    /// The index after `分之` (spaces allowed around 分) following `i`, or nil.
    private func fenZhi(after i: Int) -> Int? {
        let t = text
        let fen = t.skipSpaces(i)
        guard t.kind(fen) == .fen else { return nil }
        let zhi = t.skipSpaces(fen + 1)
        guard t.kind(zhi) == .zhi else { return nil }
        return zhi + 1
    }

    /// A core numeral after optional spaces and an optional sign, as in a fraction's numerator.
    private func signedCore(at i: Int) -> (NumeralCoreOutcome, negative: Bool) {
        let t = text
        var q = t.skipSpaces(i)
        var negative = false
        if t.kind(q) == .negWord || (t.kind(q) == .minus && t.kind(q + 1) == .arabicDigit) {
            negative = true
            q += 1
        }
        var parser = NumeralCoreParser(text: t)
        return (parser.parse(at: q), negative)
    }

    private func fraction(
        start: Int, whole: NumeralCore?, denominator: NumeralCore, denominatorNegative: Bool,
        numerator: NumeralCore, numeratorNegative: Bool
    ) -> NumeralReading {
        let wholeValue = whole?.value ?? 0
        let top = wholeValue * denominator.value + numerator.value
        let negative = denominatorNegative != numeratorNegative
        let quotient = top / denominator.value
        var combined = NumeralCore(end: 0, value: 0, lastExponent: 0)
        for part in [whole, denominator, numerator].compactMap({ $0 }) {
            combined.hasArabic = combined.hasArabic || part.hasArabic
            combined.hasChinese = combined.hasChinese || part.hasChinese
            combined.hasFinancial = combined.hasFinancial || part.hasFinancial
        }
        let style = combined.style
        return NumeralReading(
            range: start..<numerator.end, value: negative ? -quotient : quotient,
            resolution: numerator.resolution / denominator.value,
            approximation: numerator.approximate ? .moreThan : .none,
            approximationStep: numerator.approximationStep / denominator.value,
            isFraction: true, numerator: numeratorNegative ? -top : top,
            denominator: denominatorNegative ? -denominator.value : denominator.value, style: style)
    }

    /// `十一又十四分之一`: a whole number, 又, and a fraction.
    private func mixedNumber(start: Int, whole: NumeralCore, negative: Bool) -> NumeralReading? {
        var parser = NumeralCoreParser(text: text)
        guard case .core(let denominator) = parser.parse(at: whole.end + 1), denominator.isPlainInteger,
              denominator.value != 0, let afterZhi = fenZhi(after: denominator.end) else { return nil }
        var numeratorParser = NumeralCoreParser(text: text)
        guard case .core(let numerator) = numeratorParser.parse(at: text.skipSpaces(afterZhi)),
              numerator.isPlainInteger else { return nil }
        return fraction(start: start, whole: whole, denominator: denominator, denominatorNegative: false,
                        numerator: numerator, numeratorNegative: negative)
    }

    /// The end of `个百分点` / `個百分點` / `百分点` after `i` (spaces allowed before), or nil.
    private func percentagePointSuffix(after i: Int) -> Int? {
        let t = text
        var j = t.skipSpaces(i)
        if t.kind(j) == .ge { j += 1 }
        let hundred = t.scalar(j)
        guard hundred == 0x767E || hundred == 0x4F70, t.kind(j + 1) == .fen else { return nil }
        let point = t.scalar(j + 2)
        guard point == 0x70B9 || point == 0x9EDE else { return nil }
        return j + 3
    }
}
