/// A JSON-shaped value that renders as JSON or YAML with the same content and key order, or as
/// the sorted-key JSON that reports use.
public enum DataTree: Sendable, Equatable {
    /// A string.
    case string(String)
    /// A number, written as is (an exact decimal).
    case number(String)
    /// true or false.
    case bool(Bool)
    /// null.
    case null
    /// A list.
    case array([DataTree])
    /// Key-value pairs in a fixed order.
    case object([(String, DataTree)])

    /// Builds an object from key-value pairs, leaving out the pairs whose value is `nil`.
    public static func object(_ pairs: KeyValuePairs<String, DataTree?>) -> DataTree {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    /// An integer.
    public static func int(_ number: Int) -> DataTree { .number(String(number)) }

    /// Compares trees structurally.
    public static func == (lhs: DataTree, rhs: DataTree) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)), (.number(let a), .number(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: return false
        }
    }

    /// Pretty JSON with two-space indents, ending in a newline.
    public func json() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        writeJSON(into: &bytes, indent: 0)
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Block-style YAML, ending in a newline.
    public func yaml() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        writeYAML(into: &bytes, indent: 0, inList: false)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    // Both writers append UTF-8 bytes to one buffer: building the text with String concatenation
    // took half of `figaudit extract`.
    private func writeJSON(into bytes: inout [UInt8], indent: Int) {
        switch self {
        case .array(let items):
            guard !items.isEmpty else { bytes.append(contentsOf: "[]".utf8); return }
            bytes.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                Self.writeIndent(indent + 1, into: &bytes)
                item.writeJSON(into: &bytes, indent: indent + 1)
                bytes.append(contentsOf: (index + 1 < items.count ? ",\n" : "\n").utf8)
            }
            Self.writeIndent(indent, into: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { bytes.append(contentsOf: "{}".utf8); return }
            bytes.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in pairs.enumerated() {
                Self.writeIndent(indent + 1, into: &bytes)
                Self.writeQuoted(key, into: &bytes)
                bytes.append(contentsOf: ": ".utf8)
                value.writeJSON(into: &bytes, indent: indent + 1)
                bytes.append(contentsOf: (index + 1 < pairs.count ? ",\n" : "\n").utf8)
            }
            Self.writeIndent(indent, into: &bytes)
            bytes.append(UInt8(ascii: "}"))
        default:
            writeScalar(into: &bytes)
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array(let items): return items.isEmpty
        case .object(let pairs): return pairs.isEmpty
        default: return true
        }
    }

    /// A scalar, or an empty container, as JSON and YAML both write it.
    private func writeScalar(into bytes: inout [UInt8]) {
        switch self {
        case .string(let text): Self.writeQuoted(text, into: &bytes)
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case .array: bytes.append(contentsOf: "[]".utf8)
        case .object: bytes.append(contentsOf: "{}".utf8)
        }
    }

    private func writeYAML(into bytes: inout [UInt8], indent: Int, inList: Bool) {
        switch self {
        case .array(let items) where !items.isEmpty:
            for item in items {
                Self.writeIndent(indent, into: &bytes)
                bytes.append(UInt8(ascii: "-"))
                if item.isScalar {
                    bytes.append(UInt8(ascii: " "))
                    item.writeScalar(into: &bytes)
                    bytes.append(UInt8(ascii: "\n"))
                } else if case .object = item {
                    bytes.append(UInt8(ascii: " "))
                    item.writeYAML(into: &bytes, indent: indent + 1, inList: true)
                } else {
                    bytes.append(UInt8(ascii: "\n"))
                    item.writeYAML(into: &bytes, indent: indent + 1, inList: false)
                }
            }
        case .object(let pairs) where !pairs.isEmpty:
            for (index, (key, value)) in pairs.enumerated() {
                if !(index == 0 && inList) { Self.writeIndent(indent, into: &bytes) }
                Self.writeQuoted(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if value.isScalar {
                    bytes.append(UInt8(ascii: " "))
                    value.writeScalar(into: &bytes)
                    bytes.append(UInt8(ascii: "\n"))
                } else {
                    bytes.append(UInt8(ascii: "\n"))
                    value.writeYAML(into: &bytes, indent: indent + 1, inList: false)
                }
            }
        default:
            writeScalar(into: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends `quoted(text)`, copying the text whole when nothing in it needs an escape.
    private static func writeQuoted(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        // The test for an escape runs on the UTF-8 bytes (decoding scalars took a third of
        // `figaudit extract`), and a string that needs none is copied whole.
        let copied: Bool = text.withUTF8 { utf8 in
            guard !needsEscape(utf8) else { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !copied { bytes.append(contentsOf: quoted(text).utf8) }
    }

    /// Whether UTF-8 text holds a scalar `needsEscape(_:)` accepts: a C0 control, `"`, `\`, DEL,
    /// or U+0085, U+2028, U+2029, U+FEFF, whose encodings start with C2, E2 and EF.
    static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        var index = 0
        while index < count {
            let byte = utf8[index]
            switch byte {
            case 0x00..<0x20, 0x22, 0x5C, 0x7F: return true
            case 0xC2: if index + 1 < count, utf8[index + 1] == 0x85 { return true }
            case 0xE2: if index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 { return true }
            case 0xEF: if index + 2 < count, utf8[index + 1] == 0xBB, utf8[index + 2] == 0xBF { return true }
            default: break
            }
            index += 1
        }
        return false
    }

    /// A double-quoted string valid in both JSON and YAML.
    public static func quoted(_ text: String) -> String {
        // Most strings need no escape at all: copy them whole.
        if !text.unicodeScalars.contains(where: needsEscape) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `quoted` writes `scalar` escaped: quotes, backslashes, and the controls and
    /// breaks that YAML or JSON readers would not take literally.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x22, 0x5C, 0x7F, 0x85, 0xFEFF, 0x2028, 0x2029: true
        default: false
        }
    }

    // MARK: - Sorted-key JSON

    /// Pretty JSON with sorted keys, byte for byte what Foundation's `JSONEncoder` writes with
    /// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` (`"key" : value`, empty
    /// containers as `[\n\n  ]`), about ten times faster, without a final newline.
    public func sortedJSON() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        writeSortedJSON(into: &bytes, indent: 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func writeSortedJSON(into bytes: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text):
            Self.writeEncoderString(text, into: &bytes)
        case .number(let text):
            bytes.append(contentsOf: text.utf8)
        case .bool(let flag):
            bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null:
            bytes.append(contentsOf: "null".utf8)
        case .array(let items):
            bytes.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                Self.writeIndent(indent + 1, into: &bytes)
                item.writeSortedJSON(into: &bytes, indent: indent + 1)
            }
            bytes.append(UInt8(ascii: "\n"))
            Self.writeIndent(indent, into: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .object(let pairs):
            bytes.append(contentsOf: "{\n".utf8)
            let precedes: ((String, DataTree), (String, DataTree)) -> Bool = { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            // Reports build their objects in key order already; sorting is then a check, not a copy.
            let inOrder = zip(pairs, pairs.dropFirst()).allSatisfy { precedes($0, $1) }
            for (index, pair) in (inOrder ? pairs : pairs.sorted(by: precedes)).enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                Self.writeIndent(indent + 1, into: &bytes)
                Self.writeEncoderString(pair.0, into: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                pair.1.writeSortedJSON(into: &bytes, indent: indent + 1)
            }
            bytes.append(UInt8(ascii: "\n"))
            Self.writeIndent(indent, into: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static func writeIndent(_ level: Int, into bytes: inout [UInt8]) {
        for _ in 0..<(level * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes `utf8` quoted and escaped as `writeEncoderString(_:into:)` does, into `target` from
    /// `start`, which has room for the worst case (six bytes per input byte, and two quotes).
    /// Returns the end of what it wrote.
    static func writeEncoderString(_ utf8: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var end = start
        target[end] = UInt8(ascii: "\"")
        end += 1
        for byte in utf8 {
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                target[end] = byte
                end += 1
                continue
            }
            target[end] = UInt8(ascii: "\\")
            switch byte {
            case UInt8(ascii: "\""): target[end + 1] = UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): target[end + 1] = UInt8(ascii: "\\")
            case 0x08: target[end + 1] = UInt8(ascii: "b")
            case 0x09: target[end + 1] = UInt8(ascii: "t")
            case 0x0A: target[end + 1] = UInt8(ascii: "n")
            case 0x0C: target[end + 1] = UInt8(ascii: "f")
            case 0x0D: target[end + 1] = UInt8(ascii: "r")
            default:
                target[end + 1] = UInt8(ascii: "u")
                target[end + 2] = UInt8(ascii: "0")
                target[end + 3] = UInt8(ascii: "0")
                target[end + 4] = hexDigits[Int(byte >> 4)]
                target[end + 5] = hexDigits[Int(byte & 0x0F)]
                end += 4
            }
            end += 2
        }
        target[end] = UInt8(ascii: "\"")
        return end + 1
    }

    /// Writes `text` quoted, escaping quotes, backslashes and control characters as JSONEncoder does.
    static func writeEncoderString(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            // Room for the worst case, written through one pointer, then cut to what was written.
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: utf8.count * 6 + 2))
            let end = bytes.withUnsafeMutableBufferPointer { writeEncoderString(utf8, into: $0, at: start) }
            bytes.removeSubrange(end...)
        }
    }
}
