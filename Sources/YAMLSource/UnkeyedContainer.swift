/// Reads a sequence's items in order.
struct UnkeyedContainer: UnkeyedDecodingContainer {
    let sequence: YAMLNode
    let codingPath: [any CodingKey]
    let owner: YAMLDecoder
    private let items: [YAMLNode]
    private(set) var currentIndex = 0

    init(sequence: YAMLNode, codingPath: [any CodingKey], owner: YAMLDecoder) throws(DecodeFailure) {
        guard let items = sequence.items else {
            throw Problems.mismatch(expected: "a sequence", node: sequence, path: codingPath)
        }
        self.sequence = sequence
        self.codingPath = codingPath
        self.owner = owner
        self.items = items
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool {
        guard try next().node.isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try required(type) }
    mutating func decode(_ type: String.Type) throws -> String { try required(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try required(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try required(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try required(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try required(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try required(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try required(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try required(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try required(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try required(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try required(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try required(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try required(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try required(type) }

    // Swift's default decodeIfPresent throws on a wrong type; these record it and go on with nil instead.
    mutating func decodeIfPresent(_ type: Bool.Type) throws -> Bool? { optional(type) }
    mutating func decodeIfPresent(_ type: String.Type) throws -> String? { optional(type) }
    mutating func decodeIfPresent(_ type: Double.Type) throws -> Double? { optional(type) }
    mutating func decodeIfPresent(_ type: Float.Type) throws -> Float? { optional(type) }
    mutating func decodeIfPresent(_ type: Int.Type) throws -> Int? { optional(type) }
    mutating func decodeIfPresent(_ type: Int8.Type) throws -> Int8? { optional(type) }
    mutating func decodeIfPresent(_ type: Int16.Type) throws -> Int16? { optional(type) }
    mutating func decodeIfPresent(_ type: Int32.Type) throws -> Int32? { optional(type) }
    mutating func decodeIfPresent(_ type: Int64.Type) throws -> Int64? { optional(type) }
    mutating func decodeIfPresent(_ type: UInt.Type) throws -> UInt? { optional(type) }
    mutating func decodeIfPresent(_ type: UInt8.Type) throws -> UInt8? { optional(type) }
    mutating func decodeIfPresent(_ type: UInt16.Type) throws -> UInt16? { optional(type) }
    mutating func decodeIfPresent(_ type: UInt32.Type) throws -> UInt32? { optional(type) }
    mutating func decodeIfPresent(_ type: UInt64.Type) throws -> UInt64? { optional(type) }
    mutating func decodeIfPresent<T: Decodable>(_ type: T.Type) throws -> T? { optional(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (node, path) = try next()
        currentIndex += 1
        return KeyedDecodingContainer(try KeyedContainer<NestedKey>(mapping: node, codingPath: path, owner: owner))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (node, path) = try next()
        currentIndex += 1
        return try UnkeyedContainer(sequence: node, codingPath: path, owner: owner)
    }

    mutating func superDecoder() throws -> any Decoder {
        let (node, path) = try next()
        currentIndex += 1
        return NodeDecoder(node: node, codingPath: path, owner: owner)
    }

    /// The current item and its key path, without advancing.
    private func next() throws(DecodeFailure) -> (node: YAMLNode, path: [any CodingKey]) {
        guard !isAtEnd else { throw Problems.exhausted(sequence, count: items.count, path: codingPath) }
        return (items[currentIndex], codingPath + [IndexKey(currentIndex)])
    }

    // The index advances even when an item fails, so a caller that goes on reads the next one.
    private mutating func required<T: Decodable>(_ type: T.Type) throws(DecodeFailure) -> T {
        let (node, path) = try next()
        currentIndex += 1
        return try owner.decodeValue(type, from: node, at: path)
    }

    private mutating func optional<T: Decodable>(_ type: T.Type) -> T? {
        guard !isAtEnd else { return nil }
        let (node, path) = (items[currentIndex], codingPath + [IndexKey(currentIndex)])
        currentIndex += 1
        guard !node.isNull else { return nil }
        do {
            return try owner.decodeValue(type, from: node, at: path)
        } catch {
            owner.record(error)
            return nil
        }
    }
}
