import AuditCore
import Foundation
import Testing

/// `DataTree.sortedJSON` must write exactly what `JSONEncoder` writes, so reports keep their bytes.
@Suite("DataTree.sortedJSON writes JSONEncoder's bytes")
struct SortedJSONTests {
    struct Sample: Encodable {
        var text: String
        var number: Int
        var flag: Bool
        var empty: [Int]
        var emptyObject: [String: Int]
        var nested: [[String: [Int]]]
        var zLast: String?
        var aFirst: String
    }

    static func encoded(_ sample: Sample) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(sample), as: UTF8.self)
    }

    static func value(_ sample: Sample) -> DataTree {
        .object([
            "zLast": sample.zLast.map { .string($0) },
            "text": .string(sample.text),
            "number": .int(sample.number),
            "flag": .bool(sample.flag),
            "empty": .array(sample.empty.map { .int($0) }),
            "emptyObject": .object([(String, DataTree)]()),
            "nested": .array(sample.nested.map { item in
                .object(item.map { key, numbers in (key, .array(numbers.map { .int($0) })) })
            }),
            "aFirst": .string(sample.aFirst),
        ])
    }

    static var awkwardText: String {
        var text = ""
        for value in 0..<0x30 { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        return text + "\u{7F}\u{85}\u{2028}\u{2029}/\\\"é中😀\u{FEFF} 1190户"
    }

    @Test(arguments: [
        Sample(text: awkwardText, number: -42, flag: true, empty: [], emptyObject: [:],
               nested: [["b": [1, 2], "a": []], [:]], zLast: nil, aFirst: ""),
        Sample(text: "", number: Int.max, flag: false, empty: [], emptyObject: [:],
               nested: [], zLast: "z", aFirst: "共计1208户"),
    ])
    func matchesJSONEncoder(sample: Sample) throws {
        #expect(Self.value(sample).sortedJSON() == (try Self.encoded(sample)))
    }

    /// The same samples written key by key (in sorted order) give JSONEncoder's bytes too.
    @Test(arguments: [
        Sample(text: awkwardText, number: -42, flag: true, empty: [], emptyObject: [:],
               nested: [["a": [], "b": [1, 2]], [:]], zLast: nil, aFirst: ""),
        Sample(text: "", number: Int.min, flag: false, empty: [], emptyObject: [:],
               nested: [], zLast: "z", aFirst: "共计1208户"),
        Sample(text: "x", number: 0, flag: false, empty: [7], emptyObject: [:],
               nested: [["a": [Int.max]]], zLast: "", aFirst: "a"),
    ])
    func writerMatchesJSONEncoder(sample: Sample) throws {
        var json = SortedJSONWriter()
        json.openObject()
        json.key("aFirst"); json.string(sample.aFirst)
        json.key("empty")
        json.openArray()
        for number in sample.empty { json.int(number) }
        json.closeArray()
        json.key("emptyObject"); json.openObject(); json.closeObject()
        json.key("nested")
        json.openArray()
        for item in sample.nested {
            json.openObject()
            // Sample keys are single letters: sorting them by hand here keeps the writer's contract.
            if let numbers = item["a"] {
                json.key("a"); json.openArray(); numbers.forEach { json.int($0) }; json.closeArray()
            }
            if let numbers = item["b"] {
                json.key("b"); json.openArray(); numbers.forEach { json.int($0) }; json.closeArray()
            }
            json.closeObject()
        }
        json.closeArray()
        json.key("number"); json.int(sample.number)
        json.key("text"); json.string(sample.text)
        if let last = sample.zLast { json.key("zLast"); json.string(last) }
        json.closeObject()
        var expected = try Self.encoded(sample)
        // The writer has no booleans (reports have none): the encoder's flag line is taken out.
        expected = expected.replacingOccurrences(of: "  \"flag\" : \(sample.flag),\n", with: "")
        #expect(json.finishedText() == expected + "\n")
    }

    /// Indents past the writer's prepared run of spaces are written in parts, to the same bytes.
    @Test func deepNestingMatchesTheTree() {
        var tree = DataTree.array([.int(1), .int(2)])
        var json = SortedJSONWriter()
        for _ in 0..<40 {
            tree = .object([("k", tree), ("z", .string("v"))])
        }
        func write(_ depth: Int) {
            if depth == 0 {
                json.openArray(); json.int(1); json.int(2); json.closeArray()
                return
            }
            json.openObject()
            json.key("k"); write(depth - 1)
            json.key("z"); json.string("v")
            json.closeObject()
        }
        write(40)
        #expect(json.finishedText() == tree.sortedJSON() + "\n")
    }

    /// Figure files test strings for escapes on their UTF-8 bytes; every scalar that `quoted`
    /// escapes must be caught there too (the neighbours of the multi-byte ones included).
    @Test func byteEscapeTestAgreesWithQuoted() {
        var values = Array(0x00...0x2FF) + Array(0x2000...0x2030) + [0xFEFE, 0xFEFF, 0xFF0C, 0xFFFD, 0x1F600]
        values += [0x3000, 0x201C, 0x2014, 0xFEBF, 0xBBBF]
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "甲\(scalar)乙", "a\(scalar)"] {
                #expect(DataTree.string(text).json() == DataTree.quoted(text) + "\n", "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func keysAreSortedByTheirBytes() {
        let value = DataTree.object([("b", .int(1)), ("A", .int(2)), ("a-b", .int(3)), ("a", .int(4))])
        #expect(value.sortedJSON() == "{\n  \"A\" : 2,\n  \"a\" : 4,\n  \"a-b\" : 3,\n  \"b\" : 1\n}")
    }
}

/// The writer grows its buffer as it goes: whatever room it starts with, the bytes are the same,
/// and no write passes the end of the buffer (debug builds check every index).
@Suite("Sorted JSON writer growth")
struct SortedJSONGrowthTests {
    static func document(capacity: Int) -> [UInt8] {
        var json = SortedJSONWriter(capacity: capacity)
        json.openObject()
        json.key("a")
        json.openArray()
        for number in [0, -1, Int.max, Int.min, 42] { json.int(number) }
        json.string("\"引号\"\\\u{01}\n全村共有农户496户")
        json.openObject()
        json.key("deeper")
        json.openArray()
        json.closeArray()
        json.closeObject()
        json.closeArray()
        json.key("b")
        json.string(String(repeating: "\u{01}", count: 40))
        json.closeObject()
        return json.finishedBytes()
    }

    @Test func everyStartingCapacityGivesTheSameBytes() {
        let reference = Self.document(capacity: 1 << 16)
        for capacity in 0...300 {
            #expect(Self.document(capacity: capacity) == reference, "capacity \(capacity)")
        }
        let text = String(decoding: reference, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"a\" : [\n    0,\n    -1,\n"))
        #expect(text.contains("\"\\\"引号\\\"\\\\\\u0001\\n全村共有农户496户\""))
        #expect(text.hasSuffix("}\n"))
    }
}
