import AuditCore

extension RuleSyntaxError {
    /// The line of `expression` the error is on, then a `^` under its column.
    ///
    /// The caret is indented by terminal width: CJK characters take two columns, tabs are copied so
    /// the caret lines up whatever the tab width.
    ///
    /// ```
    /// poor_persons <= rural_population +
    ///                                   ^
    /// ```
    public func caretDiagnostic(in expression: String) -> String {
        let text = SourceText(expression)
        let lineNumber = min(max(line, 1), text.lineStarts.count)
        let range = text.lineRange(lineNumber)
        let before = text.scalars[range.lowerBound..<min(range.lowerBound + column - 1, range.upperBound)]
        var indent = ""
        for scalar in before {
            if scalar == "\t" {
                indent += "\t"
            } else {
                indent += String(repeating: " ", count: CharacterClasses.terminalWidth(scalar))
            }
        }
        // An error past the end of the line (an unfinished rule) still gets its caret one column on.
        indent += String(repeating: " ", count: max(0, column - 1 - before.count))
        return text.string(range) + "\n" + indent + "^"
    }
}
