import Foundation

/// One token of a rule, with the scalar range it was read from.
struct Token: Hashable, Sendable {
    /// What a token is.
    enum Kind: Hashable, Sendable {
        /// A decimal literal, exact.
        case number(Decimal)
        /// An unquoted name: ASCII letters, digits, `_` and CJK characters.
        case name(String)
        /// A name in backquotes, without them.
        case quotedName(String)
        /// A reserved word.
        case keyword(Keyword)
        /// An operator or punctuation.
        case symbol(Symbol)
        /// The end of the text.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// Scalar offset of its first scalar.
    var offset: Int
    /// Number of scalars.
    var length: Int
    /// The token as written.
    var text: String

    /// The scalar offsets it covers.
    var range: Range<Int> { offset..<(offset + length) }
    /// The scalar offset one past its end.
    var end: Int { offset + length }
}

/// The reserved words; they are lower case, and a field of the same name is written in backquotes.
enum Keyword: String, CaseIterable, Sendable {
    case `if`, then, `else`, and, or, not, `true`, `false`
}

/// Operators and punctuation.
enum Symbol: Hashable, Sendable {
    case plus, minus, times, divide
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case and, or, not
    case leftParenthesis, rightParenthesis, comma, dot
}

extension Token {
    /// Whether the token is `symbol`.
    func `is`(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

    /// Whether the token is `keyword`.
    func `is`(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }
}
