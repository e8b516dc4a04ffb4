import AuditCore
import Extraction
import Foundation

/// A table written as lines of a text whose rows do not add up to its total row.
///
/// ## What it checks
/// Reports often set a small table as lines: a name, then one or more numbers, separated by a tab,
/// a full-width space or two spaces ("港島東聯網　248"), closed by a total row ("合計　1,912").
/// Consecutive such lines with as many numbers each make a table, and a line of names right above
/// them names its columns. Each column's rows must add up to the total row's cell, as intervals.
/// Columns of rates or shares (率, %) are left out, and so is a table with a subtotal inside.
///
/// ## Why it matters
/// A table set in the text is typed by hand, and is read for its total; a row missing, counted
/// twice or mistyped shows only in the sum.
///
/// ## Example
/// Seven clusters' 248, 236, 262, 221, 398, 305 and 252 add up to 1,922, but 合計 says 1,912.
public enum LineTableKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Row names that mark the total row (合计, 總計).
        public var totalLabels: [String]
        /// Row names that mark a subtotal (小计): a table holding one inside is left out.
        public var subtotalLabels: [String]?
        /// The fewest rows above the total row; 2 when absent.
        public var minRows: Int?
        /// Words of a column's name that make it an average or a per-unit value, which rows do not
        /// add up to (人均, 平均, 每). None when absent.
        public var averageWords: [String]?
        /// Words of a column's name that make it an average per period (日均, 每日), which rows of
        /// parts add up to (tunnels, plants); over rows of periods its total is an average of the
        /// rows, which `totalIsAverage` tells. None when absent.
        public var periodAverageWords: [String]?

        enum CodingKeys: String, CodingKey {
            case totalLabels = "total-labels"
            case subtotalLabels = "subtotal-labels"
            case minRows = "min-rows"
            case averageWords = "average-words"
            case periodAverageWords = "period-average-words"
        }
    }

    /// A table needs a row above its total.
    public static func validate(_ parameters: Parameters) -> [String] {
        (parameters.minRows ?? 2) < 1 ? ["'min-rows' must be at least 1"] : []
    }

    /// One line read as a row: its name and the figure of each of its number cells.
    struct Row {
        var line: Int
        var name: String
        var cells: [Int]
    }

    /// Sums every column of every table set as lines, and compares it with the total row.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let text = input.extracted.text
        let figures = input.extracted.figures
        guard input.extracted.table == nil, !figures.isEmpty else { return KindResults() }
        var results = KindResults()
        let scalars = text.scalars
        // Rows, from the lines whose last figure ends the line and whose first follows a separator:
        // most lines are prose, and that test spares cutting them into cells.
        var rows: [Row] = []
        var first = 0
        while first < figures.count {
            let line = figures[first].span.line
            var next = first + 1
            while next < figures.count, figures[next].span.line == line { next += 1 }
            defer { first = next }
            let range = text.lineRange(line)
            var end = range.upperBound
            while end > range.lowerBound, scalars[end - 1].isSpace { end -= 1 }
            guard figures[next - 1].span.end == end,
                  let row = Self.row(line: line, cells: Self.cells(of: range, in: scalars), figures: Array(first..<next), in: input.extracted)
            else { continue }
            rows.append(row)
        }
        // Blocks: rows on consecutive lines with as many numbers each.
        var blockStart = 0
        for index in rows.indices {
            let endsBlock = index + 1 == rows.count || rows[index + 1].line != rows[index].line + 1
                || rows[index + 1].cells.count != rows[index].cells.count
            guard endsBlock else { continue }
            let block = Array(rows[blockStart...index])
            blockStart = index + 1
            // A line of two or more names, none holding a digit, right above names the columns.
            let above = block[0].line - 1
            var header: [String]?
            if above >= 1 {
                let names = Self.cells(of: text.lineRange(above), in: scalars).map { text.string($0) }
                if names.count >= 2, !names.contains(where: { $0.unicodeScalars.contains { ("0"..."9").contains($0) } }) { header = names }
            }
            judge(block, header: header, input: input, parameters: parameters, into: &results)
        }
        return results
    }

    /// The cells of a line: runs of text between tabs, full-width spaces or two or more spaces.
    static func cells(of line: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var position = line.lowerBound
        while position < line.upperBound {
            while position < line.upperBound, scalars[position].isSpace { position += 1 }
            guard position < line.upperBound else { break }
            let start = position
            while position < line.upperBound {
                let scalar = scalars[position]
                if scalar == "\t" || scalar == "\u{3000}" || scalar == "\r" || scalar == "\n" { break }
                if scalar == " ", position + 1 < line.upperBound, scalars[position + 1].isSpace { break }
                position += 1
            }
            var end = position
            while end > start, scalars[end - 1].isSpace { end -= 1 }
            cells.append(start..<end)
        }
        return cells
    }

    /// The line as a row: a first cell of words with no figure, then cells that are each one
    /// figure and nothing else. Nil for any other line.
    static func row(line: Int, cells: [Range<Int>], figures lineFigures: [Int], in extracted: ExtractedDocument) -> Row? {
        guard cells.count >= 2 else { return nil }
        let figures = extracted.figures
        // A name may hold numbers of its own (1号机组, 0－14歲): figures inside it are no cells.
        let lineFigures = lineFigures.filter { figures[$0].span.offset >= cells[0].upperBound }
        guard lineFigures.count == cells.count - 1 else { return nil }
        for (cell, index) in zip(cells.dropFirst(), lineFigures) {
            let span = figures[index].span
            guard span.offset == cell.lowerBound, span.end == cell.upperBound, figures[index].interval != nil else { return nil }
        }
        let name = extracted.text.string(cells[0])
        guard name.unicodeScalars.contains(where: { $0.properties.isIdeographic || $0.properties.isAlphabetic }) else { return nil }
        return Row(line: line, name: name, cells: lineFigures)
    }

    /// Compares each column of one block of rows with its total row, when the block ends in one.
    private static func judge(_ block: [Row], header: [String]?, input: CheckInput, parameters: Parameters, into results: inout KindResults) {
        let figures = input.extracted.figures
        func named(_ row: Row, _ labels: [String]) -> Bool {
            let name = row.name.filter { !$0.isWhitespace }
            return labels.contains(name)
        }
        guard let total = block.last, named(total, parameters.totalLabels), block.count - 1 >= max(1, parameters.minRows ?? 2) else { return }
        let rows = block.dropLast()
        guard let firstRow = rows.first else { return }
        guard !rows.contains(where: { named($0, parameters.totalLabels + (parameters.subtotalLabels ?? [])) }) else { return }
        for column in total.cells.indices {
            let totalFigure = figures[total.cells[column]]
            // The header's first cell names the rows; the others name the number columns.
            let name = header.flatMap { $0.count == total.cells.count + 1 ? $0[column + 1] : nil } ?? "\(column + 1)"
            // Rates, shares and averages do not add up across rows.
            // Averages per day or month of parts (隧道 by 隧道) add up; of periods (季度 by 季度) the
            // total is their average, which `totalIsAverage` below leaves out.
            let perPeriod = (parameters.periodAverageWords ?? []).contains { name.contains($0) }
            guard totalFigure.dimension != .percent, !name.contains("率"), !name.contains("%"), !name.contains("％"),
                  perPeriod || !(parameters.averageWords ?? []).contains(where: { name.contains($0) }),
                  perPeriod || !rows.contains(where: { figures[$0.cells[column]].roles.contains(.perUnit) }) && !totalFigure.roles.contains(.perUnit),
                  let totalInterval = totalFigure.interval,
                  rows.allSatisfy({ figures[$0.cells[column]].unit?.canonical == totalFigure.unit?.canonical }),
                  let sum = Show.sum(rows.map { figures[$0.cells[column]].interval }),
                  !totalIsAverage(totalInterval, of: rows.map { figures[$0.cells[column]].value }) else { continue }
            let terms = rows.map { Show.figure(figures[$0.cells[column]]) }.joined(separator: " + ")
            let shownSum = sum.isPoint ? Show.value(sum.lower!, in: totalFigure.unit) : Show.interval(sum, in: totalFigure.unit)
            let agrees = sum.overlaps(totalInterval)
            let arithmetic = "\(terms) = \(shownSum) \(agrees ? "=" : "≠") \(totalFigure.text)"
            let related = rows.map { figures[$0.cells[column]].span }
            let lines = "\(firstRow.line)–\(total.line)"
            if agrees {
                results.verified.append(VerificationDraft(
                    span: totalFigure.span, message: "column \(name) of the table on lines \(lines) adds up to its total \(totalFigure.text)",
                    related: related, arithmetic: arithmetic
                ))
            } else {
                results.findings.append(FindingDraft(
                    span: totalFigure.span,
                    variables: ["column": name, "sum": shownSum, "total": totalFigure.text, "lines": lines, "row": total.name],
                    related: related, arithmetic: arithmetic,
                    hint: sum.isPoint && totalFigure.value != nil
                        ? DifferenceHint.explain(sum: sum.lower!, total: totalFigure.value!, parts: rows.compactMap { figures[$0.cells[column]].value })
                        : nil,
                    subject: "\(name) \(total.name) \(totalFigure.text)"
                ))
            }
        }
    }

    /// Whether a total row's cell is no larger than its column's largest positive row: a sum of
    /// two or more positive rows exceeds each, so such a cell is an average or a rate (利用小时
    /// 3,560 under rows of 3,420 to 3,667), whatever its column is named.
    static func totalIsAverage(_ total: Interval, of values: [Decimal?]) -> Bool {
        let known = values.compactMap { $0 }
        guard known.count == values.count, known.count >= 2, known.allSatisfy({ $0 > 0 }),
              let largest = known.max(), let upper = total.upper else { return false }
        return upper <= largest
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "Each number column of a table set as lines of the text adds up to its total row (合计, 總計).",
        whyItMatters: "A table typed into a report is read for its total; a missing or mistyped row shows only in the sum.",
        defaultMessage: "column {column} of the table on lines {lines} adds up to {sum}, but its {row} row says {total}",
        placeholders: ["column", "sum", "total", "lines", "row"]
    )
}
