/// Decoded document text as Unicode scalars, with the line index that turns offsets into spans.
///
/// Line breaks are LF, CRLF (one break) and lone CR; positions always refer to the text as
/// written, never to a normalised copy.
public struct SourceText: Sendable {
    /// The decoded scalars, byte-order mark excluded.
    public let scalars: [Unicode.Scalar]
    /// Scalar offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// Indexes `text` for span lookups.
    public init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// Indexes already decoded scalars for span lookups.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        var index = 0
        let count = scalars.count
        while index < count {
            let value = scalars[index].value
            if value == 0x0A {
                starts.append(index + 1)
            } else if value == 0x0D {
                if index + 1 < count, scalars[index + 1].value == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        self.lineStarts = starts
    }

    /// Number of scalars in the text.
    public var count: Int { scalars.count }

    /// The 1-based line containing `offset` (offsets at the end belong to the last line).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The span of scalars `range`, with its line and column.
    public func span(_ range: Range<Int>) -> SourceSpan {
        let line = line(containing: range.lowerBound)
        return SourceSpan(
            offset: range.lowerBound,
            length: range.count,
            line: line,
            column: range.lowerBound - lineStarts[line - 1] + 1
        )
    }

    /// The scalar range of 1-based `line`, without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start, scalars[end - 1].value == 0x0A || scalars[end - 1].value == 0x0D { end -= 1 }
        return start..<end
    }

    /// The text of scalars `range`.
    public func string(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<scalars.count)
        guard !range.isEmpty else { return "" }
        return Self.string(scalars[range])
    }

    /// The text of `scalars`. Encoding the scalars straight into the string's storage is several
    /// times faster than appending them to a `String.UnicodeScalarView`, and labels, list items
    /// and excerpts are cut for every figure.
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard !scalars.isEmpty else { return "" }
        return scalars.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: source.count * 4) { target in
                var written = 0
                for scalar in source {
                    let value = scalar.value
                    if value < 0x80 {
                        target[written] = UInt8(value)
                        written += 1
                    } else if value < 0x800 {
                        target[written] = UInt8(0xC0 | (value >> 6))
                        target[written + 1] = UInt8(0x80 | (value & 0x3F))
                        written += 2
                    } else if value < 0x10000 {
                        target[written] = UInt8(0xE0 | (value >> 12))
                        target[written + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                        target[written + 2] = UInt8(0x80 | (value & 0x3F))
                        written += 3
                    } else {
                        target[written] = UInt8(0xF0 | (value >> 18))
                        target[written + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                        target[written + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                        target[written + 3] = UInt8(0x80 | (value & 0x3F))
                        written += 4
                    }
                }
                return written
            }
        }
    }

    /// The text of 1-based `line`, without its line break.
    public func lineText(_ line: Int) -> String { string(lineRange(line)) }
}
