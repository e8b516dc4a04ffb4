import Testing
@testable import RuleLanguage

@Suite("Syntax errors: exact message and position")
struct SyntaxErrorTests {
    /// Every message the lexer, parser and type checker produce, with the 1-based line and column
    /// (in Unicode scalars) it points at.
    @Test(arguments: [
        ("", "the rule is empty", 1, 1),
        ("   ", "the rule is empty", 1, 1),
        ("a +", "expected an expression after \'+\'", 1, 4),
        ("a + * b", "expected an expression after \'+\'", 1, 5),
        ("a ==   ", "expected an expression after \'==\'", 1, 5),
        ("summ(x) > 0", "unknown function \'summ\' (did you mean \'sum\'?)", 1, 1),
        ("SUM(x) > 0", "unknown function \'SUM\' (did you mean \'sum\'?)", 1, 1),
        ("foo(x) > 0", "unknown function \'foo\'; the functions are abs, between, count, max, mean, min, round, sum", 1, 1),
        ("(a + b > c", "unclosed \'(\'", 1, 1),
        ("abs(a - b <= 1", "unclosed \'(\'", 1, 4),
        ("a = b", "\'=\' is not a comparison; did you mean \'==\'?", 1, 3),
        ("a <> b", "\'<>\' is not an operator; did you mean \'!=\'?", 1, 3),
        ("a => b", "\'=>\' is not an operator; did you mean \'>=\'?", 1, 3),
        ("a =< b", "\'=<\' is not an operator; did you mean \'<=\'?", 1, 3),
        ("a & b", "\'&\' is not an operator; did you mean \'&&\' or \'and\'?", 1, 3),
        ("a | b", "\'|\' is not an operator; did you mean \'||\' or \'or\'?", 1, 3),
        ("a ^ 2", "\'^\' (power) is not supported; write the multiplication out", 1, 3),
        ("a ** 2 > 0", "\'**\' (power) is not supported; write the multiplication out", 1, 3),
        ("a b", "expected an operator between \'a\' and \'b\'", 1, 3),
        ("a > b)", "unmatched \')\'", 1, 6),
        (") > 0", "unmatched \')\'", 1, 1),
        ("a > b, c", "unexpected \',\' outside the arguments of a function", 1, 6),
        ("a < b < c", "comparisons cannot be chained; write \'a < b and b < c\', or use between(x, low, high)", 1, 7),
        ("a > 0 AND b > 0", "keywords are lower case: write \'and\' for \'AND\', or `AND` for a field of that name", 1, 7),
        ("If a > 0 then b > 0", "keywords are lower case: write \'if\' for \'If\', or `If` for a field of that name", 1, 1),
        ("if a > 0 b > 0", "expected \'then\' after the condition of \'if\'", 1, 10),
        ("if a > 0", "expected \'then\' after the condition of \'if\'", 1, 9),
        ("a > 0 then b", "\'then\' without \'if\'", 1, 7),
        ("a > 0 else b", "\'else\' without \'if … then\'", 1, 7),
        ("a + if b > 0 then 1 else 2 > 0", "put \'if … then … else …\' in parentheses when it is part of a larger expression", 1, 5),
        ("`户数 > 0", "unclosed \'`\'", 1, 1),
        ("`` > 0", "empty name in backquotes", 1, 1),
        (".5 < a", "write \'0.5\' rather than \'.5\'", 1, 1),
        ("a < 1.", "expected a digit after \'.\' in \'1.\'", 1, 5),
        ("a < 100户", "\'100户\': numbers in rules are written without units", 1, 5),
        ("a < 2x", "\'2x\' is not a number or a name; names cannot start with a digit", 1, 5),
        ("a < 1234567890123456789012345678901234567890", "number \'1234567890123456789012345678901234567890\' has more than 38 significant digits", 1, 5),
        ("a（b", "full-width \'（\' is not allowed; write \'(\'", 1, 2),
        ("a，b", "full-width \'，\' is not allowed; write \',\'", 1, 2),
        ("a > 0 # note", "unexpected character \'#\'", 1, 7),
        ("café > 0", "unexpected character \'é\'; names use ASCII letters, digits, \'_\' and CJK characters, or are put in backquotes", 1, 4),
        ("total. x > 0", "expected a name right after \'total.\'", 1, 6),
        ("total.(x) > 0", "expected a name right after \'total.\'", 1, 6),
        ("a .b > 0", "unexpected \'.\'; dotted names are written without spaces, as in \'total.households\'", 1, 3),
        ("sum(a b) > 0", "expected \',\' or \')\' in the arguments of \'sum\', found \'b\'", 1, 7),
        ("sum(a, b) > 0", "\'sum\' takes 1 argument, but 2 were given; to add values use \'+\'", 1, 1),
        ("abs() > 0", "\'abs\' takes 1 argument, but none were given", 1, 1),
        ("count(x) > 0", "\'count\' takes no arguments, but 1 was given; it counts the records", 1, 1),
        ("between(a, 1)", "\'between\' takes 3 arguments (value, low, high), but 2 were given", 1, 1),
        ("min() > 0", "\'min\' takes at least 1 argument, but none were given", 1, 1),
        ("mean(a, b) > 0", "\'mean\' takes 1 argument, but 2 were given", 1, 1),
        ("round(x, 1.5) == y", "the second argument of \'round\' must be a whole number of decimal places from -20 to 20, such as round(x, 2)", 1, 10),
        ("round(x, y) == 1", "the second argument of \'round\' must be a whole number of decimal places from -20 to 20, such as round(x, 2)", 1, 10),
        ("round(x, 21) == 1", "the second argument of \'round\' must be a whole number of decimal places from -20 to 20, such as round(x, 2)", 1, 10),
        ("sum(mean(x)) > 0", "\'mean\' cannot be used inside \'sum\': both run over the records", 1, 5),
        ("sum(total.x) > 0", "\'sum\' runs over the records, so it cannot use the total row (\'total.x\')", 1, 5),
        ("a + (b > c) > 0", "\'+\' needs a number here, not a condition", 1, 6),
        ("a and b", "\'and\' needs a condition here, not a number", 1, 1),
        ("a + b", "a rule must be a condition, such as \'a <= b\', not a number", 1, 1),
        ("if a then b > 0", "\'if\' needs a condition here, not a number", 1, 4),
        ("if a > 0 then b", "\'then\' needs a condition here, not a number (or add an \'else\' branch)", 1, 15),
        ("if a > 0 then b > 0 else 1", "\'then\' and \'else\' must both be numbers or both be conditions", 1, 26),
        ("not a", "\'not\' needs a condition here, not a number", 1, 5),
        ("-(a > b) > 0", "\'-\' needs a number here, not a condition", 1, 3),
        ("abs(a > b) > 0", "\'abs\' needs a number here, not a condition", 1, 5),
        ("(a > b) == (c > d)", "\'==\' needs a number here, not a condition", 1, 2),
        ("a >= 0 and\nb +", "expected an expression after \'+\'", 2, 4),
        ("贫困户数 = 总户数", "\'=\' is not a comparison; did you mean \'==\'?", 1, 6),
        ("abs(", "expected an expression after \'(\'", 1, 5),
        ("(", "expected an expression after \'(\'", 1, 2),
        ("* a", "expected an expression, found \'*\'", 1, 1),
        ("then", "expected an expression, found \'then\'", 1, 1),
        ("a > 0 and", "expected an expression after \'and\'", 1, 10),
        ("f(a,) > 0", "unknown function \'f\'; the functions are abs, between, count, max, mean, min, round, sum", 1, 1),
        ("abs(a,) > 0", "expected an expression after \',\'", 1, 7),
        ("a >", "expected an expression after \'>\'", 1, 4),
        ("`贫困`户数 > 0", "expected an operator between \'`贫困`\' and \'户数\'", 1, 5),
        ("a ＞ b", "full-width \'＞\' is not allowed; write \'>\'", 1, 3),
        ("a、b", "unexpected character \'、\'", 1, 2),
        ("a > 0;", "unexpected character \';\'", 1, 6),
    ])
    func messageAndPosition(source: String, message: String, line: Int, column: Int) throws {
        let error = try #require(syntaxError(source))
        #expect(error.message == message)
        #expect(error.line == line)
        #expect(error.column == column)
    }

    /// The offset counts scalars from the start of the whole expression, across lines.
    @Test func offsetSpansLines() throws {
        let error = try #require(syntaxError("a >= 0 and\n贫困户 +"))
        #expect(error.offset == 16)
        #expect((error.line, error.column) == (2, 6))
        #expect(error.description == "2:6: expected an expression after '+'")
    }

    @Test func errorsCarryTheirProblemAsAValue() throws {
        let error = try #require(syntaxError("summ(x) > 0"))
        #expect(error.problem == .unknownFunction("summ", suggestion: "sum"))
        #expect(error.length == 4)
    }

    @Test(arguments: ["a > b", "x == 1", "a + b > c and not (d < e)", "if a > 0 then b > 0 else c > 0", "between(x, 0, 1)"])
    func validRulesParse(source: String) {
        #expect(syntaxError(source) == nil)
    }
}
