import AuditCore
import Testing

@Suite("String.containsText")
struct ContainsTextTests {
    @Test(arguments: [
        ("贫困发生率", "发生率", true), ("贫困发生率", "贫困", true), ("贫困发生率", "率", true),
        ("贫困发生率", "发生", true), ("贫困发生率", "生率x", false), ("率", "贫困发生率", false),
        ("", "", true), ("abc", "", true), ("", "a", false), ("其中:甲村", "其中：", false),
        ("其中：甲村", "其中：", true), ("aaab", "aab", true), ("😀中", "中", true), ("户数", "户数 ", false),
    ])
    func findsExactlyTheScalars(text: String, word: String, found: Bool) {
        #expect(text.containsText(word) == found)
        // The same answer as a plain search over scalars.
        let scalarSearch = word.isEmpty
            || Array(text.unicodeScalars).windows(word.unicodeScalars.count).contains { $0.elementsEqual(word.unicodeScalars) }
        #expect(text.containsText(word) == scalarSearch)
    }
}

private extension Array {
    /// Every run of `length` consecutive elements.
    func windows(_ length: Int) -> [ArraySlice<Element>] {
        guard length <= count else { return [] }
        return (0...(count - length)).map { self[$0..<($0 + length)] }
    }
}
