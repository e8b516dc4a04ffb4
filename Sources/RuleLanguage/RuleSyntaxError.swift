import AuditCore

/// A rule (or tolerance) that cannot be read, located inside the text it came from.
///
/// `offset` counts Unicode scalars from the start of the expression; `line` and `column` are 1-based,
/// the column also counted in scalars. Errors at the end of the text point just past its last token.
public struct RuleSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, as a value; `message` renders it.
    public var problem: RuleProblem
    /// Scalars from the start of the expression to the place the error is about.
    public var offset: Int
    /// Number of scalars the error is about (at least 1 unless at the very end).
    public var length: Int
    /// 1-based line inside the expression.
    public var line: Int
    /// 1-based column inside the expression, counted in Unicode scalars.
    public var column: Int

    /// Creates an error about scalars `range` of `text`.
    init(_ problem: RuleProblem, at range: Range<Int>, in text: SourceText) {
        let span = text.span(range)
        self.problem = problem
        self.offset = span.offset
        self.length = span.length
        self.line = span.line
        self.column = span.column
    }

    /// Creates an error from explicit coordinates.
    public init(_ problem: RuleProblem, offset: Int, length: Int = 1, line: Int, column: Int) {
        self.problem = problem
        self.offset = offset
        self.length = length
        self.line = line
        self.column = column
    }

    /// The message, e.g. `expected an expression after '+'`.
    public var message: String { problem.message }

    /// `line:column: message`, e.g. `1:34: expected an expression after '+'`.
    public var description: String { "\(line):\(column): \(message)" }
}
