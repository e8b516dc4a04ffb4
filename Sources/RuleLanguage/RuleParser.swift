import AuditCore

/// Reads rule expressions into checked syntax trees.
///
/// The grammar, in EBNF (keywords are lower case; `×` `÷` `≤` `≥` `≠` `−` read as `*` `/` `<=` `>=` `!=` `-`):
/// ```
/// rule           = expression EOF ;
/// expression     = conditional | disjunction ;
/// conditional    = "if" expression "then" expression [ "else" expression ] ;
/// disjunction    = conjunction { ( "or" | "||" ) conjunction } ;
/// conjunction    = negation { ( "and" | "&&" ) negation } ;
/// negation       = ( "not" | "!" ) negation | comparison ;
/// comparison     = additive [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) additive ] ;
/// additive       = multiplicative { ( "+" | "-" ) multiplicative } ;
/// multiplicative = unary { ( "*" | "/" ) unary } ;
/// unary          = ( "-" | "+" ) unary | primary ;
/// primary        = number | "true" | "false" | call | path | "(" expression ")" ;
/// call           = identifier "(" [ expression { "," expression } ] ")" ;
/// path           = name { "." name } ;            (* no spaces around the dots *)
/// name           = identifier | "`" { any scalar but "`" and line breaks | "``" } "`" ;
/// identifier     = ( letter | "_" | cjk ) { letter | digit | "_" | cjk } ;   (* ASCII letters and digits *)
/// number         = digit { digit } [ "." digit { digit } ] ;                 (* at most 38 significant digits *)
/// ```
/// A conditional starts an expression (the whole rule, a parenthesis, an argument or a branch); inside
/// a larger expression it goes in parentheses. Comparisons do not chain. `total.<name>` refers to the
/// total row; every other dotted path names one field, dots included.
public enum RuleParser {
    /// How deeply parentheses, unary operators, `not` and calls may nest.
    public static let maximumDepth = 256

    /// Parses and type-checks `source`; the tree's spans are positions inside `source`.
    public static func parse(_ source: String) throws(RuleSyntaxError) -> RuleExpression {
        let text = SourceText(source)
        let tokens = try Lexer.tokens(of: text)
        var parser = Parser(tokens: tokens, text: text, maximumDepth: maximumDepth)
        let expression = try parser.parseRule()
        try TypeChecker(text: text).checkRule(expression)
        return expression
    }
}
