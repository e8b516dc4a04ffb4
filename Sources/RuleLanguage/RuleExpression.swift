import AuditCore
import Foundation

/// A node of a parsed rule with the place in the expression it was read from.
///
/// Parentheses make no node of their own: a parenthesised expression keeps the span of its inside.
/// Chains of one precedence level (`a + b - c`, `a and b and c`) are one node with many operands, so
/// a very long rule makes a wide tree, never a deep one.
public struct RuleExpression: Hashable, Sendable {
    /// What the node is.
    public indirect enum Kind: Hashable, Sendable {
        /// A decimal literal, exact.
        case number(Decimal)
        /// `true` or `false`.
        case boolean(Bool)
        /// A field of the current record, a document figure, or (with `total.`) of the total row.
        case field(FieldReference)
        /// Unary minus.
        case negate(RuleExpression)
        /// `not`, `!`.
        case not(RuleExpression)
        /// `first op₁ operand₁ op₂ operand₂ …`, left to right, all steps of one precedence level.
        case arithmetic(RuleExpression, [ArithmeticStep])
        /// `operand₁ op operand₂ op …` for one logical operator.
        case logical(LogicalOperator, [RuleExpression])
        /// `left op right`.
        case comparison(ComparisonOperator, RuleExpression, RuleExpression)
        /// `if condition then value [else alternative]`.
        case conditional(RuleExpression, then: RuleExpression, else: RuleExpression?)
        /// A function call, resolved to the function its name and argument count select.
        case call(RuleFunction, [RuleExpression])
    }

    /// What the node is.
    public var kind: Kind
    /// Where the node's text is in the expression.
    public var span: SourceSpan

    /// Creates a node.
    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// A named value a rule refers to.
public struct FieldReference: Hashable, Sendable {
    /// Which row the name is looked up in.
    public enum Row: Hashable, Sendable {
        /// The record being checked, or the document figures when the rule is dataset-wise.
        case current
        /// The dataset's total row: the path was `total.<name>`.
        case total
    }

    /// Which row the name is looked up in.
    public var row: Row
    /// The field name: the path after `total.`, or the whole dotted path otherwise.
    public var name: String

    /// Creates a reference.
    public init(row: Row, name: String) {
        self.row = row
        self.name = name
    }

    /// The name as a report shows it: `total.households` or `households`.
    public var displayName: String { row == .total ? "total.\(name)" : name }
}

/// One `op operand` step of an arithmetic chain.
public struct ArithmeticStep: Hashable, Sendable {
    /// The operator before the operand.
    public var op: ArithmeticOperator
    /// The operand.
    public var operand: RuleExpression

    /// Creates a step.
    public init(_ op: ArithmeticOperator, _ operand: RuleExpression) {
        self.op = op
        self.operand = operand
    }
}

/// `+ - * /` (`×` and `÷` are read as `*` and `/`).
public enum ArithmeticOperator: String, Hashable, Sendable, CaseIterable {
    /// Addition.
    case add = "+"
    /// Subtraction.
    case subtract = "-"
    /// Multiplication.
    case multiply = "*"
    /// Division; a divisor that may be 0 makes the result unknown.
    case divide = "/"
}

/// `and` and `or` (also `&&` and `||`), in Kleene's three-valued logic.
public enum LogicalOperator: String, Hashable, Sendable, CaseIterable {
    /// True when every operand is.
    case and
    /// True when some operand is.
    case or
}

/// The six comparisons (`≤ ≥ ≠` are read as `<= >= !=`).
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    /// `==`.
    case equal = "=="
    /// `!=`.
    case notEqual = "!="
    /// `<`.
    case less = "<"
    /// `<=`.
    case lessOrEqual = "<="
    /// `>`.
    case greater = ">"
    /// `>=`.
    case greaterOrEqual = ">="

    /// The mathematical sign a report shows when the comparison holds: `=`, `≠`, `<`, `≤`, `>`, `≥`.
    public var sign: String {
        switch self {
        case .equal: "="
        case .notEqual: "≠"
        case .less: "<"
        case .lessOrEqual: "≤"
        case .greater: ">"
        case .greaterOrEqual: "≥"
        }
    }

    /// The comparison that holds exactly when this one fails.
    public var negation: ComparisonOperator {
        switch self {
        case .equal: .notEqual
        case .notEqual: .equal
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        }
    }
}
