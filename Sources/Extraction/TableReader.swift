import AuditCore
import Foundation

/// Reads CSV and TSV submissions: a header row, one record per row, an optional key column and
/// an optional total row. Every cell keeps its row, column and its line:column in the file, and
/// numeric cells (masked ones too) become figures named by their column.
public enum TableReader {
    /// How a table is read.
    public struct Options: Sendable {
        /// First-cell labels that mark the total row.
        public var totalLabels: [String]

        /// The defaults: 合计, 总计, 小计 and their traditional forms.
        public init(totalLabels: [String] = ["合计", "總計", "总计", "合計", "小计", "小計", "total", "Total", "TOTAL"]) {
            self.totalLabels = totalLabels
        }
    }

    /// File extensions read as tables.
    public static let extensions: Set<String> = ["csv", "tsv"]

    /// Parses `text` as a table, tab-separated when `tabs` is true.
    public static func read(_ text: SourceText, tabs: Bool, options: Options = Options()) -> ExtractedDocument {
        let rows = parseRows(text, separator: tabs ? "\t" : ",")
        guard let header = rows.first else { return ExtractedDocument(text: text, figures: [], nonFigures: []) }
        let columns = header.map { text.string($0.range).trimmingWhitespace() }
        var records: [TableRecord] = []
        var total: TableRecord?
        var figures: [Figure] = []
        for (rowIndex, fields) in rows.dropFirst().enumerated() where !fields.allSatisfy({ text.string($0.range).trimmingWhitespace().isEmpty }) {
            let rowNumber = rowIndex + 2
            var cells: [String: TableCell] = [:]
            var key: String?
            for (columnIndex, field) in fields.enumerated() where columnIndex < columns.count {
                let cellText = text.string(field.range)
                let figure = cellFigure(cellText, field: field.range, text: text, column: columns[columnIndex])
                if figure == nil, key == nil, !cellText.trimmingWhitespace().isEmpty { key = cellText.trimmingWhitespace() }
                if let figure { figures.append(figure) }
                cells[columns[columnIndex]] = TableCell(
                    column: columns[columnIndex], columnNumber: columnIndex + 1, text: cellText,
                    span: text.span(field.range), figure: figure
                )
            }
            let record = TableRecord(key: key, row: rowNumber, cells: cells)
            let first = fields.first.map { text.string($0.range).trimmingWhitespace().replacingOccurrences(of: " ", with: "") } ?? ""
            if options.totalLabels.contains(first) || (key.map { options.totalLabels.contains($0.replacingOccurrences(of: " ", with: "")) } ?? false) {
                total = record
            } else {
                records.append(record)
            }
        }
        let table = TableData(columns: columns, records: records, total: total)
        return ExtractedDocument(text: text, figures: figures, nonFigures: [], table: table)
    }

    /// A field: the scalar range of its content (inside quotes for a quoted field).
    struct Field {
        var range: Range<Int>
    }

    /// RFC 4180 rows: separator-delimited fields, double quotes with "" escapes, LF or CRLF rows.
    static func parseRows(_ text: SourceText, separator: Unicode.Scalar) -> [[Field]] {
        let scalars = text.scalars
        var rows: [[Field]] = []
        var row: [Field] = []
        var index = 0
        while index <= scalars.count {
            if index == scalars.count {
                if !row.isEmpty { rows.append(row) }
                break
            }
            var field: Field
            if scalars[index] == "\"" {
                let start = index + 1
                var end = start
                while end < scalars.count {
                    if scalars[end] == "\"" {
                        if end + 1 < scalars.count, scalars[end + 1] == "\"" { end += 2; continue }
                        break
                    }
                    end += 1
                }
                field = Field(range: start..<end)
                index = min(end + 1, scalars.count)
                while index < scalars.count, scalars[index] != separator, scalars[index] != "\n", scalars[index] != "\r" { index += 1 }
            } else {
                let start = index
                while index < scalars.count, scalars[index] != separator, scalars[index] != "\n", scalars[index] != "\r" { index += 1 }
                field = Field(range: start..<index)
            }
            row.append(field)
            if index < scalars.count, scalars[index] == separator {
                index += 1
                if index == scalars.count { row.append(Field(range: index..<index)) }
                continue
            }
            // End of a row.
            if index < scalars.count, scalars[index] == "\r" { index += 1 }
            if index < scalars.count, scalars[index] == "\n" { index += 1 }
            rows.append(row)
            row = []
            if index == scalars.count { break }
        }
        return rows
    }

    /// The figure a cell holds: the whole trimmed cell must be one figure ("1190", "22**", "1,234户").
    private static func cellFigure(_ cellText: String, field: Range<Int>, text: SourceText, column: String) -> Figure? {
        let cell = SourceText(cellText)
        guard let figure = FigureExtractor.extract(cell).figures.first(where: { !$0.missingNumber }) else { return nil }
        let trimmed = cellText.trimmingWhitespace()
        guard figure.text == trimmed || figure.text.hasPrefix(trimmed) || trimmed.hasPrefix(figure.text) && trimmed.count - figure.text.count <= 4 else {
            return nil
        }
        var shifted = figure
        let range = (field.lowerBound + figure.span.offset)..<(field.lowerBound + figure.span.end)
        shifted.span = text.span(range)
        shifted.clause = field
        shifted.sentence = field
        shifted.name = column
        shifted.label = column
        return shifted
    }
}
