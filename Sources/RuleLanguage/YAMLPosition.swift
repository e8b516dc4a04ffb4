/// Maps a position inside a rule to the position in the YAML file the rule was written in.
///
/// A check file holds a rule as a YAML scalar, e.g. `rule: poor_persons <= rural_population`.
/// YAMLSource keeps each scalar's start mark (1-based line and column, in Unicode scalars). When the
/// scalar is plain and on one line, its text is the source verbatim, so the file position of
/// expression offset `k` is `(mark.line, mark.column + k)`. A quoted scalar on one line starts one
/// column later, after its quote, and its escapes (`''` in single quotes, `\"`, `\\`, `\xHH`,
/// `\uHHHH` … in double quotes) take more columns than the scalars they stand for; give the file's
/// line as `sourceLine` and they are counted exactly. Block scalars (`|`, `>`) and scalars that span
/// lines fold or strip characters, so for them the scalar's own mark is returned.
public enum RuleSourceMap {
    /// The file position of `offset` (in Unicode scalars, as in `RuleSyntaxError.offset`) inside a rule
    /// that YAML read as `scalarText` from the scalar starting at `mark`.
    ///
    /// - Parameters:
    ///   - plain: whether the scalar was plain (unquoted), as `YAMLValue.scalar(_, plain:)` says.
    ///   - sourceLine: the file's line `mark.line`, without its line break. Without it a non-plain
    ///     scalar is taken to be quoted with no escapes before `offset`, and a plain one to be on one line.
    public static func position(
        ofOffset offset: Int, inScalarAt mark: (line: Int, column: Int), scalarText: String, plain: Bool,
        sourceLine: String? = nil
    ) -> (line: Int, column: Int) {
        let scalars = Array(scalarText.unicodeScalars)
        if scalars.contains(where: { $0 == "\n" || $0 == "\r" }) { return mark }
        let target = min(max(offset, 0), scalars.count)
        guard let sourceLine else {
            return (mark.line, mark.column + (plain ? 0 : 1) + target)
        }
        let line = Array(sourceLine.unicodeScalars)
        let start = mark.column - 1
        guard start >= 0, start < line.count else { return mark }
        if plain {
            // A plain scalar folded from several lines no longer matches its first line.
            guard start + scalars.count <= line.count, Array(line[start..<(start + scalars.count)]) == scalars else { return mark }
            return (mark.line, mark.column + target)
        }
        guard let raw = rawOffset(of: target, quotedFrom: start, in: line) else { return mark }
        return (mark.line, raw + 1)
    }

    /// The 0-based index in `line` of decoded scalar `target` of the quoted scalar whose quote is at `quote`,
    /// or nil when the line holds no such quoted scalar (a block scalar, or one that continues on the next line).
    private static func rawOffset(of target: Int, quotedFrom quoteIndex: Int, in line: [Unicode.Scalar]) -> Int? {
        let quote = line[quoteIndex]
        guard quote == "'" || quote == "\"" else { return nil }
        var raw = quoteIndex + 1
        var decoded = 0
        while decoded < target {
            guard raw < line.count else { return nil }
            let scalar = line[raw]
            if quote == "'", scalar == "'" {
                guard raw + 1 < line.count, line[raw + 1] == "'" else { return nil }
                raw += 2
            } else if quote == "\"", scalar == "\"" {
                return nil
            } else if quote == "\"", scalar == "\\" {
                guard raw + 1 < line.count else { return nil }
                switch line[raw + 1] {
                case "x": raw += 4
                case "u": raw += 6
                case "U": raw += 10
                default: raw += 2
                }
            } else {
                raw += 1
            }
            decoded += 1
        }
        return raw
    }
}

extension RuleSyntaxError {
    /// Where the error is in the YAML file, for a rule read from the scalar starting at `mark`;
    /// see `RuleSourceMap.position(ofOffset:inScalarAt:scalarText:plain:sourceLine:)`.
    public func position(
        inScalarAt mark: (line: Int, column: Int), scalarText: String, plain: Bool, sourceLine: String? = nil
    ) -> (line: Int, column: Int) {
        RuleSourceMap.position(ofOffset: offset, inScalarAt: mark, scalarText: scalarText, plain: plain, sourceLine: sourceLine)
    }
}
