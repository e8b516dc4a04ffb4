/// A JSON-shaped value that renders as JSON or YAML with the same content and key order.
public indirect enum DataTree: Sendable, Equatable {
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
        var out = ""
        writeJSON(&out, indent: "")
        return out + "\n"
    }

    /// Block-style YAML, ending in a newline.
    public func yaml() -> String {
        var out = ""
        writeYAML(&out, indent: "", inList: false)
        return out.hasSuffix("\n") ? out : out + "\n"
    }

    private func writeJSON(_ out: inout String, indent: String) {
        switch self {
        case .string(let text): out += Self.quoted(text)
        case .number(let text): out += text
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                item.writeJSON(&out, indent: indent + "  ")
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in pairs.enumerated() {
                out += indent + "  " + Self.quoted(key) + ": "
                value.writeJSON(&out, indent: indent + "  ")
                out += index + 1 < pairs.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array(let items): return items.isEmpty
        case .object(let pairs): return pairs.isEmpty
        default: return true
        }
    }

    private var scalarYAML: String {
        switch self {
        case .string(let text): return Self.quoted(text)
        case .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array: return "[]"
        case .object: return "{}"
        }
    }

    private func writeYAML(_ out: inout String, indent: String, inList: Bool) {
        switch self {
        case .array(let items) where !items.isEmpty:
            for item in items {
                out += indent + "-"
                if item.isScalar {
                    out += " " + item.scalarYAML + "\n"
                } else if case .object = item {
                    out += " "
                    item.writeYAML(&out, indent: indent + "  ", inList: true)
                } else {
                    out += "\n"
                    item.writeYAML(&out, indent: indent + "  ", inList: false)
                }
            }
        case .object(let pairs) where !pairs.isEmpty:
            for (index, (key, value)) in pairs.enumerated() {
                out += (index == 0 && inList ? "" : indent) + Self.quoted(key) + ":"
                if value.isScalar {
                    out += " " + value.scalarYAML + "\n"
                } else {
                    out += "\n"
                    value.writeYAML(&out, indent: indent + "  ", inList: false)
                }
            }
        default:
            out += scalarYAML + "\n"
        }
    }

    /// A double-quoted string valid in both JSON and YAML.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0xFEFF
                    || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
