/// Reads one node as a single value.
struct SingleValueContainer: SingleValueDecodingContainer {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    let owner: YAMLDecoder

    func decodeNil() -> Bool { node.isNull }

    func decode(_ type: Bool.Type) throws -> Bool { try Scalars.bool(node, at: codingPath) }
    func decode(_ type: String.Type) throws -> String { try Scalars.string(node, at: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try Scalars.floating(type, node, at: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try Scalars.floating(type, node, at: codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try Scalars.integer(type, node, at: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try Scalars.integer(type, node, at: codingPath) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try owner.decodeValue(type, from: node, at: codingPath)
    }
}
