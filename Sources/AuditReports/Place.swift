import AuditCore

/// The one place where a span becomes `path:line:column`, and where a span's end is worked out.
enum Place {
    /// `path:line:column`, or just `path` for a finding about the whole document (no invented `:1:1`).
    static func describe(path: String, span: SourceSpan?) -> String {
        guard let span else { return path }
        return "\(path):\(span.line):\(span.column)"
    }

    /// `line:column`, or `whole document` when there is no span.
    static func lineColumn(_ span: SourceSpan?) -> String {
        guard let span else { return "whole document" }
        return "\(span.line):\(span.column)"
    }

    /// Whether `span` lies inside `text` (figure files may carry spans into text they do not include).
    static func isInside(_ span: SourceSpan, _ text: SourceText) -> Bool {
        span.offset >= 0 && span.length >= 0 && span.end <= text.count
    }

    /// The 1-based line and exclusive end column of `span`: found in `text` when the span lies in it
    /// (so a span across a line break ends on its own line), else `column + length` on its first line.
    static func end(of span: SourceSpan, in text: SourceText) -> (line: Int, column: Int) {
        guard isInside(span, text), span.length > 0 else { return (span.line, span.column + max(span.length, 0)) }
        let line = text.line(containing: span.end)
        // An end right after a line break belongs to the end of the line it breaks.
        let lastLine = text.line(containing: span.end - 1)
        if line != lastLine {
            let range = text.lineRange(lastLine)
            return (lastLine, min(span.end, range.upperBound) - range.lowerBound + 1)
        }
        let range = text.lineRange(line)
        return (line, min(span.end, range.upperBound) - range.lowerBound + 1)
    }
}
