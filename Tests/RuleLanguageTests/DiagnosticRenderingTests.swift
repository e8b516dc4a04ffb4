import Testing
@testable import RuleLanguage

@Suite("Caret diagnostics and YAML positions")
struct DiagnosticRenderingTests {
    @Test(arguments: [
        ("poor_persons <= rural_population +", "poor_persons <= rural_population +\n" + String(repeating: " ", count: 34) + "^"),
        // CJK characters take two terminal columns, so the caret moves two per character.
        ("贫困户数 = 总户数", "贫困户数 = 总户数\n         ^"),
        ("a >= 0 and\n  b +", "  b +\n     ^"),
        ("\ta = b", "\ta = b\n\t  ^"),
        ("summ(x) > 0", "summ(x) > 0\n^"),
    ])
    func caretUnderTheColumn(source: String, rendered: String) throws {
        let error = try #require(syntaxError(source))
        #expect(error.caretDiagnostic(in: source) == rendered)
    }

    @Test func plainScalarOnOneLineAddsTheOffsetToTheMark() throws {
        // rule: poor_persons = rural_population   (the scalar starts at line 12, column 11)
        let scalar = "poor_persons = rural_population"
        let error = try #require(syntaxError(scalar))
        let position = error.position(inScalarAt: (line: 12, column: 11), scalarText: scalar, plain: true)
        #expect(position == (12, 24))
        let checked = error.position(inScalarAt: (12, 11), scalarText: scalar, plain: true, sourceLine: "    rule: " + scalar)
        #expect(checked == (12, 24))
    }

    /// The scalar starts at column 9 of `line` (its quote); `offset` is the '=' in the decoded text.
    @Test(arguments: [
        (#"  rule: "a = b""#, "a = b", 2, 12),
        (#"  rule: "\"户数\" = b""#, "\"户数\" = b", 5, 17),
        (#"  rule: 'it''s = b'"#, "it's = b", 5, 16),
        (#"  rule: "\u0061 = b""#, "a = b", 2, 17),
        (#"  rule: "\x61\t= b""#, "a\t= b", 2, 16),
    ])
    func quotedScalarsCountTheirEscapes(line: String, scalar: String, offset: Int, expectedColumn: Int) {
        let position = RuleSourceMap.position(ofOffset: offset, inScalarAt: (line: 2, column: 9), scalarText: scalar, plain: false, sourceLine: line)
        #expect(position == (2, expectedColumn))
    }

    @Test func quotedScalarWithoutItsLineAssumesNoEscapes() throws {
        let error = try #require(syntaxError("a = b"))
        #expect(error.position(inScalarAt: (3, 9), scalarText: "a = b", plain: false) == (3, 12))
    }

    @Test(arguments: [
        ("  rule: |", "a = b\n", false),
        ("  rule: >-", "a = b", false),
        ("  rule: a >= 0 and", "a >= 0 and b = 1", true),
        (#"  rule: "a >= 0 and"#, "a >= 0 and b = 1", false),
    ])
    func blockAndMultiLineScalarsGiveTheMark(line: String, scalar: String, plain: Bool) throws {
        let error = try #require(syntaxError(scalar))
        #expect(error.position(inScalarAt: (5, 9), scalarText: scalar, plain: plain, sourceLine: line) == (5, 9))
    }

    @Test func positionOfAnyOffset() {
        let position = RuleSourceMap.position(ofOffset: 3, inScalarAt: (1, 7), scalarText: "贫困户数 > 0", plain: true)
        #expect(position == (1, 10))
    }
}
