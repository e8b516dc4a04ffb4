import AuditCore

extension Evaluator {
    /// The value of the whole rule, and whether it is an `if` whose condition is definitely false.
    mutating func rule(_ root: RuleExpression) -> (result: TruthResult, notApplicable: Bool) {
        if case .conditional(let condition, let value, nil) = root.kind {
            return implication(condition, value, .positive)
        }
        return (truth(root, .positive), false)
    }

    /// The value of a condition-typed node; `polarity` says whether the rule asserts or denies it.
    mutating func truth(_ node: RuleExpression, _ polarity: Polarity) -> TruthResult {
        switch node.kind {
        case .boolean(let value):
            return TruthResult(value ? .true : .false)
        case .not(let operand):
            let inner = truth(operand, polarity.flipped)
            return TruthResult(inner.truth.negated, doubt: inner.doubt)
        case .logical(let op, let operands):
            return logical(op, operands, polarity)
        case .comparison(let op, let left, let right):
            let leftValue = number(left)
            let rightValue = number(right)
            return compare(op, (left, leftValue), (right, rightValue), polarity)
        case .conditional(let condition, let value, nil):
            return implication(condition, value, polarity).result
        case .conditional(let condition, let value, let alternative?):
            return choice(condition, value, alternative, polarity)
        case .call(.between, let arguments):
            let x = number(arguments[0])
            let low = compare(.lessOrEqual, (arguments[1], number(arguments[1])), (arguments[0], x), polarity)
            let high = compare(.lessOrEqual, (arguments[0], x), (arguments[2], number(arguments[2])), polarity)
            var doubt = low.doubt
            doubt.merge(high.doubt)
            return TruthResult(low.truth.and(high.truth), doubt: doubt)
        case .number, .field, .negate, .arithmetic, .call:
            return TruthResult(.unknown, doubt: Doubt(notes: ["'\(scope.text(of: node))' is not a condition"]))
        }
    }

    private mutating func logical(_ op: LogicalOperator, _ operands: [RuleExpression], _ polarity: Polarity) -> TruthResult {
        // Every operand is evaluated, so an unknown result can name every missing field it depends on.
        var combined: Truth = op == .and ? .true : .false
        var doubt = Doubt()
        for operand in operands {
            let result = truth(operand, polarity)
            combined = op == .and ? combined.and(result.truth) : combined.or(result.truth)
            doubt.merge(result.doubt)
        }
        return TruthResult(combined, doubt: doubt)
    }

    /// `if condition then value`: vacuously true when the condition is false, as `not condition or value`.
    private mutating func implication(_ condition: RuleExpression, _ value: RuleExpression, _ polarity: Polarity) -> (result: TruthResult, notApplicable: Bool) {
        let test = truth(condition, polarity.flipped)
        if test.truth == .false { return (TruthResult(.true), true) }
        let consequence = truth(value, polarity)
        var doubt = test.doubt
        doubt.merge(consequence.doubt)
        return (TruthResult(test.truth.negated.or(consequence.truth), doubt: doubt), false)
    }

    /// `if condition then value else alternative` over conditions.
    private mutating func choice(_ condition: RuleExpression, _ value: RuleExpression, _ alternative: RuleExpression, _ polarity: Polarity) -> TruthResult {
        let test = truth(condition, .mixed)
        switch test.truth {
        case .true: return truth(value, polarity)
        case .false: return truth(alternative, polarity)
        case .unknown:
            let first = truth(value, polarity)
            let second = truth(alternative, polarity)
            if first.truth == second.truth, first.truth != .unknown { return first }
            var doubt = test.doubt
            doubt.merge(first.doubt)
            doubt.merge(second.doubt)
            return TruthResult(.unknown, doubt: doubt)
        }
    }

    /// Compares two evaluated sides, applying the rule's tolerance when the comparison is asserted.
    private mutating func compare(
        _ op: ComparisonOperator, _ left: (node: RuleExpression, value: NumberResult),
        _ right: (node: RuleExpression, value: NumberResult), _ polarity: Polarity
    ) -> TruthResult {
        let loosened = (polarity == .positive && op != .notEqual) || (polarity == .negative && op == .notEqual)
        let tolerance = loosened ? scope.tolerance : .exact
        var truth = Truth.unknown
        if let a = left.value.interval, let b = right.value.interval {
            truth = IntervalComparison.compare(op, a, b, tolerance: tolerance)
        }
        trace(ComparisonTrace(
            op: op, left: side(left.node, left.value), right: side(right.node, right.value), truth: truth,
            polarity: polarity, tolerance: tolerance == .exact ? nil : tolerance
        ))
        var doubt = left.value.doubt
        doubt.merge(right.value.doubt)
        return TruthResult(truth, doubt: doubt)
    }

    private func side(_ node: RuleExpression, _ value: NumberResult) -> ComparisonTrace.Side {
        var isLiteral = false
        switch node.kind {
        case .number: isLiteral = true
        case .negate(let inner): if case .number = inner.kind { isLiteral = true }
        default: break
        }
        return ComparisonTrace.Side(text: scope.text(of: node), value: value.interval, isLiteral: isLiteral)
    }
}
