import Foundation

/// The role a scalar can play inside a numeral.
enum NumeralCharKind: UInt16 {
    case none = 0
    case arabicDigit      // 0-9 ０-９; value = digit
    case chineseDigit     // 零〇一…九, 两, financial 壹…玖; value = digit
    case smallUnit        // 十百千 拾佰仟; value = exponent 1...3
    case bigUnit          // 万萬 亿億 兆; value = exponent 4, 8, 12
    case tens             // 廿 卅; value = tens digit
    case half             // 半
    case point            // 点 點
    case approxMore       // 余 餘 多
    case approxFew        // 几 幾
    case fen              // 分
    case zhi              // 之
    case you              // 又
    case negWord          // 负 負
    case minus            // - － −
    case dot              // . ．
    case comma            // , ，
    case star             // * ＊
    case space            // U+0020 U+00A0 U+3000
    case ge               // 个 個
}

/// A 64K lookup table over the Basic Multilingual Plane: one load tells the scanner whether a
/// scalar can start a numeral, so ordinary prose costs a single table lookup per scalar.
///
/// Layout of an entry: bits 0-4 kind, bits 5-9 value, bit 10 financial, bit 11 liang (两-type 2),
/// bit 12 can start a numeral, bit 13 appears in a blocked word of ``NumeralLexicon``.
enum NumeralCharTable {
    static let kindMask: UInt16 = 0x1F
    static let financialBit: UInt16 = 1 << 10
    static let liangBit: UInt16 = 1 << 11
    static let startBit: UInt16 = 1 << 12
    static let lexiconBit: UInt16 = 1 << 13

    static let entries: [UInt16] = build()

    private static func build() -> [UInt16] {
        var table = [UInt16](repeating: 0, count: 0x10000)
        func set(_ chars: String, _ kind: NumeralCharKind, _ value: Int = 0,
                 financial: Bool = false, liang: Bool = false, start: Bool = false) {
            for scalar in chars.unicodeScalars {
                var entry = kind.rawValue | UInt16(value << 5)
                if financial { entry |= financialBit }
                if liang { entry |= liangBit }
                if start { entry |= startBit }
                table[Int(scalar.value)] = entry
            }
        }
        for digit in 0...9 {
            table[0x30 + digit] = NumeralCharKind.arabicDigit.rawValue | UInt16(digit << 5) | startBit
            table[0xFF10 + digit] = NumeralCharKind.arabicDigit.rawValue | UInt16(digit << 5) | startBit
        }
        set("零〇", .chineseDigit, 0, start: true)
        set("一弌", .chineseDigit, 1, start: true)
        set("壹", .chineseDigit, 1, financial: true, start: true)
        set("二弍", .chineseDigit, 2, start: true)
        set("贰貳", .chineseDigit, 2, financial: true, start: true)
        set("两兩倆俩", .chineseDigit, 2, liang: true, start: true)
        set("三弎", .chineseDigit, 3, start: true)
        set("叁參叄", .chineseDigit, 3, financial: true, start: true)
        set("四", .chineseDigit, 4, start: true)
        set("肆", .chineseDigit, 4, financial: true, start: true)
        set("五", .chineseDigit, 5, start: true)
        set("伍", .chineseDigit, 5, financial: true, start: true)
        set("六", .chineseDigit, 6, start: true)
        set("陆陸", .chineseDigit, 6, financial: true, start: true)
        set("七", .chineseDigit, 7, start: true)
        set("柒", .chineseDigit, 7, financial: true, start: true)
        set("八", .chineseDigit, 8, start: true)
        set("捌", .chineseDigit, 8, financial: true, start: true)
        set("九", .chineseDigit, 9, start: true)
        set("玖", .chineseDigit, 9, financial: true, start: true)
        set("十", .smallUnit, 1, start: true)
        set("拾", .smallUnit, 1, financial: true, start: true)
        set("百", .smallUnit, 2, start: true)
        set("佰", .smallUnit, 2, financial: true, start: true)
        set("千", .smallUnit, 3, start: true)
        set("仟", .smallUnit, 3, financial: true, start: true)
        set("万萬", .bigUnit, 4, start: true)
        set("亿億", .bigUnit, 8, start: true)
        set("兆", .bigUnit, 12, start: true)
        set("廿", .tens, 2, start: true)
        set("卅", .tens, 3, start: true)
        set("半", .half, start: true)
        set("点點", .point)
        set("余餘", .approxMore, 0)
        set("多", .approxMore, 1)
        set("几幾", .approxFew)
        set("分", .fen)
        set("之", .zhi)
        set("又", .you)
        set("负負", .negWord, start: true)
        set("-－−", .minus, start: true)
        set(".．", .dot, start: true)
        set(",，", .comma)
        set("*＊", .star, start: true)
        set("\u{20}\u{A0}\u{3000}", .space)
        set("个個", .ge)
        for scalar in NumeralLexicon.numeralScalarsInBlockedWords {
            let index = Int(scalar)
            if index < table.count, table[index] & startBit != 0 { table[index] |= lexiconBit }
        }
        return table
    }
}
