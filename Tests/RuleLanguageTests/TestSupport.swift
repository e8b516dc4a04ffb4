import AuditCore
import Foundation
@testable import RuleLanguage

/// A decimal from its text, exactly.
func dec(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

/// A field value from a compact notation: `120` exact, `[2200, 2299]` or `(6500, 7000)` an interval
/// (either end may be `inf`), `text:城关镇` a text that is not a number.
func value(_ notation: String) -> FieldValue {
    if notation.hasPrefix("text:") { return FieldValue(text: String(notation.dropFirst(5))) }
    return FieldValue(interval(notation))
}

/// An interval from the same notation as `value(_:)`.
func interval(_ notation: String) -> Interval {
    guard let first = notation.first, first == "[" || first == "(" else { return .exactly(dec(notation)) }
    let parts = notation.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    func end(_ text: String) -> Decimal? { text.hasSuffix("inf") ? nil : dec(text) }
    return Interval(lower: end(parts[0]), upper: end(parts[1]), lowerClosed: first == "[", upperClosed: notation.last == "]")
}

/// A record from name-to-notation pairs.
func record(_ fields: [String: String], row: Int? = nil) -> RuleRecord {
    RuleRecord(fields: fields.mapValues(value), location: row.map { RecordLocation(row: $0) })
}

/// Options for evaluating one rule in a test.
struct Options {
    var tolerance: RuleTolerance = .exact
    var groupBy: String?
}

/// Evaluates `rule` once over document figures given in notation.
func outcome(_ rule: String, _ scalars: [String: String], _ options: Options = Options()) throws -> RuleOutcome {
    try Rule(rule, tolerance: options.tolerance, groupBy: options.groupBy).evaluate(scalars: scalars.mapValues(value))
}

/// The parse error of `source`, or nil when it parses.
func syntaxError(_ source: String) -> RuleSyntaxError? {
    do {
        _ = try RuleParser.parse(source)
        return nil
    } catch {
        return error
    }
}

/// A fully bracketed rendering of a tree, to test precedence and associativity.
func bracketed(_ node: RuleExpression) -> String {
    switch node.kind {
    case .number(let value): return "\(value)"
    case .boolean(let value): return "\(value)"
    case .field(let reference): return reference.row == .total ? "total:\(reference.name)" : reference.name
    case .negate(let operand): return "(neg \(bracketed(operand)))"
    case .not(let operand): return "(not \(bracketed(operand)))"
    case .arithmetic(let first, let steps):
        return steps.reduce(bracketed(first)) { "(\($0) \($1.op.rawValue) \(bracketed($1.operand)))" }
    case .logical(let op, let operands):
        return "(" + operands.map(bracketed).joined(separator: " \(op.rawValue) ") + ")"
    case .comparison(let op, let left, let right):
        return "(\(bracketed(left)) \(op.rawValue) \(bracketed(right)))"
    case .conditional(let condition, let value, let alternative):
        return "(if \(bracketed(condition)) then \(bracketed(value))" + (alternative.map { " else \(bracketed($0))" } ?? "") + ")"
    case .call(let function, let arguments):
        return "\(function)(" + arguments.map(bracketed).joined(separator: ", ") + ")"
    }
}
