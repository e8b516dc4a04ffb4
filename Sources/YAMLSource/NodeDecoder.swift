/// The `Decoder` handed to `init(from:)` for one node.
struct NodeDecoder: Decoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    let owner: YAMLDecoder

    var userInfo: [CodingUserInfoKey: Any] { owner.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedContainer<Key>(mapping: node, codingPath: codingPath, owner: owner))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedContainer(sequence: node, codingPath: codingPath, owner: owner)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath, owner: owner)
    }
}

/// Lets a `Decodable` type hold a raw subtree; only `YAMLDecoder` can produce one.
extension YAMLNode: Decodable {
    /// Takes the node being decoded as it is; any decoder other than `YAMLDecoder` throws a type mismatch.
    public init(from decoder: any Decoder) throws {
        guard let nodeDecoder = decoder as? NodeDecoder else {
            throw DecodingError.typeMismatch(
                YAMLNode.self,
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "a YAMLNode can only be decoded by YAMLDecoder")
            )
        }
        nodeDecoder.owner.keepRaw(nodeDecoder.node)
        self = nodeDecoder.node
    }
}
