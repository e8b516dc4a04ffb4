import AuditCore
import Extraction

/// Words looked for in figure labels, such as the change words of part-of and sum (比上年, 同比).
/// Most labels hold none of the scalars the words start with, so one pass over a label's scalars
/// spares the word searches.
struct LabelWords {
    /// The words.
    let words: [String]
    /// The scalars the words start with.
    private let firsts: ScalarFilter

    /// The words of a check's parameter; none when it is absent.
    init(_ words: [String]?) {
        self.words = words ?? []
        firsts = ScalarFilter(self.words.compactMap(\.unicodeScalars.first))
    }

    /// Whether any of the words occurs in the figure's label.
    func occur(in figure: Figure) -> Bool {
        !words.isEmpty && figure.label.unicodeScalars.contains(where: firsts.contains) && figure.labelContains(any: words)
    }
}
