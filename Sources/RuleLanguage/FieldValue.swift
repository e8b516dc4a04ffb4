import AuditCore
import Foundation

/// Where a value was read: a place in a file, a cell of a table, or both. Every part is optional
/// and 1-based; nothing is invented when the source does not say.
public struct FieldLocation: Hashable, Sendable {
    /// Line in the source file.
    public var line: Int?
    /// Column in the source file, in Unicode scalars.
    public var column: Int?
    /// Data row of a table (the header is not counted).
    public var row: Int?
    /// Column of a table.
    public var columnIndex: Int?

    /// Creates a location from whichever coordinates are known.
    public init(line: Int? = nil, column: Int? = nil, row: Int? = nil, columnIndex: Int? = nil) {
        self.line = line
        self.column = column
        self.row = row
        self.columnIndex = columnIndex
    }
}

/// The value of one named field: the interval of values it allows, as written, and where.
public struct FieldValue: Hashable, Sendable {
    /// The values it allows; nil when the text is not a number (a town name, a note), which a
    /// rule can group by but not compute with.
    public var interval: Interval?
    /// The text as written, e.g. `6500余` or `城关镇`.
    public var text: String?
    /// Where it was read.
    public var location: FieldLocation?

    /// A number (or an interval of numbers) with its text and place.
    public init(_ interval: Interval, text: String? = nil, location: FieldLocation? = nil) {
        self.interval = interval
        self.text = text
        self.location = location
    }

    /// A text that is not a number.
    public init(text: String, location: FieldLocation? = nil) {
        self.interval = nil
        self.text = text
        self.location = location
    }

    /// An exact number.
    public static func exactly(_ value: Decimal, location: FieldLocation? = nil) -> FieldValue {
        FieldValue(.exactly(value), location: location)
    }

    /// The text a report shows: as written when known, else the interval.
    public var shown: String {
        if let text { return text }
        return interval.map(DisplayFormat.interval) ?? ""
    }
}

/// Where a record was read: a line of a file, a data row of a table.
public struct RecordLocation: Hashable, Sendable {
    /// 1-based line in the source file.
    public var line: Int?
    /// 1-based data row (the header is not counted).
    public var row: Int?

    /// Creates a location from whichever coordinates are known.
    public init(line: Int? = nil, row: Int? = nil) {
        self.line = line
        self.row = row
    }

    /// `row 3`, `line 7`, or nil when neither is known.
    var label: String? {
        if let row { return "row \(row)" }
        if let line { return "line \(line)" }
        return nil
    }
}

/// One record of a dataset: a table row, or the total row.
public struct RuleRecord: Hashable, Sendable {
    /// The record's fields by name; a blank cell is simply absent.
    public var fields: [String: FieldValue]
    /// Where the record was read.
    public var location: RecordLocation?

    /// Creates a record.
    public init(fields: [String: FieldValue], location: RecordLocation? = nil) {
        self.fields = fields
        self.location = location
    }
}

/// What rules are evaluated over: the records of a table, its total row, and document-level figures.
public struct RuleDataset: Hashable, Sendable {
    /// The records (data rows), in order; a rule's outcomes refer to them by index.
    public var records: [RuleRecord]
    /// The total row, referred to as `total.<name>`.
    public var total: RuleRecord?
    /// Named figures of the document (a figure file's entries), used when no record field has the name.
    public var scalars: [String: FieldValue]
    /// Declared column names (a table's header), so a column whose cells are all blank still counts
    /// as a record field; the names found in the records count in any case.
    public var columns: [String]

    /// Creates a dataset.
    public init(records: [RuleRecord] = [], total: RuleRecord? = nil, scalars: [String: FieldValue] = [:], columns: [String] = []) {
        self.records = records
        self.total = total
        self.scalars = scalars
        self.columns = columns
    }

    /// The declared columns and every field name of a record.
    public var columnNames: Set<String> {
        var names = Set(columns)
        for record in records { names.formUnion(record.fields.keys) }
        return names
    }
}
