extension SourceText {
    /// The sentence around `span` on its line, cut to `radius` scalars either side of it.
    ///
    /// Sentence ends are 。！？!?； and line breaks, so an excerpt shows the figure's own statement.
    public func excerpt(around span: SourceSpan, radius: Int = 40) -> String {
        // Figures loaded from a figure file may come without their text.
        guard span.end <= count else { return "" }
        let line = lineRange(line(containing: span.offset))
        var start = span.offset
        while start > line.lowerBound, span.offset - start < radius, !Self.isSentenceEnd(scalars[start - 1]) {
            start -= 1
        }
        var end = min(span.end, line.upperBound)
        while end < line.upperBound, end - span.end < radius, !Self.isSentenceEnd(scalars[end]) {
            end += 1
        }
        if end < line.upperBound, Self.isSentenceEnd(scalars[end]) { end += 1 }
        // Trimmed by position, as trimmingWhitespace() would trim the text, so one String is built.
        end = max(end, start)
        while start < end, scalars[start].isSpace { start += 1 }
        while end > start, scalars[end - 1].isSpace { end -= 1 }
        return string(start..<end)
    }

    /// Whether `scalar` ends a sentence.
    public static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "；", ";", "\n", "\r": true
        default: false
        }
    }
}

extension String {
    /// The string without leading and trailing white space (ASCII and ideographic).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// Whether the scalar has the Unicode White_Space property, decided without the property
    /// tables: scanners ask at every position, where the table lookup showed in profiles.
    @inline(__always)
    public var isSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension String {
    /// Whether `word` occurs in the string, compared scalar for scalar (as UTF-8 bytes).
    ///
    /// Foundation's `contains` goes through CFString and compares canonically equivalent forms;
    /// labels and cue words need exact matches, and this is many times faster.
    public func containsText(_ word: String) -> Bool {
        if word.isEmpty { return true }
        var text = self
        var word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard needle.count <= haystack.count else { return false }
                let first = needle[0]
                search: for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    for offset in 1..<needle.count where haystack[start + offset] != needle[offset] { continue search }
                    return true
                }
                return false
            }
        }
    }
}
