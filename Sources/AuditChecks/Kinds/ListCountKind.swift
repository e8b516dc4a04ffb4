import AuditCore
import Extraction

/// An enumeration of names whose stated count disagrees with it.
///
/// ## What it checks
/// Names separated by 、 and followed by a count ("乐甫、雷弄、冷水箐3个贫困村"): the number of
/// names must equal the count. After 等 ("etc.") the list may be shorter than the count, never
/// longer. A conjunction (和, 及, 与) inside the last item adds one name.
///
/// ## Why it matters
/// A count that disagrees with its own list means a name was dropped or the number was not
/// updated when the list changed.
///
/// ## Example
/// "乐甫、雷弄3个贫困村出列" names two villages but counts three.
public enum ListCountKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Which counts follow a list; counts of things and persons when absent.
        public var select: FigureSelector?
        /// Separators between names; 、 when absent.
        public var separators: [String]?
        /// Words that join the last two names.
        public var conjunctions: [String]?
        /// Words after a list that mean it is not exhaustive.
        public var etcWords: [String]?
        /// The longest name, in characters; 8 when absent.
        public var maxItem: Int?
        /// The longest last item, which may carry a suffix ("小龙潭行政村内就近集中安置点"); 16 when absent.
        public var maxLastItem: Int?

        enum CodingKeys: String, CodingKey {
            case select, separators, conjunctions
            case etcWords = "etc-words"
            case maxItem = "max-item"
            case maxLastItem = "max-last-item"
        }
    }

    /// Counts the names before each count figure and compares.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let scalars = input.extracted.text.scalars
        // One or two separators: a linear search beats hashing every scalar of the scan back.
        let separators = (parameters.separators ?? ["、"]).compactMap { $0.unicodeScalars.first }
        var results = KindResults()
        let figures = input.extracted.figures
        // Fields are read in place; a figure is copied only when a list comes before it.
        for index in figures.indices where !figures[index].missingNumber && figures[index].qualifier == .exact {
            guard let value = figures[index].value, value > 0, figures[index].span.end <= scalars.count else { continue }
            let selected = parameters.select?.selects(figures[index])
                ?? [.count, .persons, .households].contains { $0 == figures[index].dimension }
            guard selected else { continue }
            // Most figures follow no list: look for one before turning the value into an integer.
            guard let list = enumerate(scalars, before: figures[index].span.offset, separators: separators, parameters: parameters),
                  let count = Int(Show.plain(value)) else { continue }
            let figure = figures[index]
            let names = list.items
            let shown = list.items.count
            let variables = ["text": figure.text, "names": "\(shown)", "count": "\(count)", "list": list.text]
            let arithmetic = "\(shown) names listed, \(count) stated\(list.etc ? " (list ends in 等)" : "")"
            let span = input.extracted.text.span(list.start..<figure.span.end)
            // "新建、续建、前期项目26项" lists kinds, not the counted things: a count far above the list counts something else.
            if names.count < count, count > 2 * names.count { continue }
            if names.count == count {
                results.verified.append(VerificationDraft(span: figure.span, message: "\(shown) names listed, \(figure.text) stated", arithmetic: arithmetic))
            } else if names.count > count || !list.etc {
                results.findings.append(FindingDraft(
                    span: figure.span, variables: variables, severity: names.count > count ? nil : .warning,
                    related: [span], arithmetic: arithmetic, subject: figure.text + " " + list.text
                ))
            }
        }
        return results
    }

    struct Enumeration {
        var items: [String]
        var etc: Bool
        var start: Int
        var text: String
    }

    /// The 、-separated names right before `end`, or nil when there is no such list.
    static func enumerate(_ scalars: [Unicode.Scalar], before end: Int, separators: [Unicode.Scalar], parameters: Parameters) -> Enumeration? {
        var position = end
        func skipSpaces() { while position > 0, scalars[position - 1].isSpace { position -= 1 } }
        skipSpaces()
        var etc = false
        for word in parameters.etcWords ?? ["等"] {
            let length = word.unicodeScalars.count
            if position >= length, UnitLexicon.matchesWord(word, scalars, at: position - length) {
                etc = true
                position -= length
                skipSpaces()
                break
            }
        }
        var items: [String] = []
        var limit = parameters.maxLastItem ?? 16
        var start = position
        while true {
            var itemStart = position
            while itemStart > 0, position - itemStart < limit + 1 {
                let scalar = scalars[itemStart - 1]
                if separators.contains(scalar) || isStop(scalar) { break }
                itemStart -= 1
            }
            let atSeparator = itemStart > 0 && separators.contains(scalars[itemStart - 1])
            // A list has at least two names: without a separator before the first one there is none,
            // and most figures end here, before any string is built.
            if items.isEmpty && !atSeparator { return nil }
            // Trimmed by position, so the item's String is built once.
            var itemEnd = position
            var trimmedStart = itemStart
            while trimmedStart < itemEnd, scalars[trimmedStart].isSpace { trimmedStart += 1 }
            while itemEnd > trimmedStart, scalars[itemEnd - 1].isSpace { itemEnd -= 1 }
            if trimmedStart == itemEnd || scalars[trimmedStart..<itemEnd].contains(where: { ("0"..."9").contains($0) }) { return nil }
            let item = SourceText.string(scalars[trimmedStart..<itemEnd])
            // An item that follows a number belongs to a list of figures ("培训800人、引导性培训200人"), not of names.
            if itemStart > 0, ("0"..."9").contains(scalars[itemStart - 1]) || ("０"..."９").contains(scalars[itemStart - 1]) { return nil }
            items.append(item)
            start = itemStart
            guard atSeparator else { break }
            position = itemStart - 1
            limit = parameters.maxItem ?? 8
        }
        guard items.count >= 2 else { return nil }
        // "生态建设等项目166个": 等 inside the last item ends the names, and the count counts what follows it.
        if !etc, let last = items.first, (parameters.etcWords ?? ["等"]).contains(where: { last.containsText($0) }) { etc = true }
        let conjunctions = parameters.conjunctions ?? ["和", "及", "与", "與", "以及"]
        if let last = items.first.map({ Array($0.unicodeScalars) }), conjunctions.contains(where: { word in
            // The word's first occurrence must stand between two names, not at either end.
            let word = Array(word.unicodeScalars)
            guard let at = ScalarSearch.firstIndex(of: word, in: last) else { return false }
            return at != 0 && at + word.count != last.count
        }) {
            items.append("")
        }
        return Enumeration(items: items, etc: etc, start: start, text: SourceText.string(scalars[start..<end]))
    }

    private static func isStop(_ scalar: Unicode.Scalar) -> Bool {
        ["，", ",", "。", "；", ";", "：", ":", "！", "？", "\n", "\r", "(", "（", ")", "）", "“", "”", "《", "》"].contains(scalar)
            || ("0"..."9").contains(scalar)
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A list of names followed by a count (乐甫、雷弄、冷水箐3个贫困村) agrees with the count.",
        whyItMatters: "A count that disagrees with its own list means a name was dropped or the number was not updated.",
        defaultMessage: "{names} names are listed before '{text}', which counts {count}",
        placeholders: ["text", "names", "count", "list"]
    )
}
