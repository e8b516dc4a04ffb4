/// Reads a mapping by key, telling the owner which keys were asked for.
struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: YAMLNode
    let codingPath: [any CodingKey]
    let owner: YAMLDecoder
    private let values: [String: YAMLNode]
    private let keyOrder: [String]

    init(mapping: YAMLNode, codingPath: [any CodingKey], owner: YAMLDecoder) throws(DecodeFailure) {
        guard let pairs = mapping.pairs else {
            throw Problems.mismatch(expected: "a mapping", node: mapping, path: codingPath)
        }
        self.mapping = mapping
        self.codingPath = codingPath
        self.owner = owner
        var values: [String: YAMLNode] = [:]
        var keyOrder: [String] = []
        for (key, value) in pairs {
            // The parser rejects duplicate keys, so the first is the only one.
            guard let name = key.scalar, values[name] == nil else { continue }
            values[name] = value
            keyOrder.append(name)
        }
        self.values = values
        self.keyOrder = keyOrder
        owner.visit(mapping)
    }

    var allKeys: [Key] { keyOrder.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        owner.request(key.stringValue, in: mapping)
        return values[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        owner.request(key.stringValue, in: mapping)
        return values[key.stringValue]?.isNull ?? true
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try required(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try required(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try required(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try required(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try required(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try required(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try required(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try required(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try required(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try required(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try required(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try required(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try required(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try required(type, key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try required(type, key) }

    // Swift's default decodeIfPresent throws on a wrong type; these record it and go on with nil instead.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { optional(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { optional(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { optional(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { optional(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { optional(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { optional(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { optional(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { optional(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { optional(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { optional(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { optional(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { optional(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { optional(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { optional(type, key) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { optional(type, key) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try abandoningOnFailure { () throws(DecodeFailure) in
            KeyedDecodingContainer(try KeyedContainer<NestedKey>(mapping: value(for: key), codingPath: codingPath + [key], owner: owner))
        }
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try abandoningOnFailure { () throws(DecodeFailure) in
            try UnkeyedContainer(sequence: value(for: key), codingPath: codingPath + [key], owner: owner)
        }
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(node: mapping, codingPath: codingPath + [SuperKey()], owner: owner)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try abandoningOnFailure { () throws(DecodeFailure) in
            NodeDecoder(node: try value(for: key), codingPath: codingPath + [key], owner: owner)
        }
    }

    private func value(for key: Key) throws(DecodeFailure) -> YAMLNode {
        owner.request(key.stringValue, in: mapping)
        guard let value = values[key.stringValue] else {
            throw Problems.missingKey(key, in: mapping, path: codingPath)
        }
        return value
    }

    private func required<T: Decodable>(_ type: T.Type, _ key: Key) throws(DecodeFailure) -> T {
        try abandoningOnFailure { () throws(DecodeFailure) in
            try owner.decodeValue(type, from: value(for: key), at: codingPath + [key])
        }
    }

    /// A required key that fails ends the caller's `init(from:)` before it asks for its later keys;
    /// the owner then takes every key that `Key` can name as asked for, so they are not called unknown.
    private func abandoningOnFailure<R>(_ body: () throws(DecodeFailure) -> R) throws(DecodeFailure) -> R {
        do {
            return try body()
        } catch {
            owner.abandon(mapping, keyedBy: Key.self)
            throw error
        }
    }

    private func optional<T: Decodable>(_ type: T.Type, _ key: Key) -> T? {
        owner.request(key.stringValue, in: mapping)
        guard let value = values[key.stringValue], !value.isNull else { return nil }
        do {
            return try owner.decodeValue(type, from: value, at: codingPath + [key])
        } catch {
            owner.record(error)
            return nil
        }
    }
}
