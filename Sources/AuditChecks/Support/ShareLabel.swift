import AuditCore

/// How the label of a share reads: what it counts and what it is a share of.
///
/// "汉族占" is the share of 汉族 in a whole the sentence does not name; "占地区生产总值的比重为" is a
/// share of 地区生产总值 whose subject is the figure before it; "一产比重" is a share of 一产.
enum ShareLabel {
    /// The subject and the whole of a share's label, or nil when the label names no share.
    ///
    /// `shareWords` stand before the whole (占), and `shareNames` end a share's label (比重, 占比).
    static func split(_ label: String, shareWords: [String], shareNames: [String]) -> (subject: String, whole: String)? {
        let scalars = Array(label.unicodeScalars)
        for word in shareWords {
            guard let position = ScalarSearch.lastIndex(of: Array(word.unicodeScalars), in: scalars) else { continue }
            let subject = String(String.UnicodeScalarView(scalars[..<position]))
            var whole = String(String.UnicodeScalarView(scalars[(position + word.unicodeScalars.count)...]))
            // "占比45.0%": the share word opens a share name, and no whole follows it.
            if shareNames.contains(word + whole) { return (subject, "") }
            for name in shareNames where whole.hasSuffix(name) { whole.removeLast(name.count) }
            // 之 marks the whole in formal writing as 的 does (占火災總數之42.7%).
            if whole.hasSuffix("的") || whole.hasSuffix("之") { whole.removeLast() }
            return (subject, whole)
        }
        for name in shareNames where label.hasSuffix(name) {
            var subject = String(label.dropLast(name.count))
            if subject.hasSuffix("的") || subject.hasSuffix("之") { subject.removeLast() }
            return (subject, "")
        }
        return nil
    }

    /// `text` without `words` at its start (or its end), dropped as often as they occur.
    static func trimmed(_ text: String, dropping words: [String], fromEnd: Bool) -> String {
        var text = text
        var changed = true
        while changed {
            changed = false
            for word in words where !word.isEmpty && (fromEnd ? text.hasSuffix(word) : text.hasPrefix(word)) {
                if fromEnd { text.removeLast(word.count) } else { text.removeFirst(word.count) }
                changed = true
            }
        }
        return text
    }

    /// Whether a figure is a percentage written with % that has a lower bound.
    static func isWrittenPercent(_ figure: Figure) -> Bool {
        guard figure.dimension == .percent, !figure.missingNumber, !figure.masked, figure.interval?.lower != nil,
              let written = figure.unit?.written else { return false }
        return written == "%" || written == "％"
    }
}
