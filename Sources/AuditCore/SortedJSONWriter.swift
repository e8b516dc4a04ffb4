/// Writes JSON straight into a byte buffer, in exactly the layout `DataTree.sortedJSON()` gives
/// (JSONEncoder's `.prettyPrinted`: two-space indents, `"key" : value`, empty containers as
/// `[\n\n]`), without building a tree first. Callers write keys in sorted order themselves.
///
/// Reports are written once per document and can be larger than the document; building a
/// `DataTree` for each and then walking it took a tenth of an audit.
public struct SortedJSONWriter {
    /// The bytes written so far.
    public var bytes: [UInt8] { Array(storage[0..<count]) }
    /// Room for the output, zero-filled past `count`: writes copy into it through one pointer
    /// instead of appending byte by byte, each append checking uniqueness and capacity.
    private var storage: [UInt8]
    /// How many bytes of `storage` are written.
    private var count = 0
    /// For each open container, whether it is an array and whether it has no item yet.
    private var containers: [(isArray: Bool, isEmpty: Bool)] = []

    /// An empty writer whose buffer starts with room for `capacity` bytes.
    public init(capacity: Int = 4096) {
        storage = [UInt8](repeating: 0, count: max(capacity, 1))
    }

    /// The text written, followed by a newline.
    public consuming func finishedText() -> String {
        String(decoding: finishedBytes(), as: UTF8.self)
    }

    /// The UTF-8 bytes written, followed by a newline.
    public consuming func finishedBytes() -> [UInt8] {
        write(UInt8(ascii: "\n"))
        storage.removeSubrange(count...)
        return storage
    }

    /// Opens an object (`{`).
    public mutating func openObject() {
        beginValue()
        write(UInt8(ascii: "{"), UInt8(ascii: "\n"))
        containers.append((false, true))
    }

    /// Closes the innermost object.
    public mutating func closeObject() { close(UInt8(ascii: "}")) }

    /// Opens an array (`[`).
    public mutating func openArray() {
        beginValue()
        write(UInt8(ascii: "["), UInt8(ascii: "\n"))
        containers.append((true, true))
    }

    /// Closes the innermost array.
    public mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts the member `key` of the innermost object; its value is written next.
    public mutating func key(_ key: StaticString) {
        separate()
        // withUTF8Buffer, not utf8Start: a one-scalar literal may be stored without a pointer.
        key.withUTF8Buffer { name in
            reserve(name.count + 5)
            storage.withUnsafeMutableBufferPointer { target in
                var end = count
                target[end] = UInt8(ascii: "\"")
                end += 1
                for byte in name {
                    target[end] = byte
                    end += 1
                }
                target[end] = UInt8(ascii: "\"")
                target[end + 1] = UInt8(ascii: " ")
                target[end + 2] = UInt8(ascii: ":")
                target[end + 3] = UInt8(ascii: " ")
                count = end + 4
            }
        }
    }

    /// Writes a string value, escaped as JSONEncoder escapes it.
    public mutating func string(_ text: String) {
        beginValue()
        var text = text
        text.withUTF8 { utf8 in
            // Every byte escaped as \u00XX takes six: room for the worst case, then one pass.
            reserve(utf8.count * 6 + 2)
            storage.withUnsafeMutableBufferPointer { target in
                count = DataTree.writeEncoderString(utf8, into: target, at: count)
            }
        }
    }

    /// Writes an integer value.
    public mutating func int(_ number: Int) {
        beginValue()
        reserve(21)
        storage.withUnsafeMutableBufferPointer { target in
            var end = count
            if number < 0 {
                target[end] = UInt8(ascii: "-")
                end += 1
            }
            var magnitude = number.magnitude
            var digits = 0
            var rest = magnitude
            repeat {
                digits += 1
                rest /= 10
            } while rest > 0
            var position = end + digits - 1
            repeat {
                target[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                position -= 1
            } while magnitude > 0
            count = end + digits
        }
    }

    /// In an array, the separator and indent before an item; in an object the key wrote them.
    private mutating func beginValue() {
        if let last = containers.last, last.isArray { separate() }
    }

    /// Before an item or member: its indent, after ",\n" unless it is the container's first.
    private mutating func separate() {
        guard !containers.isEmpty else { return }
        let indent = 2 * containers.count
        let first = containers[containers.count - 1].isEmpty
        if first { containers[containers.count - 1].isEmpty = false }
        reserve(indent + 2)
        storage.withUnsafeMutableBufferPointer { target in
            var end = count
            if !first {
                target[end] = UInt8(ascii: ",")
                target[end + 1] = UInt8(ascii: "\n")
                end += 2
            }
            for position in end..<(end + indent) { target[position] = UInt8(ascii: " ") }
            count = end + indent
        }
    }

    private mutating func close(_ bracket: UInt8) {
        containers.removeLast()
        let indent = 2 * containers.count
        reserve(indent + 2)
        storage.withUnsafeMutableBufferPointer { target in
            target[count] = UInt8(ascii: "\n")
            for position in (count + 1)..<(count + 1 + indent) { target[position] = UInt8(ascii: " ") }
            target[count + 1 + indent] = bracket
            count += indent + 2
        }
    }

    /// Writes one or two bytes.
    private mutating func write(_ first: UInt8, _ second: UInt8? = nil) {
        reserve(2)
        storage.withUnsafeMutableBufferPointer { target in
            target[count] = first
            count += 1
            if let second {
                target[count] = second
                count += 1
            }
        }
    }

    /// Makes room for `extra` more bytes, at least doubling the buffer when it grows.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard count + extra > storage.count else { return }
        storage.append(contentsOf: repeatElement(0, count: max(storage.count, count + extra - storage.count)))
    }
}
