/// Questions about a rule's tree that do not need its values.
enum RuleAnalysis {
    /// Whether the rule names a column outside every aggregate.
    static func isRecordWise(_ expression: RuleExpression, columns: Set<String>) -> Bool {
        var found = false
        visitFields(expression, insideAggregate: false) { reference, insideAggregate in
            if !insideAggregate, reference.row == .current, columns.contains(reference.name) { found = true }
        }
        return found
    }

    /// Calls `visit` for every field reference, saying whether it is inside an aggregate.
    static func visitFields(_ node: RuleExpression, insideAggregate: Bool, _ visit: (FieldReference, Bool) -> Void) {
        switch node.kind {
        case .number, .boolean:
            break
        case .field(let reference):
            visit(reference, insideAggregate)
        case .negate(let operand), .not(let operand):
            visitFields(operand, insideAggregate: insideAggregate, visit)
        case .arithmetic(let first, let steps):
            visitFields(first, insideAggregate: insideAggregate, visit)
            for step in steps { visitFields(step.operand, insideAggregate: insideAggregate, visit) }
        case .logical(_, let operands):
            for operand in operands { visitFields(operand, insideAggregate: insideAggregate, visit) }
        case .comparison(_, let left, let right):
            visitFields(left, insideAggregate: insideAggregate, visit)
            visitFields(right, insideAggregate: insideAggregate, visit)
        case .conditional(let condition, let value, let alternative):
            visitFields(condition, insideAggregate: insideAggregate, visit)
            visitFields(value, insideAggregate: insideAggregate, visit)
            if let alternative { visitFields(alternative, insideAggregate: insideAggregate, visit) }
        case .call(let function, let arguments):
            for argument in arguments {
                visitFields(argument, insideAggregate: insideAggregate || function.isAggregate, visit)
            }
        }
    }
}
