import AuditCore

/// Recursive descent over the tokens of a rule; see `RuleParser` for the grammar.
struct Parser {
    private let tokens: [Token]
    private let text: SourceText
    private var index = 0
    private var depth = 0
    private let maximumDepth: Int

    /// Prepares to parse `tokens` read from `text`.
    init(tokens: [Token], text: SourceText, maximumDepth: Int) {
        self.tokens = tokens
        self.text = text
        self.maximumDepth = maximumDepth
    }

    private var current: Token { tokens[index] }
    private var previous: Token? { index > 0 ? tokens[index - 1] : nil }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func fail(_ problem: RuleProblem, _ range: Range<Int>) -> RuleSyntaxError {
        RuleSyntaxError(problem, at: range, in: text)
    }

    private func fail(_ problem: RuleProblem, at token: Token) -> RuleSyntaxError {
        fail(problem, token.range)
    }

    private func node(_ kind: RuleExpression.Kind, _ range: Range<Int>) -> RuleExpression {
        RuleExpression(kind, span: text.span(range))
    }

    /// Counts one level of nesting, refusing to go deeper than the limit (the stack is finite).
    private mutating func enter() throws(RuleSyntaxError) {
        depth += 1
        if depth > maximumDepth { throw fail(.tooDeep(limit: maximumDepth), at: current) }
    }

    /// rule = expression EOF
    mutating func parseRule() throws(RuleSyntaxError) -> RuleExpression {
        if case .end = current.kind { throw fail(.emptyRule, 0..<0) }
        let expression = try parseExpression()
        if case .end = current.kind { return expression }
        throw unexpectedAfterExpression()
    }

    /// The error for a token that cannot follow a complete expression.
    private func unexpectedAfterExpression() -> RuleSyntaxError {
        let token = current
        switch token.kind {
        case .symbol(.rightParenthesis): return fail(.unmatchedParenthesis, at: token)
        case .symbol(.comma): return fail(.strayComma, at: token)
        case .symbol(.dot): return fail(.strayDot, at: token)
        case .keyword(.then): return fail(.thenWithoutIf, at: token)
        case .keyword(.else): return fail(.elseWithoutIf, at: token)
        default: return fail(.expectedOperator(between: previous?.text ?? "", and: token.text), at: token)
        }
    }

    /// expression = conditional | disjunction
    private mutating func parseExpression() throws(RuleSyntaxError) -> RuleExpression {
        try enter()
        defer { depth -= 1 }
        if current.is(.if) { return try parseConditional() }
        return try parseLogical(.or)
    }

    /// conditional = "if" expression "then" expression [ "else" expression ]
    private mutating func parseConditional() throws(RuleSyntaxError) -> RuleExpression {
        let start = advance().offset
        let condition = try parseExpression()
        guard current.is(.then) else {
            if case .end = current.kind { throw fail(.expectedThen, previous!.end..<previous!.end) }
            throw fail(.expectedThen, at: current)
        }
        _ = advance()
        let value = try parseExpression()
        var alternative: RuleExpression?
        if current.is(.else) {
            _ = advance()
            alternative = try parseExpression()
        }
        let end = (alternative ?? value).span.end
        return node(.conditional(condition, then: value, else: alternative), start..<end)
    }

    /// disjunction = conjunction { ("or" | "||") conjunction }; conjunction = negation { ("and" | "&&") negation }
    private mutating func parseLogical(_ op: LogicalOperator) throws(RuleSyntaxError) -> RuleExpression {
        let first = op == .or ? try parseLogical(.and) : try parseNegation()
        var operands = [first]
        while matches(op) {
            _ = advance()
            operands.append(op == .or ? try parseLogical(.and) : try parseNegation())
        }
        guard operands.count > 1 else { return first }
        return node(.logical(op, operands), first.span.offset..<operands.last!.span.end)
    }

    private func matches(_ op: LogicalOperator) -> Bool {
        switch op {
        case .and: current.is(Keyword.and) || current.is(Symbol.and)
        case .or: current.is(Keyword.or) || current.is(Symbol.or)
        }
    }

    /// negation = ("not" | "!") negation | comparison
    private mutating func parseNegation() throws(RuleSyntaxError) -> RuleExpression {
        guard current.is(Keyword.not) || current.is(Symbol.not) else { return try parseComparison() }
        let start = advance().offset
        try enter()
        defer { depth -= 1 }
        let operand = try parseNegation()
        return node(.not(operand), start..<operand.span.end)
    }

    /// comparison = additive [ compop additive ]
    private mutating func parseComparison() throws(RuleSyntaxError) -> RuleExpression {
        let left = try parseArithmetic(additive: true)
        guard let op = comparisonOperator(current) else { return left }
        _ = advance()
        let right = try parseArithmetic(additive: true)
        if comparisonOperator(current) != nil { throw fail(.chainedComparison, at: current) }
        return node(.comparison(op, left, right), left.span.offset..<right.span.end)
    }

    private func comparisonOperator(_ token: Token) -> ComparisonOperator? {
        switch token.kind {
        case .symbol(.equal): .equal
        case .symbol(.notEqual): .notEqual
        case .symbol(.less): .less
        case .symbol(.lessOrEqual): .lessOrEqual
        case .symbol(.greater): .greater
        case .symbol(.greaterOrEqual): .greaterOrEqual
        default: nil
        }
    }

    /// additive = multiplicative { ("+" | "-") multiplicative }; multiplicative = unary { ("*" | "/") unary }
    private mutating func parseArithmetic(additive: Bool) throws(RuleSyntaxError) -> RuleExpression {
        let first = additive ? try parseArithmetic(additive: false) : try parseUnary()
        var steps: [ArithmeticStep] = []
        while let op = arithmeticOperator(current, additive: additive) {
            _ = advance()
            steps.append(ArithmeticStep(op, additive ? try parseArithmetic(additive: false) : try parseUnary()))
        }
        guard !steps.isEmpty else { return first }
        return node(.arithmetic(first, steps), first.span.offset..<steps.last!.operand.span.end)
    }

    private func arithmeticOperator(_ token: Token, additive: Bool) -> ArithmeticOperator? {
        switch token.kind {
        case .symbol(.plus) where additive: .add
        case .symbol(.minus) where additive: .subtract
        case .symbol(.times) where !additive: .multiply
        case .symbol(.divide) where !additive: .divide
        default: nil
        }
    }

    /// unary = ("-" | "+") unary | primary
    private mutating func parseUnary() throws(RuleSyntaxError) -> RuleExpression {
        guard current.is(.minus) || current.is(.plus) else { return try parsePrimary() }
        let sign = advance()
        try enter()
        defer { depth -= 1 }
        let operand = try parseUnary()
        if sign.is(.plus) { return operand }
        return node(.negate(operand), sign.offset..<operand.span.end)
    }

    /// primary = number | "true" | "false" | call | path | "(" expression ")"
    private mutating func parsePrimary() throws(RuleSyntaxError) -> RuleExpression {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return node(.number(value), token.range)
        case .keyword(.true), .keyword(.false):
            _ = advance()
            return node(.boolean(token.is(.true)), token.range)
        case .name, .quotedName:
            return try parseNameOrCall()
        case .symbol(.leftParenthesis):
            _ = advance()
            let inner = try parseExpression()
            guard current.is(.rightParenthesis) else {
                if case .end = current.kind { throw fail(.unclosedParenthesis, at: token) }
                throw unexpectedAfterExpression()
            }
            _ = advance()
            return inner
        case .keyword(.if):
            throw fail(.conditionalNeedsParentheses, at: token)
        case .symbol(.rightParenthesis) where previous == nil:
            throw fail(.unmatchedParenthesis, at: token)
        case .end:
            guard let previous else { throw fail(.emptyRule, 0..<0) }
            throw fail(.expectedExpression(after: previous.text), previous.end..<previous.end)
        default:
            if let previous { throw fail(.expectedExpression(after: previous.text), at: token) }
            throw fail(.expectedExpressionFound(token.text), at: token)
        }
    }

    /// path = name { "." name } with no spaces around the dots; call = name "(" [ arguments ] ")"
    private mutating func parseNameOrCall() throws(RuleSyntaxError) -> RuleExpression {
        let first = advance()
        var segments = [Self.name(of: first)]
        var end = first.end
        while current.is(.dot), current.offset == end {
            let dot = advance()
            guard Self.isName(current), current.offset == dot.end else {
                throw fail(.expectedNameAfterDot(text.string(first.offset..<dot.offset)), dot.range)
            }
            let segment = advance()
            segments.append(Self.name(of: segment))
            end = segment.end
        }
        if current.is(.leftParenthesis), case .name = first.kind {
            return try parseCall(name: text.string(first.offset..<end), start: first.offset)
        }
        let reference = segments.count > 1 && segments[0] == "total"
            ? FieldReference(row: .total, name: segments.dropFirst().joined(separator: "."))
            : FieldReference(row: .current, name: segments.joined(separator: "."))
        return node(.field(reference), first.offset..<end)
    }

    private static func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .name, .quotedName: true
        default: false
        }
    }

    private static func name(of token: Token) -> String {
        switch token.kind {
        case .name(let name), .quotedName(let name): name
        default: token.text
        }
    }

    private mutating func parseCall(name: String, start: Int) throws(RuleSyntaxError) -> RuleExpression {
        let nameRange = start..<(start + name.unicodeScalars.count)
        // An unknown name is reported before its arguments are read: the name is the likelier typo.
        if !RuleFunction.names.contains(name), case .problem(let problem) = RuleFunction.resolve(name, argumentCount: 0) {
            throw fail(problem, nameRange)
        }
        let open = advance()
        var arguments: [RuleExpression] = []
        if !current.is(.rightParenthesis) {
            while true {
                arguments.append(try parseExpression())
                if current.is(.comma) {
                    _ = advance()
                    continue
                }
                if current.is(.rightParenthesis) { break }
                if case .end = current.kind { throw fail(.unclosedParenthesis, at: open) }
                throw fail(.expectedArgumentSeparator(function: name, found: current.text), at: current)
            }
        }
        let close = advance()
        switch RuleFunction.resolve(name, argumentCount: arguments.count) {
        case .function(let function):
            return node(.call(function, arguments), start..<close.end)
        case .problem(let problem):
            throw fail(problem, nameRange)
        }
    }
}
