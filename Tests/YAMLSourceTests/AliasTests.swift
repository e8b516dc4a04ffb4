import Testing
@testable import YAMLSource

@Suite struct AliasTests {
    static let billionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

        """

    @Test func refusesBillionLaughsAtTheAliasThatCrossesTheLimit() {
        // 5 keys and levels a...e make 74_737 nodes; f's key and sequence make 74_739; its first *e would add 66_430.
        #expect(parseFailure(Self.billionLaughs, path: "checks/lol.yaml") == """
            checks/lol.yaml:6:8: error: aliases expand to more than 100000 nodes; refusing to expand (is this a "billion laughs" document?)
            """)
    }

    @Test func theNodeLimitIsAParameter() {
        // 7 nodes before the alias, which adds 4.
        #expect(parseFailure("a: &a [1, 2, 3]\nb: *a\n", maxNodes: 10) == """
            checks/test.yaml:2:4: error: aliases expand to more than 10 nodes; refusing to expand (is this a "billion laughs" document?)
            """)
        #expect(parseFailure("a: &a [1, 2, 3]\nb: *a\n", maxNodes: 11) == nil)
    }

    @Test func expandsAFewAliasesToCopiesOfTheAnchoredNodes() throws {
        let root = try document("""
            defaults: &defaults {severity: warning, tolerance: 0.01}
            first: *defaults
            units: &units [mm, cm]
            both: [*units, *units, &one 1, *one]

            """)
        let defaults = try #require(root["defaults"])
        #expect(root["first"] == defaults)
        #expect(root["first"]?["tolerance"]?.scalar == "0.01")
        let both = try #require(root["both"]?.items)
        #expect(both.count == 4)
        #expect(both[0] == root["units"] && both[1] == root["units"])
        #expect(both[0].items?.compactMap(\.scalar) == ["mm", "cm"])
        #expect(both[3].scalar == "1")
    }

    @Test func anchorsBelongToTheirDocument() {
        #expect(parseFailure("a: &x 1\n---\nb: *x\n") == "checks/test.yaml:3:4: error: found undefined alias 'x'")
    }

    @Test func aliasesCountTowardsTheDepthLimit() {
        #expect(parseFailure("a: &a [[1]]\nb: [*a]\n", maxDepth: 3) == "checks/test.yaml:2:5: error: nesting deeper than 3 levels")
        #expect(parseFailure("a: &a [[1]]\nb: *a\n", maxDepth: 3) == nil)
    }
}
