import AuditCore
import Testing
@testable import RuleLanguage

@Suite("Parsing: precedence, associativity, names")
struct ParserTests {
    @Test(arguments: [
        ("a ≤ b", "(a <= b)"),
        ("a ≥ b", "(a >= b)"),
        ("a ≠ b", "(a != b)"),
        ("a < b + 1", "(a < (b + 1))"),
        ("not a > b or c == 1", "((not (a > b)) or (c == 1))"),
        ("not (a > b) or c == 1", "((not (a > b)) or (c == 1))"),
        ("a > 0 and b > 0 or c > 0", "(((a > 0) and (b > 0)) or (c > 0))"),
        ("a > 0 or b > 0 and c > 0", "((a > 0) or ((b > 0) and (c > 0)))"),
        ("a > 0 && b > 0 || !(c > 0)", "(((a > 0) and (b > 0)) or (not (c > 0)))"),
        ("a > 0 and b > 0 and c > 0", "((a > 0) and (b > 0) and (c > 0))"),
        ("!!(a > 0)", "(not (not (a > 0)))"),
        ("if a > 0 then b >= a", "(if (a > 0) then (b >= a))"),
        ("if a > 0 then b >= a else b == 0", "(if (a > 0) then (b >= a) else (b == 0))"),
        ("if a > 0 then if b > 0 then c > 0 else d > 0", "(if (a > 0) then (if (b > 0) then (c > 0) else (d > 0)))"),
        ("x == (if a > 0 then 1 else 2)", "(x == (if (a > 0) then 1 else 2))"),
        ("true or false", "(true or false)"),
        ("sum(households) == total.households", "(sum(households) == total:households)"),
        ("min(a) < max(a, b, c)", "(columnMinimum(a) < greatest(a, b, c))"),
        ("min(a, b) <= max(a)", "(least(a, b) <= columnMaximum(a))"),
        ("round(x, 2) == y", "(round(x, 2) == y)"),
        ("round(x) == round(y, -1)", "(round(x) == round(y, (neg 1)))"),
        ("between(rate, 0, 100)", "between(rate, 0, 100)"),
        ("count() > 0 and mean(x) >= 0", "((count() > 0) and (mean(x) >= 0))"),
        ("abs(incidence_rate - 100 * poor_persons / rural_population) <= 0.05",
         "(abs((incidence_rate - ((100 * poor_persons) / rural_population))) <= 0.05)"),
        ("sum (x) > 0", "(sum(x) > 0)"),
    ])
    func precedenceAndAssociativity(source: String, expected: String) throws {
        #expect(bracketed(try RuleParser.parse(source)) == expected)
    }

    /// Arithmetic alone is not a rule, so each case is compared with 0.
    @Test(arguments: [
        ("a + b * c", "(a + (b * c))"),
        ("a - b - c", "((a - b) - c)"),
        ("a / b / c", "((a / b) / c)"),
        ("a * b + c * d", "((a * b) + (c * d))"),
        ("(a + b) * c", "((a + b) * c)"),
        ("-a * b", "((neg a) * b)"),
        ("a - -b", "(a - (neg b))"),
        ("+a", "a"),
        ("a × b ÷ c", "((a * b) / c)"),
        ("a − b", "(a - b)"),
    ])
    func arithmeticPrecedence(source: String, expected: String) throws {
        #expect(bracketed(try RuleParser.parse("\(source) == 0")) == "(\(expected) == 0)")
    }

    @Test(arguments: [
        ("贫困户数 <= 总户数", ["贫困户数", "总户数"]),
        ("`户数(户)` >= `贫困 户数`", ["户数(户)", "贫困 户数"]),
        ("`a``b` > 0", ["a`b"]),
        ("total.households >= households", ["total.households", "households"]),
        ("total.`户数(户)` >= 0", ["total.户数(户)"]),
        ("town.households > 0", ["town.households"]),
        ("`total.x` > 0", ["total.x"]),
        ("x_1 + _y2 + 贫困户2019 > 0", ["x_1", "_y2", "贫困户2019"]),
        ("ひらがな + カタカナ + 한글 > 0", ["ひらがな", "カタカナ", "한글"]),
        ("`if` > `sum`", ["if", "sum"]),
    ])
    func identifiers(source: String, names: [String]) throws {
        #expect(try Rule(source).referencedNames == names)
    }

    @Test func totalPathsReferToTheTotalRow() throws {
        let tree = try RuleParser.parse("total.`户数(户)` >= town.x")
        guard case .comparison(_, let left, let right) = tree.kind,
              case .field(let total) = left.kind, case .field(let plain) = right.kind else {
            Issue.record("unexpected tree \(bracketed(tree))")
            return
        }
        #expect(total == FieldReference(row: .total, name: "户数(户)"))
        #expect(plain == FieldReference(row: .current, name: "town.x"))
    }

    @Test(arguments: [("1.50", "1.5"), ("0.1", "0.1"), ("007", "7"), ("12345678901234567890.123456789", "12345678901234567890.123456789")])
    func numbersAreExactDecimals(text: String, expected: String) throws {
        let tree = try RuleParser.parse("x == \(text)")
        guard case .comparison(_, _, let right) = tree.kind, case .number(let value) = right.kind else {
            Issue.record("no number in \(bracketed(tree))")
            return
        }
        #expect(value == dec(expected))
    }

    /// Spans count Unicode scalars, so CJK names advance the column by one per character.
    @Test(arguments: [
        ("a + b * c > 0", "b * c", 4, 5, 1, 5),
        ("贫困户数 <= 总户数", "总户数", 8, 3, 1, 9),
        ("`户数(户)` > 1", "`户数(户)`", 0, 7, 1, 1),
        ("a > 0 and\n  贫困户 <= 1", "贫困户 <= 1", 12, 8, 2, 3),
        ("(a + b) > c", "a + b", 1, 5, 1, 2),
    ])
    func spans(source: String, fragment: String, offset: Int, length: Int, line: Int, column: Int) throws {
        let tree = try RuleParser.parse(source)
        var found: [SourceSpan] = []
        collectSpans(tree, into: &found)
        let text = SourceText(source)
        let match = found.first { text.string($0.range) == fragment }
        #expect(match == SourceSpan(offset: offset, length: length, line: line, column: column))
    }

    private func collectSpans(_ node: RuleExpression, into spans: inout [SourceSpan]) {
        spans.append(node.span)
        switch node.kind {
        case .negate(let x), .not(let x): collectSpans(x, into: &spans)
        case .arithmetic(let first, let steps):
            collectSpans(first, into: &spans)
            for step in steps { collectSpans(step.operand, into: &spans) }
        case .logical(_, let operands), .call(_, let operands):
            for operand in operands { collectSpans(operand, into: &spans) }
        case .comparison(_, let left, let right):
            collectSpans(left, into: &spans)
            collectSpans(right, into: &spans)
        case .conditional(let c, let t, let e):
            collectSpans(c, into: &spans)
            collectSpans(t, into: &spans)
            if let e { collectSpans(e, into: &spans) }
        case .number, .boolean, .field: break
        }
    }
}
