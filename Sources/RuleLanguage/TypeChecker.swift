import Foundation
import AuditCore

/// Whether an expression gives a number or a condition.
enum ValueType: Hashable, Sendable {
    case number
    case condition
}

/// Checks that operands have the types their operators need, and where aggregates and the total row may appear.
///
/// Field names are numbers; comparisons, `between`, logic and `true`/`false` are conditions. The
/// checker runs once when a rule is read, so evaluation never meets a type error.
struct TypeChecker {
    let text: SourceText

    private func fail(_ problem: RuleProblem, _ node: RuleExpression) -> RuleSyntaxError {
        RuleSyntaxError(problem, at: node.span.range, in: text)
    }

    /// Checks a whole rule, which must be a condition.
    func checkRule(_ rule: RuleExpression) throws(RuleSyntaxError) {
        if try valueType(of: rule, aggregate: nil) != .condition { throw fail(.ruleIsNumber, rule) }
    }

    private func expect(_ node: RuleExpression, _ wanted: ValueType, for context: String, aggregate: String?) throws(RuleSyntaxError) {
        let found = try valueType(of: node, aggregate: aggregate)
        guard found != wanted else { return }
        throw fail(wanted == .number ? .needsNumber(context) : .needsCondition(context), node)
    }

    /// The type of `node`; `aggregate` names the aggregate it is inside, if any.
    func valueType(of node: RuleExpression, aggregate: String?) throws(RuleSyntaxError) -> ValueType {
        switch node.kind {
        case .number:
            return .number
        case .boolean:
            return .condition
        case .field(let reference):
            if let aggregate, reference.row == .total {
                throw fail(.totalRowInAggregate(function: aggregate, path: reference.displayName), node)
            }
            return .number
        case .negate(let operand):
            try expect(operand, .number, for: "-", aggregate: aggregate)
            return .number
        case .not(let operand):
            try expect(operand, .condition, for: "not", aggregate: aggregate)
            return .condition
        case .arithmetic(let first, let steps):
            try expect(first, .number, for: steps[0].op.rawValue, aggregate: aggregate)
            for step in steps { try expect(step.operand, .number, for: step.op.rawValue, aggregate: aggregate) }
            return .number
        case .logical(let op, let operands):
            for operand in operands { try expect(operand, .condition, for: op.rawValue, aggregate: aggregate) }
            return .condition
        case .comparison(let op, let left, let right):
            try expect(left, .number, for: op.rawValue, aggregate: aggregate)
            try expect(right, .number, for: op.rawValue, aggregate: aggregate)
            return .condition
        case .conditional(let condition, let value, let alternative):
            try expect(condition, .condition, for: "if", aggregate: aggregate)
            let thenType = try valueType(of: value, aggregate: aggregate)
            guard let alternative else {
                if thenType != .condition { throw fail(.thenNeedsCondition, value) }
                return .condition
            }
            if try valueType(of: alternative, aggregate: aggregate) != thenType { throw fail(.branchesDiffer, alternative) }
            return thenType
        case .call(let function, let arguments):
            return try type(ofCall: function, arguments, node: node, aggregate: aggregate)
        }
    }

    private func type(ofCall function: RuleFunction, _ arguments: [RuleExpression], node: RuleExpression, aggregate: String?) throws(RuleSyntaxError) -> ValueType {
        var inner = aggregate
        if function.isAggregate {
            if let aggregate { throw fail(.nestedAggregate(inner: function.name, outer: aggregate), node) }
            inner = function.name
        }
        if function == .round, arguments.count == 2, Self.roundDigits(arguments[1]) == nil {
            throw fail(.roundDigits, arguments[1])
        }
        for argument in arguments {
            try expect(argument, .number, for: function.name, aggregate: inner)
        }
        return function == .between ? .condition : .number
    }

    /// The decimal places of `round(x, digits)` when `digits` is a whole-number literal from -20 to 20.
    static func roundDigits(_ node: RuleExpression) -> Int? {
        var negative = false
        var node = node
        if case .negate(let operand) = node.kind {
            negative = true
            node = operand
        }
        guard case .number(let value) = node.kind, value <= 20, let whole = Int(exactly: NSDecimalNumber(decimal: value).doubleValue),
              value == Decimal(whole) else { return nil }
        return negative ? -whole : whole
    }
}
