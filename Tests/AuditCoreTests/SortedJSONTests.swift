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

    @Test func keysAreSortedByTheirBytes() {
        let value = DataTree.object([("b", .int(1)), ("A", .int(2)), ("a-b", .int(3)), ("a", .int(4))])
        #expect(value.sortedJSON() == "{\n  \"A\" : 2,\n  \"a\" : 4,\n  \"a-b\" : 3,\n  \"b\" : 1\n}")
    }
}
