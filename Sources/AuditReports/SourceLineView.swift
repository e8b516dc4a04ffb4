import AuditCore

/// A window of one source line around a span, for showing a finding in context.
struct SourceLineView {
    /// The text before the span, possibly starting with "…".
    var before: String
    /// The spanned text (cut at the end of the line).
    var flagged: String
    /// The text after the span, possibly ending with "…".
    var after: String

    /// Cuts the line of `span` to about `radius` scalars either side of it.
    init(text: SourceText, span: SourceSpan, radius: Int = 30) {
        let line = text.lineRange(span.line)
        let start = max(line.lowerBound, span.offset - radius)
        let flaggedEnd = min(span.end, line.upperBound)
        let end = min(line.upperBound, flaggedEnd + radius)
        before = (start > line.lowerBound ? "…" : "") + text.string(start..<span.offset)
        flagged = text.string(span.offset..<max(flaggedEnd, span.offset))
        after = text.string(flaggedEnd..<end) + (end < line.upperBound ? "…" : "")
    }
}

/// Terminal display width of text: East Asian wide and full-width characters take two columns.
enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// The number of terminal columns `scalar` occupies.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
