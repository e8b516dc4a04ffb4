import Extraction
import Foundation
import PropertyBased
import Testing

/// How a generated integer is written in Chinese numerals.
struct ChineseNumeralStyle: Sendable, CustomStringConvertible {
    /// Financial characters (壹贰叁, 拾佰仟) instead of the ordinary ones.
    var financial = false
    /// Bits choosing, place by place, 两 instead of 二 where 两 can stand: before 千 and 百, and as a
    /// whole group before 万 and 亿. Ignored for financial numerals.
    var liangChoices = 0

    var description: String { financial ? "financial" : "ordinary, 两 choices \(String(liangChoices, radix: 2))" }
}

/// Writes integers as Chinese numerals the way reports do: 一千二百三十四万五千六百七十八,
/// 零 for skipped places (一亿零五百万, 一千零五), 十 rather than 一十 at the very start (十五万),
/// optionally 两 for 2 before 千/百/万/亿, or financial numerals (壹仟贰佰叁拾肆).
struct ChineseNumeralWriter {
    var style: ChineseNumeralStyle
    private var liangIndex = 0

    init(style: ChineseNumeralStyle) { self.style = style }

    private static let ordinaryDigits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let financialDigits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]

    /// `value` in Chinese numerals, with 负 before a negative value.
    mutating func write(_ value: Int) -> String {
        liangIndex = 0
        if value < 0 { return "负" + write(-value) }
        if value == 0 { return "零" }
        return number(value, leading: true)
    }

    /// A positive number below 10^16; `leading` when nothing is written before it.
    private mutating func number(_ value: Int, leading: Bool) -> String {
        for (unit, size) in [("亿", 100_000_000), ("万", 10_000)] where value >= size {
            let head = value / size
            let rest = value % size
            var text = head == 2 && useLiang() ? "两" : number(head, leading: leading)
            text += unit
            if rest > 0 {
                // A place skipped between the unit and the rest is read as 零.
                if rest < size / 10 { text += "零" }
                text += number(rest, leading: false)
            }
            return text
        }
        return group(value, leading: leading)
    }

    /// A number in 1...9999.
    private mutating func group(_ value: Int, leading: Bool) -> String {
        let digits = style.financial ? Self.financialDigits : Self.ordinaryDigits
        let units: [String] = style.financial ? ["仟", "佰", "拾", ""] : ["千", "百", "十", ""]
        if leading, !style.financial, (10...19).contains(value) {
            return "十" + (value > 10 ? String(digits[value - 10]) : "")
        }
        var text = ""
        var zeroPending = false
        for (index, divisor) in [1000, 100, 10, 1].enumerated() {
            let digit = value / divisor % 10
            if digit == 0 {
                if !text.isEmpty { zeroPending = true }
                continue
            }
            if zeroPending { text += "零" }
            zeroPending = false
            text += digit == 2 && index < 2 && useLiang() ? "两" : String(digits[digit])
            text += units[index]
        }
        return text
    }

    /// Whether the next place where 两 can stand takes it.
    private mutating func useLiang() -> Bool {
        guard !style.financial else { return false }
        defer { liangIndex += 1 }
        return style.liangChoices >> (liangIndex % 62) & 1 == 1
    }
}

@Suite("Chinese numerals read back to the integers they were written from")
struct ChineseNumeralTests {
    /// Integers in 0...10^12, half of them with most digits zero, so that 零 and empty groups come often.
    static let integers = zip(Gen.int(in: 0...1_000_000_000_000), Gen.int(in: 0...(1 << 13 - 1)), Gen.bool)
        .map { value, zeroMask, sparse -> Int in
            guard sparse else { return value }
            var digits = Array(String(value)).map { Int(String($0))! }
            for index in digits.indices where zeroMask >> index & 1 == 1 { digits[index] = 0 }
            return digits.reduce(0) { $0 * 10 + $1 }
        }

    static let styles = zip(Gen.bool(0.3), Gen.int(in: 0...Int.max))
        .map { financial, choices in ChineseNumeralStyle(financial: financial, liangChoices: choices) }

    @Test func writerFollowsTheUsualForms() {
        func written(_ value: Int, _ style: ChineseNumeralStyle = ChineseNumeralStyle()) -> String {
            var writer = ChineseNumeralWriter(style: style)
            return writer.write(value)
        }
        #expect(written(12_345_678) == "一千二百三十四万五千六百七十八")
        #expect(written(100_050_000) == "一亿零五万")
        #expect(written(105_000_000) == "一亿零五百万")
        #expect(written(1005) == "一千零五")
        #expect(written(150_000) == "十五万")
        #expect(written(1_000_000_000_000) == "一万亿")
        #expect(written(-110) == "负一百一十")
        #expect(written(2222, ChineseNumeralStyle(liangChoices: -1)) == "两千两百二十二")
        #expect(written(20_000, ChineseNumeralStyle(liangChoices: -1)) == "两万")
        #expect(written(1234, ChineseNumeralStyle(financial: true)) == "壹仟贰佰叁拾肆")
        #expect(written(15, ChineseNumeralStyle(financial: true)) == "壹拾伍")
    }

    @Test func everyIntegerUpToATrillionReadsBack() async {
        await propertyCheck(count: 400, input: Self.integers, Self.styles, Gen.bool(0.15)) { value, style, negative in
            Self.expectReadBack(negative && value != 0 ? -value : value, style)
        }
    }

    /// The ends of the range and of each group, where 零 and 十 are easiest to get wrong.
    @Test(arguments: [0, 1, 2, 10, 11, 20, 100, 101, 110, 1000, 1001, 1010, 10_000, 10_001, 10_010, 20_000,
                      100_000, 1_000_000, 10_000_000, 100_000_000, 100_000_001, 110_000_000, 1_000_000_000_000, -1, -10_000])
    func boundaryIntegersReadBack(value: Int) {
        for style in [ChineseNumeralStyle(), ChineseNumeralStyle(liangChoices: -1), ChineseNumeralStyle(financial: true)] {
            Self.expectReadBack(value, style)
        }
    }

    /// `signed` written in `style` must read back as one exact numeral spanning the whole text.
    static func expectReadBack(_ signed: Int, _ style: ChineseNumeralStyle) {
        var writer = ChineseNumeralWriter(style: style)
        let text = writer.write(signed)
        let scalars = Array(text.unicodeScalars)
        let readings = NumeralReader.scan(scalars, in: 0..<scalars.count)
        #expect(readings.count == 1, "\(text): \(readings.count) readings")
        guard let reading = readings.first else { return }
        #expect(reading.range == 0..<scalars.count, "\(text): read only \(reading.range)")
        #expect(reading.value == Decimal(signed), "\(text) read as \(reading.value)")
        #expect(reading.approximation == .none, "\(text) read as approximate")
        #expect(reading.style == (style.financial && signed != 0 ? .financial : .chinese), "\(text): style \(reading.style)")
    }
}
