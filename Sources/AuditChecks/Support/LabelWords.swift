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

/// Verbs that, as a figure's whole label ("与2010年相比，减少15866人"), make it a change. Most
/// labels end in a scalar no verb ends in, so that one test spares the comparison.
struct VerbLabels: Sendable {
    /// The verbs' scalars.
    private let verbs: [[Unicode.Scalar]]
    /// The scalars the verbs end with.
    private let lasts: Set<Unicode.Scalar>

    /// The verbs of a check's parameter; none when it is absent.
    init(_ words: [String]?) {
        verbs = (words ?? []).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        lasts = Set(verbs.map { $0.last! })
    }

    /// Whether the label is one of the verbs, with a 了 after it and spaces around it allowed.
    func isWholeLabel(of figure: Figure) -> Bool {
        guard !verbs.isEmpty, figure.label.utf8.count <= 16 else { return false }
        // The last scalar first, read in place: most labels end in none of the verbs' last scalars.
        guard let last = figure.label.unicodeScalars.last(where: { !$0.isSpace && $0 != "了" }), lasts.contains(last)
        else { return false }
        var scalars = Array(figure.label.unicodeScalars.filter { !$0.isSpace })
        if scalars.last == "了" { scalars.removeLast() }
        return verbs.contains(scalars)
    }
}
