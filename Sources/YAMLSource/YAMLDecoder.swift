import AuditCore
import Foundation

/// Decodes `Decodable` values from node trees, collecting every problem as a located diagnostic.
///
/// Unknown keys: a mapping key counts as asked for when any decode pass over that mapping called
/// `contains`, `decode`, `decodeIfPresent`, `decodeNil` or a nested container with it. When a pass stops at a
/// failed required key, the keys it would have asked for later are unknown to the decoder, so every key its
/// `CodingKey` type can name also counts as asked for; only keys no pass could name are reported.
///
/// Special cases: a `YAMLNode` property receives the raw subtree (nothing inside it is reported as
/// unknown); `Decimal` is read from the scalar's text exactly; arrays decode every item even after one
/// fails, so each bad item is reported. `DecodingError`s thrown by a type's own `init(from:)` become
/// diagnostics at the node being decoded: `invalid value 'x' for 'key'`, followed for a
/// `CaseIterable & RawRepresentable` type by ` (expected one of: a, b)`.
public final class YAMLDecoder {
    /// Values handed to `init(from:)` through `Decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    private var recorded: [YAMLDiagnostic] = []
    private var seen: Set<YAMLDiagnostic> = []
    /// Keys asked for, per mapping, across all decode passes.
    private var requestedKeys: [NodeID: Set<String>] = [:]
    /// Mappings opened as keyed containers, in first-visit order; only these can have unknown keys.
    private var visitedMappings: [NodeID: YAMLNode] = [:]
    private var visitOrder: [NodeID] = []
    /// For mappings whose decoding stopped at a failed required key: which keys each `CodingKey` type there can name.
    private var abandonedKeyTypes: [NodeID: [ObjectIdentifier: (String) -> Bool]] = [:]
    /// Mappings taken whole as `YAMLNode`, whose keys all count as asked for.
    private var rawMappings: Set<NodeID> = []

    /// Identifies a mapping across decode passes: no two mappings of one file start at the same place,
    /// and an alias's copy is rightly the same mapping as its anchor.
    struct NodeID: Hashable {
        var path: String
        var mark: YAMLMark

        init(_ node: YAMLNode) {
            path = node.path
            mark = node.mark
        }
    }

    /// Creates a decoder with no diagnostics.
    public init() {}

    /// Decodes `type` from `node`; records problems instead of stopping at the first one; returns nil if the value could not be built.
    public func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) -> T? {
        do {
            return try decodeValue(type, from: node, at: [])
        } catch {
            record(error)
            return nil
        }
    }

    /// Call after all decode passes over a node tree: adds an "unknown key" error for every mapping key that no decode pass asked for, with a did-you-mean suggestion from the keys that were asked for in that same mapping; returns all diagnostics sorted by line, column.
    public func finish() -> [YAMLDiagnostic] {
        for id in visitOrder where !rawMappings.contains(id) {
            guard let pairs = visitedMappings[id]?.pairs else { continue }
            let asked = requestedKeys[id] ?? []
            let recognizers = abandonedKeyTypes[id].map { Array($0.values) } ?? []
            for (key, _) in pairs {
                guard let name = key.scalar else {
                    record(Problems.collectionKey(key))
                    continue
                }
                if !asked.contains(name), !recognizers.contains(where: { $0(name) }) {
                    record(Problems.unknownKey(key, name: name, suggestion: closestMatch(to: name, among: asked)))
                }
            }
        }
        return diagnostics
    }

    /// Every diagnostic recorded so far, grouped by file in order of first appearance, then sorted by line and column.
    public var diagnostics: [YAMLDiagnostic] {
        var fileOrder: [String: Int] = [:]
        for diagnostic in recorded where fileOrder[diagnostic.path] == nil {
            fileOrder[diagnostic.path] = fileOrder.count
        }
        let unplaced = YAMLMark(line: 0, column: 0)
        return recorded.enumerated().sorted { a, b in
            let left = (fileOrder[a.element.path]!, a.element.mark ?? unplaced, a.offset)
            let right = (fileOrder[b.element.path]!, b.element.mark ?? unplaced, b.offset)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            return left.2 < right.2
        }.map(\.element)
    }

    // MARK: Bookkeeping for the containers

    func record(_ failure: DecodeFailure) {
        failure.diagnostics.forEach(record)
    }

    func record(_ diagnostic: YAMLDiagnostic) {
        if seen.insert(diagnostic).inserted { recorded.append(diagnostic) }
    }

    func visit(_ mapping: YAMLNode) {
        let id = NodeID(mapping)
        if visitedMappings.updateValue(mapping, forKey: id) == nil { visitOrder.append(id) }
    }

    func request(_ key: String, in mapping: YAMLNode) {
        requestedKeys[NodeID(mapping), default: []].insert(key)
    }

    func abandon<Key: CodingKey>(_ mapping: YAMLNode, keyedBy _: Key.Type) {
        abandonedKeyTypes[NodeID(mapping), default: [:]][ObjectIdentifier(Key.self)] = { Key(stringValue: $0) != nil }
    }

    /// Marks every mapping in a subtree as fully asked for.
    func keepRaw(_ node: YAMLNode) {
        switch node.value {
        case .scalar:
            break
        case .sequence(let items):
            items.forEach(keepRaw)
        case .mapping(let pairs):
            rawMappings.insert(NodeID(node))
            for pair in pairs {
                keepRaw(pair.key)
                keepRaw(pair.value)
            }
        }
    }

    // MARK: Decoding

    /// The one place every value goes through, so the special cases apply in every kind of container.
    func decodeValue<T: Decodable>(_ type: T.Type, from node: YAMLNode, at path: [any CodingKey]) throws(DecodeFailure) -> T {
        if T.self == YAMLNode.self {
            keepRaw(node)
            return node as! T
        }
        if T.self == Decimal.self {
            return try Scalars.decimal(node, at: path) as! T
        }
        if let elementwise = T.self as? any ElementwiseDecodable.Type {
            return try elementwise.decodeElements(from: node, at: path, with: self) as! T
        }
        do {
            return try T(from: NodeDecoder(node: node, codingPath: path, owner: self))
        } catch let failure as DecodeFailure {
            throw failure
        } catch {
            throw DecodeFailure(UserErrors.diagnostic(for: error, decoding: type, node: node, path: path))
        }
    }
}

/// Collections whose items are decoded one by one so that every bad item is reported, not just the first.
protocol ElementwiseDecodable {
    static func decodeElements(from node: YAMLNode, at path: [any CodingKey], with decoder: YAMLDecoder) throws(DecodeFailure) -> Self
}

extension Array: ElementwiseDecodable where Element: Decodable {
    static func decodeElements(from node: YAMLNode, at path: [any CodingKey], with decoder: YAMLDecoder) throws(DecodeFailure) -> Self {
        guard let items = node.items else { throw Problems.mismatch(expected: "a sequence", node: node, path: path) }
        var elements: [Element] = []
        elements.reserveCapacity(items.count)
        var problems: [YAMLDiagnostic] = []
        for (index, item) in items.enumerated() {
            do {
                elements.append(try decoder.decodeValue(Element.self, from: item, at: path + [IndexKey(index)]))
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DecodeFailure(problems) }
        return elements
    }
}
