/// Escaping shared by the HTML and XML renderers.
enum Markup {
    /// `text` with `& < > " '` replaced by character references and the code points XML 1.0 forbids
    /// replaced by U+FFFD, so it is safe in element content and in quoted attribute values alike.
    ///
    /// Tabs and line breaks are kept as they are, which is right for element content.
    static func escape(_ text: String) -> String {
        escape(text, keepingWhitespace: true)
    }

    /// `text` escaped for a double- or single-quoted attribute value, with tabs and line breaks as
    /// character references so that parsers do not normalise them to spaces.
    static func attribute(_ text: String) -> String {
        escape(text, keepingWhitespace: false)
    }

    private static func escape(_ text: String, keepingWhitespace: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r":
                if keepingWhitespace {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "&#\(scalar.value);"
                }
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Whether XML 1.0 allows `scalar` at all (HTML parsers would keep C0 controls and non-characters
    /// but show them as garbage, so both renderers drop them alike).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
