import Testing
import AuditCore

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3),
        ("tolerence", "tolerance", 1), ("标题", "标", 1), ("flaw", "lawn", 2),
    ])
    func levenshtein(a: String, b: String, distance: Int) {
        #expect(editDistance(a, b) == distance)
        #expect(editDistance(b, a) == distance)
    }

    @Test(arguments: [
        ("tolerence", ["tolerance", "title"], "tolerance"),
        ("zzz", ["id", "title", "max"], nil),
        ("titel", ["title", "tile"], "tile"),
        ("severty", ["severity", "id"], "severity"),
        ("ib", ["id"], "id"),
        ("min", ["id", "max"], nil),
    ] as [(String, [String], String?)])
    func suggestions(word: String, candidates: [String], expected: String?) {
        #expect(closestMatch(to: word, among: candidates) == expected)
    }
}
