/// One node of the tree.
public indirect enum YAMLValue: Sendable, Equatable {
    /// A scalar's text; `plain` is true for an untagged, unquoted plain scalar, the only kind that can be typed as null, a boolean or a number.
    case scalar(String, plain: Bool)
    /// A sequence's items in source order.
    case sequence([YAMLNode])
    /// A mapping's pairs in source order.
    case mapping([(key: YAMLNode, value: YAMLNode)])

    /// Compares structure and text, including every node's location.
    public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a, plainA), .scalar(b, plainB)):
            a == b && plainA == plainB
        case let (.sequence(a), .sequence(b)):
            a == b
        case let (.mapping(a), .mapping(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default:
            false
        }
    }
}

/// A node of a parsed YAML file together with the place it starts.
public struct YAMLNode: Sendable, Equatable {
    /// What the node holds.
    public var value: YAMLValue
    /// Where the node starts.
    public var mark: YAMLMark
    /// The file (or other source name) the node comes from.
    public var path: String

    /// Creates a node from its value and location.
    public init(value: YAMLValue, mark: YAMLMark, path: String) {
        self.value = value
        self.mark = mark
        self.path = path
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = value { text } else { nil }
    }

    /// The sequence's items, or nil for a scalar or mapping.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = value { items } else { nil }
    }

    /// The mapping's pairs in source order, or nil for a scalar or sequence.
    public var pairs: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = value { pairs } else { nil }
    }

    /// True for a plain `~`, `null`, `Null`, `NULL` or empty scalar.
    public var isNull: Bool {
        guard case .scalar(let text, plain: true) = value else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The value of the first pair whose key is the scalar `key`, or nil if this is not a mapping or has no such key.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.scalar == key }?.value
    }

    /// "scalar", "sequence" or "mapping".
    public var kindName: String {
        switch value {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }
}
