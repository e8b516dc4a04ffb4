/// A place in a document's decoded text: offset and length in Unicode scalars, line and column 1-based.
///
/// The offset counts scalars from the start of the decoded text with any byte-order mark excluded,
/// so that `text[offset..<offset+length]` (in scalars) is exactly the spanned text.
public struct SourceSpan: Hashable, Sendable, Codable, Comparable {
    /// Scalars from the start of the text to the first scalar of the span.
    public var offset: Int
    /// Number of scalars in the span.
    public var length: Int
    /// 1-based line of the first scalar.
    public var line: Int
    /// 1-based column of the first scalar, counted in Unicode scalars.
    public var column: Int

    /// Creates a span from its four coordinates.
    public init(offset: Int, length: Int, line: Int, column: Int) {
        self.offset = offset
        self.length = length
        self.line = line
        self.column = column
    }

    /// The scalar offset one past the end of the span.
    public var end: Int { offset + length }

    /// The half-open range of scalar offsets the span covers.
    public var range: Range<Int> { offset..<end }

    /// Orders spans by position, shorter first when they start together.
    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.offset, lhs.length) < (rhs.offset, rhs.length)
    }
}
