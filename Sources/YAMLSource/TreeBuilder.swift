/// Assembles libyaml events into node trees, resolving aliases and enforcing the size and depth limits.
struct TreeBuilder {
    /// A finished subtree with what the limits need to know about it.
    private struct Built {
        var node: YAMLNode
        /// Nodes in the subtree, aliases expanded.
        var size: Int
        /// Collection levels in the subtree; 0 for a scalar.
        var height: Int
    }

    /// An open sequence or mapping.
    private struct Frame {
        var isMapping: Bool
        var mark: YAMLMark
        var anchor: String?
        /// For a mapping, keys and values alternate.
        var children: [YAMLNode] = []
        var size = 1
        var height = 1
        /// Line of each scalar key seen so far, to report duplicates.
        var keyLines: [String: Int] = [:]

        var expectsKey: Bool { isMapping && children.count.isMultiple(of: 2) }
    }

    let path: String
    let maxNodes: Int
    let maxDepth: Int
    private(set) var documents: [YAMLNode] = []
    private var stack: [Frame] = []
    // Anchors are scoped to their document.
    private var anchors: [String: Built] = [:]
    private var nodeCount = 0

    init(path: String, maxNodes: Int, maxDepth: Int) {
        self.path = path
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    /// Feeds one event; returns false once the stream has ended.
    mutating func handle(_ event: ParseEvent) throws(YAMLDiagnostic) -> Bool {
        switch event {
        case .streamStart, .documentEnd:
            break
        case .streamEnd:
            return false
        case .documentStart:
            anchors = [:]
        case let .scalar(text, plain, anchor, mark):
            try count(1, at: mark)
            let node = YAMLNode(value: .scalar(text, plain: plain), mark: mark, path: path)
            try attach(Built(node: node, size: 1, height: 0), anchor: anchor)
        case let .sequenceStart(anchor, mark):
            try open(isMapping: false, anchor: anchor, mark: mark)
        case let .mappingStart(anchor, mark):
            try open(isMapping: true, anchor: anchor, mark: mark)
        case .sequenceEnd, .mappingEnd:
            try close()
        case let .alias(name, mark):
            try expandAlias(name, at: mark)
        }
        return true
    }

    private mutating func open(isMapping: Bool, anchor: String?, mark: YAMLMark) throws(YAMLDiagnostic) {
        guard stack.count < maxDepth else { throw tooDeep(at: mark) }
        try count(1, at: mark)
        stack.append(Frame(isMapping: isMapping, mark: mark, anchor: anchor))
    }

    private mutating func close() throws(YAMLDiagnostic) {
        guard let frame = stack.popLast() else { return }
        let value: YAMLValue
        if frame.isMapping {
            value = .mapping(stride(from: 0, to: frame.children.count - 1, by: 2).map {
                (key: frame.children[$0], value: frame.children[$0 + 1])
            })
        } else {
            value = .sequence(frame.children)
        }
        let node = YAMLNode(value: value, mark: frame.mark, path: path)
        try attach(Built(node: node, size: frame.size, height: frame.height), anchor: frame.anchor)
    }

    private mutating func expandAlias(_ name: String, at mark: YAMLMark) throws(YAMLDiagnostic) {
        guard let built = anchors[name] else {
            // The event API leaves undefined aliases to the caller; this is libyaml's loader message.
            throw YAMLDiagnostic(path: path, mark: mark, message: "found undefined alias '\(name)'")
        }
        // Checked before the copy is attached, so an exponential document never gets the chance to grow.
        guard built.size <= maxNodes - nodeCount else {
            throw YAMLDiagnostic(
                path: path, mark: mark,
                message: "aliases expand to more than \(maxNodes) nodes; refusing to expand (is this a \"billion laughs\" document?)"
            )
        }
        guard stack.count + built.height <= maxDepth else { throw tooDeep(at: mark) }
        nodeCount += built.size
        // Nodes are values, so the copy shares storage with the anchored subtree.
        try attach(built, anchor: nil)
    }

    private mutating func attach(_ built: Built, anchor: String?) throws(YAMLDiagnostic) {
        if let anchor { anchors[anchor] = built }
        guard var frame = stack.popLast() else {
            documents.append(built.node)
            return
        }
        if frame.expectsKey, case .scalar(let key, let plain) = built.node.value {
            if plain && key == "<<" {
                throw YAMLDiagnostic(path: path, mark: built.node.mark, message: "merge keys ('<<') are not supported")
            }
            if let firstLine = frame.keyLines[key] {
                throw YAMLDiagnostic(
                    path: path, mark: built.node.mark,
                    message: "duplicate key '\(key)' (first at line \(firstLine))"
                )
            }
            frame.keyLines[key] = built.node.mark.line
        }
        frame.children.append(built.node)
        frame.size += built.size
        frame.height = max(frame.height, built.height + 1)
        stack.append(frame)
    }

    private mutating func count(_ nodes: Int, at mark: YAMLMark) throws(YAMLDiagnostic) {
        guard nodes <= maxNodes - nodeCount else {
            throw YAMLDiagnostic(path: path, mark: mark, message: "more than \(maxNodes) nodes; refusing to parse further")
        }
        nodeCount += nodes
    }

    private func tooDeep(at mark: YAMLMark) -> YAMLDiagnostic {
        YAMLDiagnostic(path: path, mark: mark, message: "nesting deeper than \(maxDepth) levels")
    }
}
