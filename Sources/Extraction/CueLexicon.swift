import AuditCore

/// The words around a number that say how it is qualified, what role it plays, and how it relates
/// to other figures. Simplified and traditional spellings are listed together.
public enum CueLexicon {
    /// Words right before a number that qualify it, longest first.
    static let leadingQualifiers: [(String, Qualifier, closed: Bool)] = [
        ("不少于", .atLeast, true), ("不少於", .atLeast, true), ("不低于", .atLeast, true), ("不低於", .atLeast, true),
        ("至少", .atLeast, true), ("超过", .atLeast, false), ("超過", .atLeast, false), ("多于", .atLeast, false),
        ("多於", .atLeast, false), ("逾", .atLeast, false),
        ("不超过", .atMost, true), ("不超過", .atMost, true), ("不高于", .atMost, true), ("不高於", .atMost, true),
        ("至多", .atMost, true), ("最多", .atMost, true), ("不足", .atMost, false), ("不到", .atMost, false),
        ("少于", .atMost, false), ("少於", .atMost, false), ("低于", .atMost, false), ("低於", .atMost, false),
        ("将近", .nearly, true), ("將近", .nearly, true), ("接近", .nearly, true), ("近", .nearly, true),
        ("大约", .about, true), ("大約", .about, true), ("约", .about, true), ("約", .about, true),
        ("大概", .about, true),
    ]

    /// Characters that make a word with a following 约 (签约, 节约, 合约, 预约, 履约, 违约), which is
    /// then no "about".
    static let wordsEndingInYue: Set<Unicode.Scalar> = [
        "签", "簽", "节", "節", "合", "契", "制", "预", "預", "履", "违", "違", "公", "条", "條", "特", "相", "邀",
        "赴", "失", "践", "踐", "守", "婚", "租", "盟", "要", "集", "简", "簡", "爽", "毁", "毀", "解",
    ]

    /// Characters that make a word with a following 中 (其中, 集中, 高中, 初中), which is then no
    /// "among".
    static let wordsEndingInZhong: Set<Unicode.Scalar> = [
        "其", "集", "高", "初", "心", "空", "居", "命", "打", "射", "看", "选", "選", "途", "期", "年", "月", "中",
    ]

    /// Words right after a figure that qualify it, longest first.
    static let trailingQualifiers: [(String, Qualifier, closed: Bool)] = [
        ("以上", .atLeast, true), ("以下", .atMost, true), ("以内", .atMost, true), ("以內", .atMost, true),
        ("左右", .about, true), ("上下", .about, true),
    ]

    /// Words before a figure, in its clause, that relate it to other figures.
    static let relationCues: [(String, Cue)] = [
        ("其中", .partOf),
        ("共计", .total), ("共計", .total), ("合计", .total), ("合計", .total), ("总计", .total), ("總計", .total),
        ("累计", .total), ("累計", .total), ("总共", .total), ("總共", .total), ("一共", .total), ("共", .total),
        ("全镇", .total), ("全鎮", .total), ("全县", .total), ("全縣", .total), ("全乡", .total), ("全鄉", .total),
        ("全市", .total), ("全村", .total), ("总", .total), ("總", .total),
        ("分别", .respectively), ("分別", .respectively),
        ("包括", .including),
        ("含", .contains),
        ("下限", .lowerBound),
        ("上限", .upperBound),
    ]

    /// Words before a figure that make it a target.
    static let targetWords = [
        "计划", "計劃", "力争", "力爭", "确保", "確保", "预计", "預計", "目标", "目標", "争取", "爭取", "拟", "擬",
        "预", "預", "力控",
    ]

    /// Words that open a section of plans ("七、存在问题和2024年工作打算", "我们将重点做好以下工作："):
    /// its figures, to the next top-level heading, are targets.
    static let planSectionWords = [
        "工作打算", "工作计划", "工作計劃", "工作思路", "工作安排", "下一步", "下步工作", "以下工作", "预期目标", "預期目標",
    ]
    /// Words that start a section of plans only in a heading ("六、2024年工作目标"): in a sentence
    /// they may close this year's results ("圆满完成全年工作目标").
    static let planHeadingWords = ["工作目标", "工作目標", "主要目标", "主要目標", "目标任务", "目標任務"]

    /// Words before a figure that make it an achievement.
    static let achievedWords = ["完成", "实现", "實現", "已", "累计", "累計", "达到", "達到", "建成"]

    /// Words right before a figure that make it a per-unit figure.
    static let perUnitWords = ["每户", "每戶", "每人", "每亩", "每畝", "每名", "每生", "生均", "每个", "每個", "每家", "每所", "每间", "每間", "每座", "每台", "每辆", "每輛", "每枚", "人均", "户均", "戶均", "亩均", "畝均", "平均", "亩产", "畝產", "单产", "單產"]

    /// Words in a figure's label that make a percentage a rate or share.
    static let rateWords = ["率", "比例", "比重", "占", "佔", "覆盖", "覆蓋"]

    /// `word` as scalars.
    @inline(__always)
    static func scalars(_ word: String) -> [Unicode.Scalar] { Array(word.unicodeScalars) }

    /// Word lists split into scalars once: they are searched at every figure.
    static let leadingQualifierScalars = leadingQualifiers.map { (scalars($0.0), $0.1, $0.closed) }
    static let trailingQualifierScalars = trailingQualifiers.map { (scalars($0.0), $0.1, $0.closed) }
    /// The scalars that end a leading qualifier, and those that start a trailing one: most figures
    /// have neither next to them, and the word lists need not be tried.
    static let leadingQualifierEnds = ScalarFilter(leadingQualifierScalars.compactMap(\.0.last))
    static let trailingQualifierStarts = ScalarFilter(trailingQualifierScalars.compactMap(\.0.first))
    static let relationCueScalars = relationCues.map { (word: scalars($0.0), cue: $0.1) }
    static let targetWordScalars = targetWords.map(scalars)
    static let achievedWordScalars = achievedWords.map(scalars)
    static let perUnitWordScalars = perUnitWords.map(scalars)
    /// Scalars that start a base after 每 (每10万人, 每百户, 每千人): digits and the numerals of powers of ten.
    static let perBaseStarts: Set<Unicode.Scalar> = Set("0123456789０１２３４５６７８９一十百千万萬".unicodeScalars)

    /// A list of words searched together: one backward pass over a range finds where each occurs last.
    struct WordSet {
        /// The words, as scalars.
        let words: [[Unicode.Scalar]]
        /// The indices of the words that start with one scalar, one list per distinct first scalar.
        let groups: [[Int]]
        /// For each scalar of the Basic Multilingual Plane, 1 + its group in `groups`, or 0 when no
        /// word starts with it: one byte load per scanned character, no hashing.
        let groupOfScalar: [UInt8]
        /// The groups of first scalars beyond the Basic Multilingual Plane (none in the lexicon today).
        let astralGroups: [Unicode.Scalar: Int]

        init(_ words: [[Unicode.Scalar]]) {
            self.words = words
            var groups: [[Int]] = []
            var slots: [Unicode.Scalar: Int] = [:]
            for (index, word) in words.enumerated() {
                if let slot = slots[word[0]] {
                    groups[slot].append(index)
                } else {
                    slots[word[0]] = groups.count
                    groups.append([index])
                }
            }
            precondition(groups.count < 255, "a word set has at most 254 distinct first scalars")
            var table = [UInt8](repeating: 0, count: 0x10000)
            var astral: [Unicode.Scalar: Int] = [:]
            for (scalar, slot) in slots {
                if scalar.value < 0x10000 { table[Int(scalar.value)] = UInt8(slot + 1) } else { astral[scalar] = slot }
            }
            self.groups = groups
            self.groupOfScalar = table
            self.astralGroups = astral
        }

        /// Every occurrence of the set's words in `scalars`, found in one pass.
        func occurrences(in scalars: [Unicode.Scalar]) -> Occurrences {
            var starts: [Int] = []
            var wordIndices: [Int] = []
            groupOfScalar.withUnsafeBufferPointer { table in
                for position in scalars.indices {
                    let value = scalars[position].value
                    let slot: Int
                    if value < 0x10000 {
                        slot = Int(table[Int(value)]) - 1
                    } else {
                        slot = astralGroups[scalars[position]] ?? -1
                    }
                    guard slot >= 0 else { continue }
                    for index in groups[slot] where UnitLexicon.matches(words[index], scalars, at: position) {
                        starts.append(position)
                        wordIndices.append(index)
                    }
                }
            }
            return Occurrences(lengths: words.map(\.count), starts: starts, wordIndices: wordIndices)
        }
    }

    /// Where a word set's words occur in one text, in text order. Figures ask for the last cue
    /// word before them in a window of up to 160 characters; windows of neighbouring figures
    /// overlap, so one scan of the text and a binary search per question replace a scan per figure.
    struct Occurrences {
        /// The length of each word of the set.
        let lengths: [Int]
        /// Start of each occurrence, ascending.
        let starts: [Int]
        /// Which word each occurrence is.
        let wordIndices: [Int]

        /// The index of the first occurrence starting at or after `bound`.
        private func firstIndex(atOrAfter bound: Int) -> Int {
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] < bound { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// Calls `body(word, start)` for the last occurrence within `range` of each word, latest
        /// first (no array per call: it runs for every figure), for sets of at most 64 words.
        func forEachLastOccurrence(in range: Range<Int>, _ body: (_ word: Int, _ start: Int) -> Void) {
            precondition(lengths.count <= 64, "forEachLastOccurrence keeps its words in a 64-bit set")
            var seen: UInt64 = 0
            var index = firstIndex(atOrAfter: range.upperBound) - 1
            while index >= 0, starts[index] >= range.lowerBound {
                let word = wordIndices[index]
                let bit: UInt64 = 1 << UInt64(word)
                if seen & bit == 0, starts[index] + lengths[word] <= range.upperBound {
                    seen |= bit
                    body(word, starts[index])
                }
                index -= 1
            }
        }

        /// The occurrences of the words `words` (indices into the set), numbered from the first of them.
        func subset(_ words: Range<Int>) -> Occurrences {
            var starts: [Int] = []
            var wordIndices: [Int] = []
            for (start, word) in zip(self.starts, self.wordIndices) where words.contains(word) {
                starts.append(start)
                wordIndices.append(word - words.lowerBound)
            }
            return Occurrences(lengths: Array(lengths[words]), starts: starts, wordIndices: wordIndices)
        }

        /// The start of the last occurrence of any word within `range`.
        func lastOccurrence(in range: Range<Int>) -> Int? {
            var index = firstIndex(atOrAfter: range.upperBound) - 1
            while index >= 0, starts[index] >= range.lowerBound {
                if starts[index] + lengths[wordIndices[index]] <= range.upperBound { return starts[index] }
                index -= 1
            }
            return nil
        }
    }

    /// Target words, then plan-section words: one scan of the text finds both.
    static let targetAndPlanWordSet = WordSet(targetWordScalars + planSectionWords.map(scalars) + planHeadingWords.map(scalars))
    static let achievedWordSet = WordSet(achievedWordScalars)
    static let perUnitWordSet = WordSet(perUnitWordScalars)
    static let relationCueSet = WordSet(relationCueScalars.map(\.word))

    /// Whether `word` is written in `scalars` ending exactly at `end`.
    static func endsWith(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at end: Int, from start: Int) -> Bool {
        guard end - word.count >= start else { return false }
        return UnitLexicon.matches(word, scalars, at: end - word.count)
    }

    /// Whether `word` occurs in `scalars[range]`.
    static func occurs(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard range.count >= word.count else { return false }
        for start in range.lowerBound...(range.upperBound - word.count) where UnitLexicon.matches(word, scalars, at: start) {
            return true
        }
        return false
    }
}
