import AuditCore
import Foundation
import FuzzSupport
import RuleLanguage

/// An exact decimal from its text.
func dec(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

/// Field values of every kind a rule can meet: exact, closed and open intervals, half-unbounded,
/// negative, zero (for division), very large and very small, text where a number is expected.
let values: [FieldValue] = [
    .exactly(312),
    FieldValue(Interval(lower: 2200, upper: 2299), text: "22**"),
    FieldValue(Interval(lower: 6500, upper: 7000, lowerClosed: false, upperClosed: false), text: "6500余"),
    FieldValue(Interval(lower: 1000, upper: nil, lowerClosed: false), text: "1000以上"),
    .exactly(0),
    .exactly(-12.5),
    .exactly(dec("123456789012345678901234567890")),
    .exactly(dec("0.000000000000000000001")),
    FieldValue(text: "城关镇"),
    FieldValue(Interval(lower: nil, upper: 5), text: "不足5"),
]

let names = ["a", "b", "c", "x", "y", "households", "poor", "rate", "户数", "人口", "贫困户数", "贫困人口", "贫困发生率"]

/// Three records that differ in every field, one with a field missing, and two towns to group by.
let dataset: RuleDataset = {
    var records: [RuleRecord] = []
    for row in 0..<4 {
        var fields: [String: FieldValue] = [:]
        for (index, name) in names.enumerated() where !(row == 2 && index == 1) {
            fields[name] = values[(index + row * 3) % values.count]
        }
        fields["town"] = FieldValue(text: row < 2 ? "城关镇" : "河口乡")
        records.append(RuleRecord(fields: fields, location: RecordLocation(row: row + 2)))
    }
    var total: [String: FieldValue] = [:]
    for (index, name) in names.enumerated() { total[name] = values[(index + 1) % values.count] }
    var scalars: [String: FieldValue] = [:]
    for (index, name) in ["d", "e", "z", "全镇贫困户", "total_poor"].enumerated() { scalars[name] = values[(index * 3) % values.count] }
    return RuleDataset(records: records, total: RuleRecord(fields: total, location: RecordLocation(row: 6)),
                       scalars: scalars, columns: names + ["town"])
}()

/// An error's place must lie within the source, and its line and column must be those of its offset.
func checkError(_ error: RuleSyntaxError, in source: String, _ what: String) {
    let text = SourceText(source)
    guard invariant(error.offset >= 0 && error.length >= 0 && error.offset + error.length <= text.count,
                    "\(what) '\(error.message)' at \(error.offset)+\(error.length), outside a source of \(text.count) scalars")
    else { return }
    let span = text.span(error.offset..<(error.offset + error.length))
    invariant(span.line == error.line && span.column == error.column,
              "\(what) '\(error.message)' at \(error.line):\(error.column), but offset \(error.offset) is \(span.line):\(span.column)")
    invariant(!error.message.isEmpty, "\(what) without a message")
    _ = error.caretDiagnostic(in: source)
}

func checkOutcomes(_ outcomes: [RuleOutcome], of rule: Rule, grouped: Bool) {
    for outcome in outcomes {
        if let record = outcome.record {
            invariant(dataset.records.indices.contains(record), "outcome for record \(record) of \(dataset.records.count)")
        }
        if grouped { invariant(outcome.group != nil || outcome.record != nil, "a grouped outcome with neither group nor record") }
        for value in outcome.values {
            if let interval = value.interval { checkInterval(interval, "value \(value.name) of '\(rule.source)'") }
        }
    }
}

/// Bytes -> String -> rule; errors must point inside the source; rules that parse are evaluated
/// several ways, and `not (rule)` must come out the other way round wherever the rule is decided.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = text(data, size)
    do {
        _ = try RuleTolerance(parsing: source)
    } catch {
        checkError(error, in: source, "tolerance error")
    }
    let rule: Rule
    do {
        rule = try Rule(source)
    } catch {
        checkError(error, in: source, "syntax error")
        return 0
    }
    _ = rule.referencedNames
    _ = rule.isRecordWise(in: dataset)
    let exact = rule.evaluate(dataset)
    checkOutcomes(exact, of: rule, grouped: false)
    _ = rule.evaluate(scalars: dataset.scalars)
    for (tolerance, groupBy) in [(RuleTolerance.absolute(dec("0.5")), "town"), (.relative(dec("0.01")), nil)] {
        guard var variant = try? Rule(source, tolerance: tolerance, groupBy: groupBy) else {
            invariant(false, "'\(source)' parses once and not again")
            return 0
        }
        variant.includesTotalRow = groupBy == nil
        checkOutcomes(variant.evaluate(dataset), of: variant, grouped: groupBy != nil)
    }

    // Kleene negation: where the rule is decided, its negation is decided the other way. Conditionals
    // are left out, as a rule that does not apply does not turn into one that does.
    if !source.contains("if"), let negated = try? Rule("not (\(source)\n)") {
        let flipped = negated.evaluate(dataset)
        invariant(flipped.count == exact.count, "'\(source)': \(exact.count) outcomes, its negation \(flipped.count)")
        for (plain, negative) in zip(exact, flipped) {
            switch plain.status {
            case .holds:
                invariant(negative.status == .violated, "'\(source)' holds (\(plain.arithmetic)) but its negation is \(negative.status) (\(negative.arithmetic))")
            case .violated:
                invariant(negative.status == .holds, "'\(source)' is violated (\(plain.arithmetic)) but its negation is \(negative.status) (\(negative.arithmetic))")
            default:
                break
            }
        }
    }
    return 0
}
