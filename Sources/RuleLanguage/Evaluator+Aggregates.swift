import AuditCore
import Foundation

extension Evaluator {
    /// An aggregate over the scope's records: computed once per record set, shown under its source text.
    mutating func aggregate(_ function: RuleFunction, _ arguments: [RuleExpression], node: RuleExpression) -> NumberResult {
        let result: NumberResult
        if let cached = scope.cache.values[node.span.offset] {
            result = cached
        } else {
            result = compute(function, arguments)
            scope.cache.values[node.span.offset] = result
        }
        if let interval = result.interval {
            show(RuleOutcome.Value(name: scope.text(of: node), shown: DisplayFormat.interval(interval), interval: interval, location: nil))
        }
        return result
    }

    private func compute(_ function: RuleFunction, _ arguments: [RuleExpression]) -> NumberResult {
        let members = scope.members
        if function == .count { return .exactly(Decimal(members.count)) }
        var doubt = Doubt()
        var intervals: [Interval] = []
        // Which records lack each missing name, to say where the gaps are.
        var gaps: [(name: String, records: [String])] = []
        for index in members {
            var inner = Evaluator(scope: scope.on(scope.dataset.records[index]), recording: false)
            let value = inner.number(arguments[0])
            if let interval = value.interval {
                intervals.append(interval)
                continue
            }
            for name in value.doubt.missing {
                doubt.addMissing(name)
                if let at = gaps.firstIndex(where: { $0.name == name }) {
                    gaps[at].records.append(scope.label(ofRecord: index))
                } else {
                    gaps.append((name, [scope.label(ofRecord: index)]))
                }
            }
            for note in value.doubt.notes { doubt.addNote(note) }
        }
        for gap in gaps { doubt.addNote("\(gap.name) is missing in \(Self.list(gap.records))") }
        guard intervals.count == members.count else { return NumberResult(interval: nil, doubt: doubt) }
        guard let first = intervals.first else {
            if function == .sum { return .exactly(0) }
            return NumberResult(interval: nil, doubt: Doubt(notes: ["\(function.name) of no records"]))
        }
        switch function {
        case .sum, .mean:
            let total = intervals.dropFirst().reduce(first, IntervalArithmetic.add)
            if function == .sum { return NumberResult(interval: total) }
            return NumberResult(interval: IntervalArithmetic.divide(total, .exactly(Decimal(intervals.count))))
        case .columnMinimum:
            return NumberResult(interval: intervals.dropFirst().reduce(first, IntervalArithmetic.minimum))
        case .columnMaximum:
            return NumberResult(interval: intervals.dropFirst().reduce(first, IntervalArithmetic.maximum))
        default:
            return NumberResult(interval: nil, doubt: doubt)
        }
    }

    /// `row 3`, `row 3, row 5`, or the first five and how many in all.
    private static func list(_ labels: [String]) -> String {
        if labels.count <= 5 { return labels.joined(separator: ", ") }
        return labels.prefix(5).joined(separator: ", ") + ", … (\(labels.count) records)"
    }
}
