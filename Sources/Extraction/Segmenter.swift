import AuditCore

/// Splits text into sentences and clauses, the scopes in which figures relate to each other.
///
/// Sentences end at 。！？!?；; and at line breaks that end a statement. Text extracted from PDFs
/// breaks lines inside sentences, so a break continues the sentence when its line is long and
/// ends in no punctuation; short lines (headings, captions) always end.
public enum Segmenter {
    /// The minimum line length, in scalars, for a line break to be read as a wrap inside a sentence.
    static let wrapLineLength = 24

    /// Scalar ranges of the sentences of `text`, in order, covering it without gaps.
    public static func sentences(_ text: SourceText) -> [Range<Int>] {
        let scalars = text.scalars
        var result: [Range<Int>] = []
        var start = 0
        var lineStart = 0
        var wrapping = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                let last = lastNonSpace(scalars, lineStart..<index)
                var next = index + 1
                if scalar == "\r", next < scalars.count, scalars[next] == "\n" { next += 1 }
                if let last {
                    // A long line that ends mid-statement wraps; blank lines after it keep the wrap.
                    wrapping = last - lineStart + 1 >= wrapLineLength
                        && !isSentenceEnd(scalars[last]) && !isClosingQuote(scalars[last])
                }
                if !wrapping {
                    if start < next { result.append(start..<next) }
                    start = next
                }
                lineStart = next
                index = next
                continue
            }
            if isSentenceEnd(scalar) {
                var end = index + 1
                while end < scalars.count, isClosingQuote(scalars[end]) { end += 1 }
                result.append(start..<end)
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < scalars.count { result.append(start..<scalars.count) }
        return result
    }

    /// Scalar ranges of the clauses of `sentence`: split at commas, semicolons and colons.
    public static func clauses(_ text: SourceText, in sentence: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Most sentences have a few clauses: room for them up front, not regrown one by one.
        result.reserveCapacity(8)
        var start = sentence.lowerBound
        var depth = 0
        let scalars = text.scalars
        for index in sentence {
            let scalar = scalars[index]
            if scalar == "(" || scalar == "（" { depth += 1 }
            if scalar == ")" || scalar == "）" { depth = max(0, depth - 1) }
            if isClauseEnd(scalar), depth == 0 || scalar == "：" || scalar == ":" {
                // A comma inside a number ("1,234") is not a clause end.
                if scalar == "," || scalar == "，", index > sentence.lowerBound, index + 3 < sentence.upperBound,
                   isDigit(scalars[index - 1]), (1...3).allSatisfy({ isDigit(scalars[index + $0]) }),
                   index + 4 >= sentence.upperBound || !isDigit(scalars[index + 4]) {
                    continue
                }
                result.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < sentence.upperBound { result.append(start..<sentence.upperBound) }
        return result
    }

    /// Whether `scalar` ends a sentence.
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "；", ";": true
        default: false
        }
    }

    /// Whether `scalar` ends a clause within a sentence.
    static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "：", ":", "；", ";": true
        default: false
        }
    }

    static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "’", "」", "』", "\"", ")", "）": true
        default: false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    private static func lastNonSpace(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        range.reversed().first { !scalars[$0].isSpace }
    }
}
