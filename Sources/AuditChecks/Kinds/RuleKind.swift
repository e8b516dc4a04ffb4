import AuditCore
import Extraction
import RuleLanguage
import YAMLSource

/// A rule written as an expression over named fields, in the manner of R's `validate` package.
///
/// ## What it checks
/// The expression (`贫困人口 <= 人口`, `sum(户数) == total.户数`,
/// `if 搬迁户数 > 0 then 搬迁人数 >= 搬迁户数`) over a table's records (one evaluation per row
/// when it names a column outside an aggregate, once per table or `by:` group otherwise), or over
/// the named figures of a figure file. Values are intervals: a rule is violated only when it
/// fails for every value the figures allow. A rule whose fields are missing is listed as not
/// evaluable, never passed.
///
/// ## Why it matters
/// Forms and tables carry their own consistency rules (parts within wholes, rates that recompute);
/// writing them once makes every submission checkable.
///
/// ## Example
/// `abs(贫困发生率 - 100 * 贫困人口 / 人口) <= 0.05` recomputes each village's poverty rate.
public enum RuleKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The expression, kept as a node so that syntax errors can be located in the file.
        public var rule: YAMLNode
        /// Absolute ("0.5") or relative ("1%") slack on the rule's comparisons.
        public var tolerance: String?
        /// A column whose values group the records; aggregates then run per group.
        public var by: String?
        /// Whether record-wise rules also run on the total row; true when absent.
        public var includeTotal: Bool?

        /// The check file's line on which the rule starts, when the loader provides the file's
        /// lines: errors are then placed exactly even in quoted or folded scalars.
        var ruleSourceLine: String?

        enum CodingKeys: String, CodingKey {
            case rule, tolerance, by
            case includeTotal = "include-total"
        }

        /// Decodes the parameters, and keeps the rule's source line from `CodingUserInfoKey.checkSourceLines`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            rule = try container.decode(YAMLNode.self, forKey: .rule)
            tolerance = try container.decodeIfPresent(String.self, forKey: .tolerance)
            by = try container.decodeIfPresent(String.self, forKey: .by)
            includeTotal = try container.decodeIfPresent(Bool.self, forKey: .includeTotal)
            if let lines = decoder.userInfo[.checkSourceLines] as? [String], rule.mark.line >= 1, rule.mark.line <= lines.count {
                ruleSourceLine = lines[rule.mark.line - 1]
            }
        }

        /// The parsed rule, or the syntax error with its place in the check file.
        func compiled() -> Result<Rule, RuleProblemAtMark> {
            guard case .scalar(let text, let plain) = rule.value else {
                return .failure(RuleProblemAtMark(mark: rule.mark, message: "'rule' must be a single expression, found a \(rule.kindName)"))
            }
            var slack = RuleTolerance.exact
            if let tolerance {
                do {
                    slack = try RuleTolerance(parsing: tolerance)
                } catch {
                    return .failure(RuleProblemAtMark(mark: nil, message: "tolerance: \(error.message)"))
                }
            }
            do {
                return .success(try Rule(text, tolerance: slack, groupBy: by, includesTotalRow: includeTotal ?? true))
            } catch {
                let place = error.position(
                    inScalarAt: (rule.mark.line, rule.mark.column), scalarText: text, plain: plain, sourceLine: ruleSourceLine
                )
                let caret = error.caretDiagnostic(in: text)
                return .failure(RuleProblemAtMark(
                    mark: YAMLMark(line: place.line, column: place.column),
                    message: "in rule: \(error.message)\n\(caret)"
                ))
            }
        }
    }

    /// A rule problem and where in the check file it is.
    public struct RuleProblemAtMark: Error, Sendable {
        /// Where, or nil for the check as a whole.
        public var mark: YAMLMark?
        /// What is wrong.
        public var message: String
    }

    /// Parses the rule when the check is loaded, so a broken rule stops the run with its position.
    public static func locatedProblems(_ parameters: Parameters) -> [(mark: YAMLMark?, message: String)] {
        if case .failure(let problem) = parameters.compiled() { return [(problem.mark, problem.message)] }
        return []
    }

    /// Evaluates the rule on the document's table, or on its named figures.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        guard case .success(let rule) = parameters.compiled() else { return KindResults() }
        let named = input.extracted.figures.filter { $0.name != nil && input.extracted.table == nil }
        guard input.extracted.table != nil || !named.isEmpty else { return KindResults() }
        let cells = CellIndex(input.extracted.table)
        let dataset = RuleDataset(
            records: input.extracted.table?.records.map { record(from: $0) } ?? [],
            total: input.extracted.table?.total.map { record(from: $0) },
            scalars: Dictionary(named.map { ($0.name!, FieldValue($0.interval ?? .unbounded, text: $0.text, location: FieldLocation(line: $0.span.line, column: $0.span.column))) }, uniquingKeysWith: { first, _ in first }),
            columns: input.extracted.table?.columns ?? []
        )
        let outcomes = input.extracted.table == nil ? [rule.evaluate(scalars: dataset.scalars)] : rule.evaluate(dataset)
        var results = KindResults()
        for outcome in outcomes {
            let located = outcome.values.compactMap { value in value.location.flatMap { cells.span(for: $0, named: named) } }
            let span = located.first ?? outcome.recordLocation.flatMap { cells.rowSpan($0.row) }
            let place = outcome.isTotalRow ? "total row" : outcome.record.map { _ in "row \(outcome.recordLocation?.row ?? 0)" } ?? outcome.group.map { "group \($0)" } ?? "table"
            switch outcome.status {
            case .violated:
                results.findings.append(FindingDraft(
                    span: span,
                    variables: [
                        "rule": rule.source, "where": place, "arithmetic": outcome.arithmetic,
                        "values": outcome.values.map { "\($0.name) = \($0.shown)" }.joined(separator: ", "),
                    ],
                    related: Array(located.dropFirst()), arithmetic: outcome.arithmetic,
                    subject: "\(rule.source) \(place)"
                ))
            case .holds:
                if let span {
                    results.verified.append(VerificationDraft(span: span, message: "\(rule.source) holds (\(place))", related: Array(located.dropFirst()), arithmetic: outcome.arithmetic))
                }
            case .notEvaluable(let missing):
                results.unevaluated.append(("\(rule.source) (\(place)): missing \(missing.joined(separator: ", "))", span))
            case .notApplicable, .indeterminate:
                break
            }
        }
        return results
    }

    private static func record(from record: TableRecord) -> RuleRecord {
        var fields: [String: FieldValue] = [:]
        for (name, cell) in record.cells {
            let location = FieldLocation(line: cell.span.line, column: cell.span.column, row: record.row, columnIndex: cell.columnNumber)
            if let figure = cell.figure {
                // A masked cell allows any value its visible digits leave open.
                fields[name] = FieldValue(figure.interval ?? .unbounded, text: cell.text, location: location)
            } else if cell.text.trimmingWhitespace().unicodeScalars.allSatisfy({ "*＊".unicodeScalars.contains($0) }), !cell.text.trimmingWhitespace().isEmpty {
                fields[name] = FieldValue(.unbounded, text: cell.text, location: location)
            } else if !cell.text.trimmingWhitespace().isEmpty {
                fields[name] = FieldValue(text: cell.text, location: location)
            }
        }
        return RuleRecord(fields: fields, location: RecordLocation(line: record.cells.values.map(\.span.line).min(), row: record.row))
    }

    /// Finds the span of a cell from a rule's field location.
    private struct CellIndex {
        var cells: [String: SourceSpan] = [:]
        var rows: [Int: SourceSpan] = [:]

        init(_ table: TableData?) {
            for record in (table?.records ?? []) + (table?.total.map { [$0] } ?? []) {
                for cell in record.cells.values {
                    cells["\(record.row):\(cell.columnNumber)"] = cell.span
                    if rows[record.row].map({ cell.span.offset < $0.offset }) ?? true { rows[record.row] = cell.span }
                }
            }
        }

        func span(for location: FieldLocation, named: [Figure]) -> SourceSpan? {
            if let row = location.row, let column = location.columnIndex { return cells["\(row):\(column)"] }
            return named.first { $0.span.line == location.line && $0.span.column == location.column }?.span
        }

        func rowSpan(_ row: Int?) -> SourceSpan? { row.flatMap { rows[$0] } }
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A rule over named fields (贫困人口 <= 人口, sum(户数) == total.户数) holds for every record, group or table.",
        whyItMatters: "Forms and tables carry their own consistency rules; a rule that fails points at the cell to correct.",
        defaultMessage: "rule '{rule}' fails ({where}): {arithmetic}",
        placeholders: ["rule", "where", "arithmetic", "values"]
    )
}
