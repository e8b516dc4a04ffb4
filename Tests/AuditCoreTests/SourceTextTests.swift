import AuditCore
import Testing

@Suite("SourceText positions")
struct SourceTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var offset: Int
        var line: Int
        var column: Int
        var testDescription: String { "\(text.debugDescription) @\(offset)" }
    }

    @Test("lines and columns count Unicode scalars across LF, CRLF and CR", arguments: [
        Case(text: "ab\ncd", offset: 3, line: 2, column: 1),
        Case(text: "ab\r\ncd", offset: 4, line: 2, column: 1),
        Case(text: "ab\rcd", offset: 3, line: 2, column: 1),
        Case(text: "全镇22**人", offset: 4, line: 1, column: 5),
        Case(text: "一\r\n\r\n二三", offset: 6, line: 3, column: 2),
        Case(text: "😀x", offset: 1, line: 1, column: 2),
    ])
    func positions(_ example: Case) {
        let text = SourceText(example.text)
        let span = text.span(example.offset..<(example.offset + 1))
        #expect(span.line == example.line)
        #expect(span.column == example.column)
        #expect(span.offset == example.offset)
    }

    @Test func lineTextExcludesTheBreak() {
        let text = SourceText("甲\r\n乙丙\r丁")
        #expect(text.lineText(1) == "甲")
        #expect(text.lineText(2) == "乙丙")
        #expect(text.lineText(3) == "丁")
    }

    @Test func excerptStopsAtSentenceEnds() {
        let text = SourceText("前一句。全镇有贫困户1451户,5364人。后一句")
        let span = text.span(10..<15)
        #expect(text.excerpt(around: span) == "全镇有贫困户1451户,5364人。")
    }

    @Test("string(range) spells every range of one- to four-byte scalars, clamped to the text")
    func stringCutsAnyRange() {
        let written = "a\u{7F}é\u{800}中\u{FFFF}😀\r\n1190户"
        let scalars = Array(written.unicodeScalars)
        let text = SourceText(written)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                let expected = String(String.UnicodeScalarView(scalars[lower..<upper]))
                #expect(text.string(lower..<upper) == expected)
            }
        }
        #expect(text.string(-3..<2) == "a\u{7F}")
        #expect(text.string(10..<99) == "190户")
    }
}
