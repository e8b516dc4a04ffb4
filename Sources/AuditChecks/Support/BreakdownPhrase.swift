import AuditCore

/// The phrase that opens a sentence by naming a breakdown: 从构成看, 分货类看, 按地区划分. The
/// figures after it list the parts of the total heading the statement before.
struct BreakdownPhrase: Sendable {
    /// The words a phrase opens with (从, 分, 按), as scalars.
    let openers: [[Unicode.Scalar]]
    /// The words a phrase closes with (看, 划分), as scalars.
    let closers: [[Unicode.Scalar]]

    /// The phrase's words of a check's parameters; none when they are absent.
    init(openers: [String]?, closers: [String]?) {
        self.openers = (openers ?? []).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        self.closers = (closers ?? []).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    }

    /// Whether no phrase can be found.
    var isEmpty: Bool { openers.isEmpty || closers.isEmpty }

    /// Where the phrase ends, when the sentence's first clause (spaces aside, at most ten
    /// characters) is one; nil otherwise.
    func end(of sentence: Range<Int>, in scalars: [Unicode.Scalar]) -> Int? {
        var start = sentence.lowerBound
        while start < sentence.upperBound, scalars[start].properties.isWhitespace { start += 1 }
        guard openers.contains(where: { scalars[start...].starts(with: $0) }) else { return nil }
        var end = start
        while end < sentence.upperBound, end - start <= 10, !["，", ",", "：", ":"].contains(scalars[end]) { end += 1 }
        guard end < sentence.upperBound, end - start <= 10 else { return nil }
        let opening = scalars[start..<end]
        return closers.contains(where: { opening.count >= $0.count && opening.suffix($0.count).elementsEqual($0) }) ? end : nil
    }
}
