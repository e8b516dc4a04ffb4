/// Every way a rule or a tolerance can be unreadable; the messages of the module live here, in one place.
public enum RuleProblem: Hashable, Sendable {
    /// The expression has no tokens.
    case emptyRule
    /// A character that starts no token.
    case unexpectedCharacter(String)
    /// A letter outside ASCII and CJK.
    case unsupportedLetter(String)
    /// A single `=`.
    case singleEquals
    /// An operator from another language, such as `<>` for `!=`.
    case foreignOperator(written: String, meant: String)
    /// A full-width form of an ASCII character, such as `（`.
    case fullWidth(written: String, ascii: String)
    /// `^` or `**`.
    case power(String)
    /// A backquote with no closing backquote on its line.
    case unclosedBackquote
    /// Two backquotes with nothing between them.
    case emptyBackquotes
    /// A number written as `.5`.
    case leadingDot(String)
    /// A number ending in a dot, such as `1.`.
    case digitExpectedAfterDot(String)
    /// A number with more significant digits than a decimal holds.
    case numberTooLong(String)
    /// A number with a unit written after it, such as `100户`.
    case unitAfterNumber(number: String, unit: String)
    /// A word that starts with a digit, such as `2x`.
    case nameStartsWithDigit(String)
    /// A keyword in capitals, such as `AND`.
    case uppercaseKeyword(written: String, keyword: String)
    /// An operand is missing after the token shown.
    case expectedExpression(after: String)
    /// An expression was expected at the start but this token was found.
    case expectedExpressionFound(String)
    /// Two operands with no operator between them.
    case expectedOperator(between: String, and: String)
    /// A `(` never closed.
    case unclosedParenthesis
    /// A `)` with no `(`.
    case unmatchedParenthesis
    /// Something other than `,` or `)` after a function argument.
    case expectedArgumentSeparator(function: String, found: String)
    /// A `,` outside a function's arguments.
    case strayComma
    /// A `.` that joins no names.
    case strayDot
    /// `total.` with no name after it.
    case expectedNameAfterDot(String)
    /// `if` with no `then`.
    case expectedThen
    /// `then` without `if`.
    case thenWithoutIf
    /// `else` without `if … then`.
    case elseWithoutIf
    /// `if` in the middle of an expression.
    case conditionalNeedsParentheses
    /// `a < b < c`.
    case chainedComparison
    /// Nesting deeper than the parser allows.
    case tooDeep(limit: Int)
    /// A call of a function the language does not have.
    case unknownFunction(String, suggestion: String?)
    /// A call with the wrong number of arguments.
    case wrongArgumentCount(function: String, expected: String, given: Int, hint: String?)
    /// `round`'s digits are not a whole-number literal.
    case roundDigits
    /// An aggregate inside another aggregate.
    case nestedAggregate(inner: String, outer: String)
    /// The total row used inside an aggregate.
    case totalRowInAggregate(function: String, path: String)
    /// A condition where a number is needed.
    case needsNumber(String)
    /// A number where a condition is needed.
    case needsCondition(String)
    /// The whole rule is a number.
    case ruleIsNumber
    /// `then` is a number and there is no `else`.
    case thenNeedsCondition
    /// `then` and `else` of different types.
    case branchesDiffer
    /// A tolerance that is neither a number nor a percentage.
    case badTolerance(String)

    /// The message shown to the person who wrote the rule.
    public var message: String {
        switch self {
        case .emptyRule:
            "the rule is empty"
        case .unexpectedCharacter(let character):
            "unexpected character '\(character)'"
        case .unsupportedLetter(let character):
            "unexpected character '\(character)'; names use ASCII letters, digits, '_' and CJK characters, or are put in backquotes"
        case .singleEquals:
            "'=' is not a comparison; did you mean '=='?"
        case .foreignOperator(let written, let meant):
            "'\(written)' is not an operator; did you mean \(meant)?"
        case .fullWidth(let written, let ascii):
            "full-width '\(written)' is not allowed; write '\(ascii)'"
        case .power(let written):
            "'\(written)' (power) is not supported; write the multiplication out"
        case .unclosedBackquote:
            "unclosed '`'"
        case .emptyBackquotes:
            "empty name in backquotes"
        case .leadingDot(let text):
            "write '0\(text)' rather than '\(text)'"
        case .digitExpectedAfterDot(let text):
            "expected a digit after '.' in '\(text)'"
        case .numberTooLong(let text):
            "number '\(text)' has more than 38 significant digits"
        case .unitAfterNumber(let number, let unit):
            "'\(number)\(unit)': numbers in rules are written without units"
        case .nameStartsWithDigit(let word):
            "'\(word)' is not a number or a name; names cannot start with a digit"
        case .uppercaseKeyword(let written, let keyword):
            "keywords are lower case: write '\(keyword)' for '\(written)', or `\(written)` for a field of that name"
        case .expectedExpression(let token):
            "expected an expression after '\(token)'"
        case .expectedExpressionFound(let token):
            "expected an expression, found '\(token)'"
        case .expectedOperator(let left, let right):
            "expected an operator between '\(left)' and '\(right)'"
        case .unclosedParenthesis:
            "unclosed '('"
        case .unmatchedParenthesis:
            "unmatched ')'"
        case .expectedArgumentSeparator(let function, let found):
            "expected ',' or ')' in the arguments of '\(function)', found '\(found)'"
        case .strayComma:
            "unexpected ',' outside the arguments of a function"
        case .strayDot:
            "unexpected '.'; dotted names are written without spaces, as in 'total.households'"
        case .expectedNameAfterDot(let path):
            "expected a name right after '\(path).'"
        case .expectedThen:
            "expected 'then' after the condition of 'if'"
        case .thenWithoutIf:
            "'then' without 'if'"
        case .elseWithoutIf:
            "'else' without 'if … then'"
        case .conditionalNeedsParentheses:
            "put 'if … then … else …' in parentheses when it is part of a larger expression"
        case .chainedComparison:
            "comparisons cannot be chained; write 'a < b and b < c', or use between(x, low, high)"
        case .tooDeep(let limit):
            "expression nested too deeply (more than \(limit) levels)"
        case .unknownFunction(let name, let suggestion):
            if let suggestion {
                "unknown function '\(name)' (did you mean '\(suggestion)'?)"
            } else {
                "unknown function '\(name)'; the functions are \(RuleFunction.names.joined(separator: ", "))"
            }
        case .wrongArgumentCount(let function, let expected, let given, let hint):
            "'\(function)' takes \(expected), but \(given == 0 ? "none were" : given == 1 ? "1 was" : "\(given) were") given"
                + (hint.map { "; \($0)" } ?? "")
        case .roundDigits:
            "the second argument of 'round' must be a whole number of decimal places from -20 to 20, such as round(x, 2)"
        case .nestedAggregate(let inner, let outer):
            "'\(inner)' cannot be used inside '\(outer)': both run over the records"
        case .totalRowInAggregate(let function, let path):
            "'\(function)' runs over the records, so it cannot use the total row ('\(path)')"
        case .needsNumber(let context):
            "'\(context)' needs a number here, not a condition"
        case .needsCondition(let context):
            "'\(context)' needs a condition here, not a number"
        case .ruleIsNumber:
            "a rule must be a condition, such as 'a <= b', not a number"
        case .thenNeedsCondition:
            "'then' needs a condition here, not a number (or add an 'else' branch)"
        case .branchesDiffer:
            "'then' and 'else' must both be numbers or both be conditions"
        case .badTolerance(let text):
            "'\(text)' is not a tolerance; write a non-negative number such as 0.5 or a percentage such as 1%"
        }
    }
}
