import AuditCore
import Foundation

/// Evaluates a checked rule in a scope, recording the values and comparisons it used.
///
/// Numbers evaluate to intervals; conditions to Kleene truth values. Unknown numbers (missing
/// fields, division by an interval holding 0) carry a `Doubt` that ends up in the outcome.
struct Evaluator {
    let scope: EvaluationScope
    /// Whether to record values and comparisons: off inside aggregates, whose per-record values
    /// the aggregate's own value summarises.
    let recording: Bool
    private(set) var traces: [ComparisonTrace] = []
    private(set) var values: [RuleOutcome.Value] = []
    private var shownNames: Set<String> = []

    init(scope: EvaluationScope, recording: Bool = true) {
        self.scope = scope
        self.recording = recording
    }

    mutating func show(_ value: RuleOutcome.Value) {
        guard recording, shownNames.insert(value.name).inserted else { return }
        values.append(value)
    }

    mutating func trace(_ trace: ComparisonTrace) {
        if recording { traces.append(trace) }
    }

    /// The value of a number-typed node.
    mutating func number(_ node: RuleExpression) -> NumberResult {
        switch node.kind {
        case .number(let value):
            return .exactly(value)
        case .field(let reference):
            return field(reference)
        case .negate(let operand):
            var result = number(operand)
            result.interval = result.interval.map(IntervalArithmetic.negate)
            return result
        case .arithmetic(let first, let steps):
            return arithmetic(first, steps)
        case .conditional(let condition, let value, let alternative?):
            return conditionalNumber(condition, value, alternative)
        case .call(let function, let arguments):
            return call(function, arguments, node: node)
        case .boolean, .not, .logical, .comparison, .conditional:
            // The type checker admits no condition where a number is needed.
            return NumberResult(interval: nil, doubt: Doubt(notes: ["'\(scope.text(of: node))' is not a number"]))
        }
    }

    private mutating func field(_ reference: FieldReference) -> NumberResult {
        let name = reference.displayName
        guard let value = scope.lookup(reference) else {
            var doubt = Doubt(missing: [name])
            if reference.row == .total, scope.dataset.total == nil { doubt.addNote("the dataset has no total row") }
            return NumberResult(interval: nil, doubt: doubt)
        }
        show(RuleOutcome.Value(name: name, shown: value.shown, interval: value.interval, location: value.location))
        guard let interval = value.interval else {
            return NumberResult(interval: nil, doubt: Doubt(missing: [name], notes: ["\(name) is not a number: '\(value.shown)'"]))
        }
        return NumberResult(interval: interval)
    }

    private mutating func arithmetic(_ first: RuleExpression, _ steps: [ArithmeticStep]) -> NumberResult {
        var result = number(first)
        for step in steps {
            let operand = number(step.operand)
            result.doubt.merge(operand.doubt)
            guard let left = result.interval, let right = operand.interval else {
                result.interval = nil
                continue
            }
            switch step.op {
            case .add: result.interval = IntervalArithmetic.add(left, right)
            case .subtract: result.interval = IntervalArithmetic.subtract(left, right)
            case .multiply: result.interval = IntervalArithmetic.multiply(left, right)
            case .divide:
                result.interval = IntervalArithmetic.divide(left, right)
                if result.interval == nil {
                    let divisor = "\(scope.text(of: step.operand)) = \(DisplayFormat.interval(right))"
                    result.doubt.addNote(right.isPoint ? "division by zero: \(divisor)" : "division by an interval that holds 0: \(divisor)")
                }
            }
        }
        return result
    }

    private mutating func conditionalNumber(_ condition: RuleExpression, _ value: RuleExpression, _ alternative: RuleExpression) -> NumberResult {
        let test = truth(condition, .mixed)
        switch test.truth {
        case .true: return number(value)
        case .false: return number(alternative)
        case .unknown:
            // Either branch may apply: the value lies in the hull of both.
            let first = number(value)
            let second = number(alternative)
            var doubt = test.doubt
            doubt.merge(first.doubt)
            doubt.merge(second.doubt)
            guard let a = first.interval, let b = second.interval else { return NumberResult(interval: nil, doubt: doubt) }
            return NumberResult(interval: IntervalArithmetic.hull(a, b), doubt: doubt)
        }
    }

    private mutating func call(_ function: RuleFunction, _ arguments: [RuleExpression], node: RuleExpression) -> NumberResult {
        if function.isAggregate { return aggregate(function, arguments, node: node) }
        var results = arguments.map { number($0) }
        var doubt = Doubt()
        for result in results { doubt.merge(result.doubt) }
        if function == .round { results = [results[0]] }
        let intervals = results.compactMap(\.interval)
        guard intervals.count == results.count, let first = intervals.first else { return NumberResult(interval: nil, doubt: doubt) }
        let interval: Interval
        switch function {
        case .abs: interval = IntervalArithmetic.absolute(first)
        case .round:
            let places = arguments.count == 2 ? TypeChecker.roundDigits(arguments[1]) ?? 0 : 0
            interval = IntervalArithmetic.round(first, places: places)
        case .least: interval = intervals.dropFirst().reduce(first, IntervalArithmetic.minimum)
        case .greatest: interval = intervals.dropFirst().reduce(first, IntervalArithmetic.maximum)
        default: return NumberResult(interval: nil, doubt: doubt)
        }
        return NumberResult(interval: interval, doubt: doubt)
    }
}
