import Testing
@testable import YAMLSource

@Suite struct ParserTests {
    @Test(arguments: [
        ("a: 1\nb: 2\n  c: 3\n", "checks/test.yaml:3:4: error: mapping values are not allowed in this context"),
        ("id: x\ntitle: a: b\n", "checks/test.yaml:2:9: error: mapping values are not allowed in this context"),
        ("key: [1, 2\n", "checks/test.yaml:2:1: error: did not find expected ',' or ']' while parsing a flow sequence"),
        ("a: 'unterminated\n", "checks/test.yaml:2:1: error: found unexpected end of stream while scanning a quoted scalar"),
        ("- a\nb: 1\n", "checks/test.yaml:2:1: error: did not find expected '-' indicator while parsing a block collection"),
        ("a:\n\tb: 1\n", "checks/test.yaml:2:1: error: found character that cannot start any token while scanning for the next token"),
        ("a: \u{7}\n", "checks/test.yaml:1:4: error: control characters are not allowed (U+0007)"),
        ("a: *nope\n", "checks/test.yaml:1:4: error: found undefined alias 'nope'"),
    ])
    func syntaxErrorsArePinnedToLibyamlsWording(text: String, expected: String) {
        #expect(parseFailure(text) == expected)
    }

    @Test func reportsTheDuplicateKeyAtTheSecondOccurrence() {
        #expect(parseFailure("id: a\ntitle: t\nid: b\n") == "checks/test.yaml:3:1: error: duplicate key 'id' (first at line 1)")
    }

    @Test func refusesMergeKeys() {
        #expect(parseFailure("base: &b {a: 1}\nuse:\n  <<: *b\n") == "checks/test.yaml:3:3: error: merge keys ('<<') are not supported")
    }

    @Test func aQuotedMergeKeyIsAnOrdinaryKey() throws {
        #expect(try document("'<<': 1\n")["<<"]?.scalar == "1")
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func anEmptyFileHasNoDocuments(text: String) throws {
        #expect(try YAMLParser.parse(text, path: "empty.yaml").isEmpty)
    }

    @Test func parsesEveryDocumentOfAStream() throws {
        let documents = try YAMLParser.parse("---\na: 1\n---\n- b\n...\n--- plain\n", path: "multi.yaml")
        #expect(documents.map(\.kindName) == ["mapping", "sequence", "scalar"])
        #expect(documents[0]["a"]?.mark == YAMLMark(line: 2, column: 4))
        #expect(documents[1].items?.first?.scalar == "b")
        #expect(documents[2].scalar == "plain")
        #expect(documents.allSatisfy { $0.path == "multi.yaml" })
    }

    @Test func marksAreOneBasedAndCountUnicodeScalars() throws {
        let root = try document("labels: {标题: 一, tolerence: 2}\nnext:\n  - 表: x\n")
        let pairs = try #require(root["labels"]?.pairs)
        #expect(pairs.map(\.key.mark) == [YAMLMark(line: 1, column: 10), YAMLMark(line: 1, column: 17)])
        #expect(pairs[1].value.mark == YAMLMark(line: 1, column: 28))
        #expect(root["next"]?.items?.first?["表"]?.mark == YAMLMark(line: 3, column: 8))
    }

    @Test func keepsScalarStyleAndSourceOrder() throws {
        let root = try document("z: plain\ny: 'single'\nx: \"double\"\nw: !!str null\nv: ~\nu:\n")
        let pairs = try #require(root.pairs)
        #expect(pairs.map { $0.key.scalar } == ["z", "y", "x", "w", "v", "u"])
        #expect(pairs.map(\.value.value) == [
            .scalar("plain", plain: true), .scalar("single", plain: false), .scalar("double", plain: false),
            .scalar("null", plain: false), .scalar("~", plain: true), .scalar("", plain: true),
        ])
        #expect(pairs.map(\.value.isNull) == [false, false, false, false, true, true])
    }

    @Test func nodeConveniences() throws {
        let root = try document("title: T\nlist: [1, 2]\n")
        #expect(root.kindName == "mapping")
        #expect(root["title"]?.scalar == "T")
        #expect(root["list"]?.kindName == "sequence")
        #expect(root["list"]?.items?.compactMap(\.scalar) == ["1", "2"])
        #expect(root["missing"] == nil)
        #expect(root.scalar == nil)
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(parseFailure(deep) == "checks/test.yaml:1:201: error: nesting deeper than 200 levels")
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let text = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(try document(text).kindName == "sequence")
        #expect(parseFailure("[[[[1]]]]", maxDepth: 3) == "checks/test.yaml:1:4: error: nesting deeper than 3 levels")
    }

    @Test func refusesMoreNodesThanTheLimitEvenWithoutAliases() {
        #expect(parseFailure("[1, 2, 3, 4, 5]", maxNodes: 5) == "checks/test.yaml:1:14: error: more than 5 nodes; refusing to parse further")
        #expect(parseFailure("[1, 2, 3, 4]", maxNodes: 5) == nil)
    }
}

/// Inputs found by fuzzing (Fuzz/run.sh) that once broke an invariant, kept as regressions.
@Suite("Fuzz regressions: YAML")
struct YAMLFuzzRegressionTests {
    /// fuzz-yaml crash-e737b3e6: libyaml placed an end-of-input error on a line after the last.
    @Test func syntaxErrorsAreInsideTheFile() {
        do {
            _ = try YAMLParser.parse("\n{", path: "c.yaml")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.description == "c.yaml:2:2: error: did not find expected node content while parsing a flow node")
        }
    }
}
