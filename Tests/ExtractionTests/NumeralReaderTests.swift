import Extraction
import Foundation
import Testing

/// An exact decimal from its literal text (a `Double` literal would not be exact).
private func exact(_ literal: String) -> Decimal {
    guard let value = Decimal(string: literal) else { fatalError("bad decimal literal \(literal)") }
    return value
}

private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

/// A text holding exactly one numeral and what it should read as.
struct NumeralExample: Sendable, CustomTestStringConvertible {
    let text: String
    let value: String
    let resolution: String
    /// The expected range; the whole text when nil.
    var range: Range<Int>?
    /// The approximation step; "0" for exact numerals.
    var step = "0"
    var percent: NumeralPercent?
    var style: NumeralStyle?

    var testDescription: String { text }

    static let all: [NumeralExample] = [
        // Arabic digits and multipliers
        .init(text: "8091.87万", value: "80918700", resolution: "100"),
        .init(text: "1.52万", value: "15200", resolution: "100"),
        .init(text: "1451", value: "1451", resolution: "1"),
        .init(text: "2.05亿", value: "205000000", resolution: "1000000"),
        .init(text: "0.5", value: "0.5", resolution: "0.1"),
        .init(text: "2000", value: "2000", resolution: "1"),
        .init(text: "4.800", value: "4.8", resolution: "0.001"),
        .init(text: "3万4千", value: "34000", resolution: "1000", style: .arabic),
        .init(text: "5万4千6百", value: "54600", resolution: "100"),
        .init(text: "3万4000", value: "34000", resolution: "1"),
        .init(text: "20万亿", value: "20000000000000", resolution: "1000000000000"),
        .init(text: "4.78万亿", value: "4780000000000", resolution: "10000000000"),
        .init(text: "1,100万", value: "11000000", resolution: "10000"),
        .init(text: "1,100.9亿", value: "110090000000", resolution: "10000000"),
        .init(text: "1，234", value: "1234", resolution: "1"),
        .init(text: "１２３．５", value: "123.5", resolution: "0.1", style: .arabic),
        .init(text: "２．２", value: "2.2", resolution: "0.1"),
        .init(text: "1000  万", value: "10000000", resolution: "10000"),
        .init(text: "负1.1", value: "-1.1", resolution: "0.1"),
        .init(text: "-10000", value: "-10000", resolution: "1"),
        .init(text: "－1２２", value: "-122", resolution: "1"),
        .init(text: "1千零20", value: "1020", resolution: "1", style: .mixed),
        // Chinese and financial numerals
        .init(text: "壹佰伍拾", value: "150", resolution: "10", style: .financial),
        .init(text: "肆佰陸拾", value: "460", resolution: "10", style: .financial),
        .init(text: "两千三百五", value: "2350", resolution: "10", style: .chinese),
        .init(text: "十万", value: "100000", resolution: "100000"),
        .init(text: "三千五", value: "3500", resolution: "100"),
        .init(text: "一万三", value: "13000", resolution: "1000"),
        .init(text: "千三", value: "1300", resolution: "100"),
        .init(text: "一千零五十", value: "1050", resolution: "10"),
        .init(text: "一百零一万一千", value: "1011000", resolution: "1000"),
        .init(text: "四万万", value: "400000000", resolution: "100000000"),
        .init(text: "一万五千亿", value: "1500000000000", resolution: "100000000000"),
        .init(text: "五兆六十二亿四万五千二", value: "5006200045200", resolution: "100"),
        .init(text: "半百", value: "50", resolution: "10"),
        .init(text: "廿三", value: "23", resolution: "1"),
        .init(text: "十五点七", value: "15.7", resolution: "0.1"),
        .init(text: "两千万点五五四四", value: "20000000.5544", resolution: "0.0001"),
        .init(text: "两千点零", value: "2000", resolution: "0.1"),
        .init(text: "負十", value: "-10", resolution: "10"),
        .init(text: "二〇二三", value: "2023", resolution: "1"),
        // Approximations: the step is the place of the lowest nonzero digit (余/多), ten times the place of 几
        .init(text: "十余万", value: "100000", resolution: "10000", step: "100000"),
        .init(text: "十 余 万", value: "100000", resolution: "10000", step: "100000"),
        .init(text: "两万余", value: "20000", resolution: "1000", step: "10000"),
        .init(text: "6500余", value: "6500", resolution: "10", step: "100"),
        .init(text: "800余", value: "800", resolution: "10", step: "100"),
        .init(text: "30余", value: "30", resolution: "1", step: "10"),
        .init(text: "100多", value: "100", resolution: "10", step: "100"),
        .init(text: "100 余万", value: "1000000", resolution: "100000", step: "1000000"),
        .init(text: "一千多万", value: "10000000", resolution: "1000000", step: "10000000"),
        .init(text: "二十几万", value: "200000", resolution: "10000", step: "100000"),
        .init(text: "一百零几万", value: "1000000", resolution: "10000", step: "100000"),
        .init(text: "十几", value: "10", resolution: "1", step: "10"),
        .init(text: "三十万多亿", value: "30000000000000", resolution: "1000000000000", step: "10000000000000"),
        // Percent forms
        .init(text: "百分之五十", value: "50", resolution: "10", percent: .percent),
        .init(text: "百分之2.2", value: "2.2", resolution: "0.1", percent: .percent, style: .arabic),
        .init(text: "百分之百", value: "100", resolution: "100", percent: .percent),
        .init(text: "百分之一 点五", value: "1.5", resolution: "0.1", percent: .percent),
        .init(text: "千分之五", value: "5", resolution: "1", percent: .perMille),
        .init(text: "万分之三", value: "3", resolution: "1", percent: .perTenThousand),
        .init(text: "3个百分点", value: "3", resolution: "1", percent: .percentagePoint),
        .init(text: "二十個百分點", value: "20", resolution: "10", percent: .percentagePoint),
        .init(text: "一百五十    个百分点", value: "150", resolution: "10", percent: .percentagePoint),
    ]
}

/// A masked numeral and the interval its placeholders allow.
struct NumeralMaskExample: Sendable, CustomTestStringConvertible {
    let text: String
    let value: String
    let lower: String?
    let upper: String?
    let fullyMasked: Bool
    let knownDigits: String
    let hiddenCount: Int
    let hiddenBeforeKnown: Bool

    var testDescription: String { text }

    static let all: [NumeralMaskExample] = [
        .init(text: "22**", value: "2200", lower: "2200", upper: "2299", fullyMasked: false,
              knownDigits: "22", hiddenCount: 2, hiddenBeforeKnown: false),
        .init(text: "22**万", value: "22000000", lower: "22000000", upper: "22990000", fullyMasked: false,
              knownDigits: "22", hiddenCount: 2, hiddenBeforeKnown: false),
        .init(text: "1＊＊5", value: "1005", lower: "1005", upper: "1995", fullyMasked: false,
              knownDigits: "15", hiddenCount: 2, hiddenBeforeKnown: false),
        .init(text: "12.**", value: "12", lower: "12", upper: "12.99", fullyMasked: false,
              knownDigits: "12", hiddenCount: 2, hiddenBeforeKnown: false),
        .init(text: "**12", value: "12", lower: nil, upper: nil, fullyMasked: false,
              knownDigits: "12", hiddenCount: 2, hiddenBeforeKnown: true),
        .init(text: "**0", value: "0", lower: nil, upper: nil, fullyMasked: false,
              knownDigits: "0", hiddenCount: 2, hiddenBeforeKnown: true),
        .init(text: "**", value: "0", lower: nil, upper: nil, fullyMasked: true,
              knownDigits: "", hiddenCount: 2, hiddenBeforeKnown: true),
        .init(text: "***万", value: "0", lower: nil, upper: nil, fullyMasked: true,
              knownDigits: "", hiddenCount: 3, hiddenBeforeKnown: true),
    ]
}

/// A fraction and its parts.
struct NumeralFractionExample: Sendable, CustomTestStringConvertible {
    let text: String
    let numerator: String
    let denominator: String
    let value: String

    var testDescription: String { text }

    static let all: [NumeralFractionExample] = [
        .init(text: "五分之一", numerator: "1", denominator: "5", value: "0.2"),
        .init(text: "三分之一", numerator: "1", denominator: "3", value: "0.333333333333333333333"),
        .init(text: "一千分之一", numerator: "1", denominator: "1000", value: "0.001"),
        .init(text: "一万分之三", numerator: "3", denominator: "10000", value: "0.0003"),
        .init(text: "一百分之二", numerator: "2", denominator: "100", value: "0.02"),
        .init(text: "１６分之5", numerator: "5", denominator: "16", value: "0.3125"),
        .init(text: "二分 之一", numerator: "1", denominator: "2", value: "0.5"),
        .init(text: "十分之一", numerator: "1", denominator: "10", value: "0.1"),
        .init(text: "百万分之五", numerator: "5", denominator: "1000000", value: "0.000005"),
        .init(text: "十一又十四分之一", numerator: "155", denominator: "14", value: "11.071428571428571428571"),
    ]
}

/// A text and every numeral `scan` should find in it, as (range, value).
struct NumeralScanExample: Sendable, CustomTestStringConvertible {
    let text: String
    let readings: [(Range<Int>, String)]

    var testDescription: String { text }

    static let all: [NumeralScanExample] = [
        .init(text: "1451户,5364人", readings: [(0..<4, "1451"), (6..<10, "5364")]),
        .init(text: "1,234户", readings: [(0..<5, "1234")]),
        .init(text: "2019-2020年", readings: [(0..<4, "2019"), (5..<9, "2020")]),
        .init(text: "袜子五双九点九", readings: [(2..<3, "5"), (4..<7, "9.9")]),
        .init(text: "二百五, 二百五", readings: [(0..<3, "250"), (5..<8, "250")]),
        .init(text: "九成的人", readings: [(0..<1, "9")]),
        .init(text: "增长25%", readings: [(2..<4, "25")]),
        .init(text: "12千米", readings: [(0..<2, "12")]),
        .init(text: "三的另一种写法是叁", readings: [(0..<1, "3"), (3..<4, "1"), (8..<9, "3")]),
        .init(text: "十分钟", readings: [(0..<1, "10")]),
        .init(text: "一百 二百", readings: [(0..<2, "100"), (3..<5, "200")]),
        .init(text: "**2022**年", readings: [(2..<6, "2022")]),
        .init(text: "完成2023.12.31前的3项", readings: [(14..<15, "3")]),
        .init(text: "二两", readings: [(0..<1, "2")]),
        .init(text: "两万两", readings: [(0..<2, "20000")]),
        .init(text: "三千两百两", readings: [(0..<4, "3200")]),
        .init(text: "投资10万一年回本", readings: [(2..<5, "100000"), (5..<6, "1")]),
    ]

    /// Texts in which `scan` must find nothing.
    static let none: [String] = [
        "一切", "四川", "万", "万万", "陆地", "大陆", "登陆", "两两", "入伍", "收拾", "拾取", "朝花夕拾", "放肆",
        "一些", "一起", "一样", "统一", "唯一", "进一步", "万分感谢", "千万不要", "老百姓", "千方百计", "三番五次",
        "十分重要", "一流", "五角大楼", "万物", "一方面", "零售额", "二三十个百分点", "百分之二三十", "三四万",
        "五百分之2.2", "***", "百分点", "负责",
    ]
}

@Suite struct NumeralReaderTests {
    @Test("reads one numeral exactly", arguments: NumeralExample.all)
    func readsOneNumeral(_ example: NumeralExample) throws {
        let text = scalars(example.text)
        let readings = NumeralReader.scan(text)
        #expect(readings.count == 1)
        let reading = try #require(readings.first)
        #expect(reading.range == (example.range ?? 0..<text.count))
        #expect(reading.value == exact(example.value))
        #expect(reading.resolution == exact(example.resolution))
        #expect(reading.approximationStep == exact(example.step))
        #expect(reading.approximation == (example.step == "0" ? .none : .moreThan))
        #expect(reading.percent == example.percent)
        #expect(!reading.isFraction)
        if let style = example.style { #expect(reading.style == style) }
        #expect(NumeralReader.read(text, at: 0) == reading)
    }

    @Test("reads placeholder digits as intervals", arguments: NumeralMaskExample.all)
    func readsMasks(_ example: NumeralMaskExample) throws {
        let text = scalars(example.text)
        let reading = try #require(NumeralReader.read(text, at: 0))
        #expect(reading.range == 0..<text.count)
        #expect(reading.value == exact(example.value))
        let mask = try #require(reading.masked)
        #expect(mask.lower == example.lower.map(exact))
        #expect(mask.upper == example.upper.map(exact))
        #expect(mask.fullyMasked == example.fullyMasked)
        #expect(mask.knownDigits == example.knownDigits)
        #expect(mask.hiddenCount == example.hiddenCount)
        #expect(mask.hiddenBeforeKnown == example.hiddenBeforeKnown)
    }

    @Test("a single star is a footnote, not a mask")
    func singleStar() throws {
        let reading = try #require(NumeralReader.read(scalars("22*"), at: 0))
        #expect(reading.range == 0..<2)
        #expect(reading.masked == nil)
    }

    @Test("reads fractions", arguments: NumeralFractionExample.all)
    func readsFractions(_ example: NumeralFractionExample) throws {
        let text = scalars(example.text)
        let reading = try #require(NumeralReader.read(text, at: 0))
        #expect(reading.range == 0..<text.count)
        #expect(reading.isFraction)
        #expect(reading.percent == nil)
        #expect(reading.numerator == exact(example.numerator))
        #expect(reading.denominator == exact(example.denominator))
        let difference = reading.value - exact(example.value)
        #expect(abs(NSDecimalNumber(decimal: difference).doubleValue) < 1e-14)
    }

    @Test("scans every numeral of a text", arguments: NumeralScanExample.all)
    func scansText(_ example: NumeralScanExample) {
        let readings = NumeralReader.scan(scalars(example.text))
        #expect(readings.map(\.range) == example.readings.map(\.0))
        #expect(readings.map(\.value) == example.readings.map { exact($0.1) })
    }

    @Test("finds no numeral in words that only look like numerals", arguments: NumeralScanExample.none)
    func findsNothing(_ text: String) {
        #expect(NumeralReader.scan(scalars(text)).isEmpty)
    }

    @Test("read ignores the word table that scan consults")
    func readIgnoresWords() throws {
        #expect(NumeralReader.read(scalars("一切"), at: 0)?.value == 1)
        #expect(NumeralReader.read(scalars("一切"), at: 1) == nil)
        #expect(NumeralReader.read(scalars("一"), at: 5) == nil)
    }

    @Test("scan stays inside its range and keeps document offsets")
    func scanRange() throws {
        let text = scalars("共1234户，其中5678人")
        let readings = NumeralReader.scan(text, in: 1..<4)
        #expect(readings.map(\.range) == [1..<4])
        #expect(readings.first?.value == 123)
        #expect(NumeralReader.scan(text, in: 6..<text.count).map(\.range) == [9..<13])
        #expect(NumeralReader.scan(text, in: 5..<5).isEmpty)
    }
}
