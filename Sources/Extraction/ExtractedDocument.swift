import AuditCore

/// A document's text with the figures and non-figures found in it.
public struct ExtractedDocument: Sendable {
    /// The decoded text.
    public var text: SourceText
    /// The figures, in text order.
    public var figures: [Figure]
    /// Numbers that are not figures (years, dates, list markers...), in text order.
    public var nonFigures: [NonFigure]
    /// The records of a document submitted as a table, for rules over named fields.
    public var table: TableData?

    /// Creates an extracted document.
    public init(text: SourceText, figures: [Figure], nonFigures: [NonFigure], table: TableData? = nil) {
        self.text = text
        self.figures = figures
        self.nonFigures = nonFigures
        self.table = table
    }
}
