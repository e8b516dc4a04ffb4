import Foundation

/// Words that contain numeral characters but are not numbers (`一切`, `四川`, `大陆`, `十分重要`).
///
/// ``NumeralReader/scan(_:in:)`` consults this table only where a numeral would start. A word
/// blocks a reading when the start position lies inside the word: when the word begins before the
/// start (`大陆` at `陆`), always; when it begins at the start (`十分`), only if the reading would
/// end within the word, so `十分之一` and `万分之三` still read as numbers.
enum NumeralLexicon {
    /// The blocked words, simplified and traditional. `word|xyz` means the word does not block
    /// when the next scalar is one of `xyz` (`十分钟` is ten minutes).
    static let blockedWords: [String] = [
        // 一
        "一切", "壹切", "一看", "一些", "一起", "一样", "一樣", "一直", "一定", "统一", "統一", "唯一",
        "一般", "一旦", "一致", "进一步", "進一步", "一边", "一邊", "一流", "一方面", "一半", "一同",
        "一再", "一向", "一律", "一贯", "一貫", "一味", "一体", "一體", "一带一路", "一帶一路", "一并",
        "一併", "一道", "之一", "逐一", "同一", "不一", "一会", "一會", "一下", "一番", "一时", "一時",
        "一系列", "一经", "一經", "一齐", "一齊", "一举", "一舉", "一如既往",
        // 二 两 三 四 五 七
        "二手", "二维", "二維", "两两", "兩兩", "两岸", "兩岸", "两会", "兩會", "三番五次", "四川", "四处",
        "四處", "四周", "五角大楼", "五角大樓", "五花八门", "五花八門", "五颜六色", "五顏六色",
        "七上八下", "乱七八糟", "亂七八糟",
        // 十 百 千 万
        "十分|钟鐘", "十足", "十之八九", "十一五", "十二五", "十三五", "十四五", "十五五", "百姓", "老百姓",
        "千方百计", "千方百計", "千万", "千萬", "万分", "萬分", "万一", "萬一", "万物", "萬物", "万众",
        "萬眾", "万象", "萬象", "万岁", "萬歲",
        // 零
        "零售", "零件", "零部件", "零星", "零散", "零钱", "零錢", "零食", "零工", "零碎", "零下",
        // financial digits used as ordinary words
        "陆地", "陸地", "大陆", "大陸", "登陆", "登陸", "着陆", "著陸", "海陆", "海陸", "内陆", "內陸",
        "陆续", "陸續", "陆军", "陸軍", "水陆", "水陸", "陆路", "陸路", "入伍", "退伍", "队伍", "隊伍",
        "伍仁", "落伍", "收拾", "拾取", "拾起", "拾到", "朝花夕拾", "拾金不昧", "拾遗", "拾遺", "拾荒",
        "拾掇", "放肆", "肆意", "肆无忌惮", "肆無忌憚", "肆虐", "大肆",
    ]

    /// A blocked word as scalar values, with the scalars that lift the block when they follow it.
    struct Word: Sendable {
        let scalars: [UInt32]
        let unlessFollowedBy: [UInt32]
    }

    /// A blocked word that contains a given numeral scalar at `offset`.
    struct Occurrence: Sendable {
        let word: Word
        let offset: Int
    }

    /// Blocked words indexed by a pair of adjacent scalars: a word that begins at the numeral by the
    /// numeral and the scalar after it, a word that begins earlier by the scalar before the numeral
    /// and the numeral. Two hash lookups then replace a walk over every word with that numeral.
    static let occurrences: [UInt64: [Occurrence]] = {
        var index: [UInt64: [Occurrence]] = [:]
        for entry in blockedWords {
            let parts = entry.split(separator: "|", omittingEmptySubsequences: false)
            let scalars = parts[0].unicodeScalars.map(\.value)
            let unless = parts.count > 1 ? parts[1].unicodeScalars.map(\.value) : []
            let word = Word(scalars: scalars, unlessFollowedBy: unless)
            for (offset, scalar) in scalars.enumerated() where isNumeralStart(scalar) {
                let key = offset == 0 ? pairKey(scalar, scalars[1]) : pairKey(scalars[offset - 1], scalar)
                index[key, default: []].append(Occurrence(word: word, offset: offset))
            }
        }
        return index
    }()

    @inline(__always) private static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 32 | UInt64(second)
    }

    /// Every numeral scalar that occurs in a blocked word, for marking the character table.
    static var numeralScalarsInBlockedWords: [UInt32] {
        blockedWords.flatMap { $0.unicodeScalars.map(\.value) }.filter(isNumeralStart)
    }

    // Decided without the character table, which is built from this list.
    private static func isNumeralStart(_ scalar: UInt32) -> Bool {
        let numerals = "零〇一弌壹二弍贰貳两兩倆俩三弎叁參叄四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億兆廿卅半"
        return numerals.unicodeScalars.contains { $0.value == scalar }
    }

    /// The block decision at `position`: nil when no word applies, otherwise the end of the word
    /// and whether the block holds only if the reading ends within the word. Words that begin
    /// before `earliestBegin` (the end of the previous reading) are ignored: a numeral already read
    /// breaks them (`10万一年` is not `万一`).
    static func block(
        at position: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, earliestBegin: Int
    ) -> (wordEnd: Int, onlyIfReadingEndsInside: Bool)? {
        let scalar = text[position].value
        let before = position > 0 ? text[position - 1].value : 0
        let after = position + 1 < text.count ? text[position + 1].value : 0
        let starting = occurrences[pairKey(scalar, after)]
        let inside = occurrences[pairKey(before, scalar)]
        if starting == nil, inside == nil { return nil }
        var result: (wordEnd: Int, onlyIfReadingEndsInside: Bool)?
        for candidate in (starting ?? []) + (inside ?? []) {
            let begin = position - candidate.offset
            let scalars = candidate.word.scalars
            guard begin >= max(0, earliestBegin), begin + scalars.count <= text.count else { continue }
            var matches = true
            for (k, value) in scalars.enumerated() where text[begin + k].value != value {
                matches = false
                break
            }
            guard matches else { continue }
            let end = begin + scalars.count
            if end < text.count, candidate.word.unlessFollowedBy.contains(text[end].value) { continue }
            let conditional = candidate.offset == 0
            if let current = result {
                // An unconditional block wins; among equals the longer word wins.
                if current.onlyIfReadingEndsInside && !conditional {
                    result = (end, false)
                } else if current.onlyIfReadingEndsInside == conditional, end > current.wordEnd {
                    result = (end, conditional)
                }
            } else {
                result = (end, conditional)
            }
        }
        return result
    }
}
