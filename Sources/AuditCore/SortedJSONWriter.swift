/// Writes JSON straight into a byte buffer, in exactly the layout `DataTree.sortedJSON()` gives
/// (JSONEncoder's `.prettyPrinted`: two-space indents, `"key" : value`, empty containers as
/// `[\n\n]`), without building a tree first. Callers write keys in sorted order themselves.
///
/// Reports are written once per document and can be larger than the document; building a
/// `DataTree` for each and then walking it took a tenth of an audit.
public struct SortedJSONWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// For each open container, whether it is an array and whether it has no item yet.
    private var containers: [(isArray: Bool, isEmpty: Bool)] = []

    /// An empty writer whose buffer starts with room for `capacity` bytes.
    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written, followed by a newline.
    public consuming func finishedText() -> String {
        String(decoding: finishedBytes(), as: UTF8.self)
    }

    /// The UTF-8 bytes written, followed by a newline.
    public consuming func finishedBytes() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Opens an object (`{`).
    public mutating func openObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        bytes.append(UInt8(ascii: "\n"))
        containers.append((false, true))
    }

    /// Closes the innermost object.
    public mutating func closeObject() { close(UInt8(ascii: "}")) }

    /// Opens an array (`[`).
    public mutating func openArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        bytes.append(UInt8(ascii: "\n"))
        containers.append((true, true))
    }

    /// Closes the innermost array.
    public mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts the member `key` of the innermost object; its value is written next.
    public mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        // withUTF8Buffer, not utf8Start: a one-scalar literal may be stored without a pointer.
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: Self.colon)
    }

    private static let colon: [UInt8] = Array("\" : ".utf8)
    /// ",\n" and then spaces enough for any depth a report reaches; longer indents are written in parts.
    private static let commaIndent: [UInt8] = Array(",\n".utf8) + Array(repeating: UInt8(ascii: " "), count: 64)

    /// Writes a string value, escaped as JSONEncoder escapes it.
    public mutating func string(_ text: String) {
        beginValue()
        DataTree.writeEncoderString(text, into: &bytes)
    }

    /// Writes an integer value.
    public mutating func int(_ number: Int) {
        beginValue()
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// In an array, the separator and indent before an item; in an object the key wrote them.
    private mutating func beginValue() {
        if let last = containers.last, last.isArray { separate() }
    }

    private mutating func separate() {
        guard !containers.isEmpty else { return }
        let width = 2 * containers.count
        if containers[containers.count - 1].isEmpty {
            containers[containers.count - 1].isEmpty = false
            indent(containers.count)
        } else if width <= 64 {
            bytes.append(contentsOf: Self.commaIndent[0..<(2 + width)])
        } else {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: "\n"))
            indent(containers.count)
        }
    }

    private mutating func close(_ bracket: UInt8) {
        containers.removeLast()
        bytes.append(UInt8(ascii: "\n"))
        indent(containers.count)
        bytes.append(bracket)
    }

    private mutating func indent(_ level: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }
}
