/// A table submitted as data (CSV or TSV): a header, records, and an optional total row.
public struct TableData: Sendable {
    /// Column names from the header row, in order.
    public var columns: [String]
    /// The data rows, in order, without the total row.
    public var records: [TableRecord]
    /// The row labelled 合计/总计/小计, if the table has one.
    public var total: TableRecord?

    /// Creates a table.
    public init(columns: [String], records: [TableRecord], total: TableRecord?) {
        self.columns = columns
        self.records = records
        self.total = total
    }
}

/// One row of a table.
public struct TableRecord: Sendable {
    /// The row's key (the value of its key column), if it has one.
    public var key: String?
    /// 1-based row number in the file, the header being row 1.
    public var row: Int
    /// The cells, by column name.
    public var cells: [String: TableCell]

    /// Creates a record.
    public init(key: String?, row: Int, cells: [String: TableCell]) {
        self.key = key
        self.row = row
        self.cells = cells
    }
}

/// One cell: its text and place, and its value when it holds a number.
public struct TableCell: Sendable {
    /// The column name.
    public var column: String
    /// 1-based column number.
    public var columnNumber: Int
    /// The cell text, without surrounding quotes.
    public var text: String
    /// Where the text is in the file.
    public var span: SourceSpan
    /// The figure the cell holds, if it holds a number (possibly masked).
    public var figure: Figure?

    /// Creates a cell.
    public init(column: String, columnNumber: Int, text: String, span: SourceSpan, figure: Figure?) {
        self.column = column
        self.columnNumber = columnNumber
        self.text = text
        self.span = span
        self.figure = figure
    }
}
