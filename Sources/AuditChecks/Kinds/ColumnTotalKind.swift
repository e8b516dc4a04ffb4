import AuditCore
import Extraction

/// A table column whose records do not add up to its total row.
///
/// ## What it checks
/// In a table submitted as data (CSV or TSV) with a total row (合计, 总计, 小计), each numeric
/// column's records must add up to the total row's cell, as intervals: a masked or approximate
/// cell never raises a false alarm, and the finding is located at the total cell.
///
/// ## Why it matters
/// A per-village table whose rows do not add up to its stated total has a row missing, a row
/// counted twice, or a mistyped cell.
///
/// ## Example
/// A villages table with 户数 312, 95, 140, 661 and a 合计 row of 1190 adds up to 1208.
public enum ColumnTotalKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Columns to leave out (ids, codes, rates that do not add up).
        public var excludeColumns: [String]?

        enum CodingKeys: String, CodingKey {
            case excludeColumns = "exclude-columns"
        }
    }

    /// Sums every numeric column and compares it with the total row.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        guard let table = input.extracted.table, let total = table.total else { return KindResults() }
        let excluded = Set(parameters.excludeColumns ?? [])
        var results = KindResults()
        for column in table.columns where !excluded.contains(column) {
            guard let totalCell = total.cells[column], let totalFigure = totalCell.figure, let totalInterval = totalFigure.interval else { continue }
            // Rates and shares do not add up across rows.
            if totalFigure.dimension == .percent || column.contains("率") || column.contains("%") { continue }
            let cells = table.records.compactMap { $0.cells[column] }
            guard !cells.isEmpty, cells.contains(where: { $0.figure != nil }) else { continue }
            let parts = cells.map { $0.figure?.interval ?? (($0.figure?.masked ?? false) || !$0.text.trimmingWhitespace().isEmpty ? nil : .exactly(0)) }
            let terms = cells.map { $0.figure.map { $0.value.map { Show.plain($0) } ?? $0.text } ?? ($0.text.isEmpty ? "0" : $0.text) }
            let related = cells.map(\.span)
            guard let sum = Show.sum(parts) else {
                // A masked or unreadable cell: the sum cannot be checked, but the gap is worth saying.
                continue
            }
            let shownSum = sum.isPoint ? Show.plain(sum.lower!) : Show.interval(sum, in: nil)
            let arithmetic = "\(terms.joined(separator: "+")) = \(shownSum) \(sum.overlaps(totalInterval) ? "=" : "≠") \(totalCell.text.trimmingWhitespace())"
            if sum.overlaps(totalInterval) {
                results.verified.append(VerificationDraft(
                    span: totalFigure.span, message: "column \(column) adds up to its total \(totalCell.text.trimmingWhitespace())",
                    related: related, arithmetic: arithmetic
                ))
            } else {
                results.findings.append(FindingDraft(
                    span: totalFigure.span,
                    variables: ["column": column, "sum": shownSum, "total": totalCell.text.trimmingWhitespace(), "row": "\(total.row)"],
                    related: related, arithmetic: arithmetic,
                    hint: sum.isPoint && totalFigure.value != nil
                        ? DifferenceHint.explain(sum: sum.lower!, total: totalFigure.value!, parts: cells.compactMap { $0.figure?.value })
                        : nil,
                    subject: "\(column) \(totalCell.text.trimmingWhitespace())"
                ))
            }
        }
        return results
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "Each numeric column of a table adds up to its total row (合计/总计/小计).",
        whyItMatters: "Rows that do not add up to the stated total mean a row is missing, counted twice, or mistyped.",
        defaultMessage: "column {column} adds up to {sum}, but the total row (row {row}) says {total}",
        placeholders: ["column", "sum", "total", "row"]
    )
}
