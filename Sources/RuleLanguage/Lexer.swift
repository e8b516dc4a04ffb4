import AuditCore
import Foundation

/// Splits a rule into tokens, diagnosing characters that belong to other notations.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let text: SourceText
    private var index = 0
    private var tokens: [Token] = []

    /// Prepares to read `text`.
    init(_ text: SourceText) {
        self.text = text
        self.scalars = text.scalars
    }

    /// The tokens of the text, ending with one `.end` token.
    static func tokens(of text: SourceText) throws(RuleSyntaxError) -> [Token] {
        var lexer = Lexer(text)
        return try lexer.run()
    }

    private mutating func run() throws(RuleSyntaxError) -> [Token] {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
            } else if CharacterClasses.isDigit(scalar) {
                try readNumber()
            } else if CharacterClasses.isNameStart(scalar) {
                try readName()
            } else if scalar == "`" {
                try readQuotedName()
            } else {
                try readSymbol()
            }
        }
        tokens.append(Token(kind: .end, offset: scalars.count, length: 0, text: ""))
        return tokens
    }

    private func peek(_ ahead: Int = 1) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private func string(_ range: Range<Int>) -> String { text.string(range) }

    private func fail(_ problem: RuleProblem, _ range: Range<Int>) -> RuleSyntaxError {
        RuleSyntaxError(problem, at: range, in: text)
    }

    private mutating func emit(_ kind: Token.Kind, from start: Int) {
        tokens.append(Token(kind: kind, offset: start, length: index - start, text: string(start..<index)))
    }

    private mutating func readNumber() throws(RuleSyntaxError) {
        let start = index
        while index < scalars.count, CharacterClasses.isDigit(scalars[index]) { index += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            guard index < scalars.count, CharacterClasses.isDigit(scalars[index]) else {
                throw fail(.digitExpectedAfterDot(string(start..<index)), start..<index)
            }
            while index < scalars.count, CharacterClasses.isDigit(scalars[index]) { index += 1 }
        }
        let written = string(start..<index)
        if index < scalars.count, CharacterClasses.isNameStart(scalars[index]) {
            let wordStart = index
            while index < scalars.count, CharacterClasses.isNameContinuation(scalars[index]) { index += 1 }
            if CharacterClasses.isCJK(scalars[wordStart]) {
                throw fail(.unitAfterNumber(number: written, unit: string(wordStart..<index)), start..<index)
            }
            throw fail(.nameStartsWithDigit(string(start..<index)), start..<index)
        }
        // Decimal holds 38 significant digits; beyond that it would round silently.
        let significant = written.unicodeScalars.filter { $0 != "." }.drop { $0 == "0" }.count
        guard significant <= 38, let value = Decimal(string: written, locale: Locale(identifier: "en_US_POSIX")) else {
            throw fail(.numberTooLong(written), start..<index)
        }
        emit(.number(value), from: start)
    }

    private mutating func readName() throws(RuleSyntaxError) {
        let start = index
        while index < scalars.count, CharacterClasses.isNameContinuation(scalars[index]) { index += 1 }
        let word = string(start..<index)
        if let keyword = Keyword(rawValue: word) {
            emit(.keyword(keyword), from: start)
        } else if let keyword = Keyword(rawValue: word.lowercased()), word.unicodeScalars.allSatisfy(\.isASCII) {
            throw fail(.uppercaseKeyword(written: word, keyword: keyword.rawValue), start..<index)
        } else {
            emit(.name(word), from: start)
        }
    }

    private mutating func readQuotedName() throws(RuleSyntaxError) {
        let start = index
        index += 1
        var name = String.UnicodeScalarView()
        while true {
            guard index < scalars.count, scalars[index] != "\n", scalars[index] != "\r" else {
                throw fail(.unclosedBackquote, start..<(start + 1))
            }
            if scalars[index] == "`" {
                // A doubled backquote stands for one backquote inside the name.
                if peek() == "`" {
                    name.append("`")
                    index += 2
                    continue
                }
                index += 1
                break
            }
            name.append(scalars[index])
            index += 1
        }
        guard !name.isEmpty else { throw fail(.emptyBackquotes, start..<index) }
        emit(.quotedName(String(name)), from: start)
    }

    private mutating func readSymbol() throws(RuleSyntaxError) {
        let start = index
        let scalar = scalars[index]
        let next = peek()
        func single(_ symbol: Symbol) -> (Symbol, Int) { (symbol, 1) }
        let matched: (symbol: Symbol, length: Int)
        switch scalar {
        case "+": matched = single(.plus)
        case "-", "\u{2212}": matched = single(.minus)
        case "*", "×":
            if scalar == "*", next == "*" { throw fail(.power("**"), start..<(start + 2)) }
            matched = single(.times)
        case "/", "÷": matched = single(.divide)
        case "(": matched = single(.leftParenthesis)
        case ")": matched = single(.rightParenthesis)
        case ",": matched = single(.comma)
        case ".":
            if let next, CharacterClasses.isDigit(next) {
                var end = index + 1
                while end < scalars.count, CharacterClasses.isDigit(scalars[end]) { end += 1 }
                throw fail(.leadingDot(string(start..<end)), start..<end)
            }
            matched = single(.dot)
        case "≤": matched = single(.lessOrEqual)
        case "≥": matched = single(.greaterOrEqual)
        case "≠": matched = single(.notEqual)
        case "=":
            switch next {
            case "=": matched = (.equal, 2)
            case "<": throw fail(.foreignOperator(written: "=<", meant: "'<='"), start..<(start + 2))
            case ">": throw fail(.foreignOperator(written: "=>", meant: "'>='"), start..<(start + 2))
            default: throw fail(.singleEquals, start..<(start + 1))
            }
        case "!": matched = next == "=" ? (.notEqual, 2) : single(.not)
        case "<":
            switch next {
            case "=": matched = (.lessOrEqual, 2)
            case ">": throw fail(.foreignOperator(written: "<>", meant: "'!='"), start..<(start + 2))
            default: matched = single(.less)
            }
        case ">": matched = next == "=" ? (.greaterOrEqual, 2) : single(.greater)
        case "&":
            guard next == "&" else { throw fail(.foreignOperator(written: "&", meant: "'&&' or 'and'"), start..<(start + 1)) }
            matched = (.and, 2)
        case "|":
            guard next == "|" else { throw fail(.foreignOperator(written: "|", meant: "'||' or 'or'"), start..<(start + 1)) }
            matched = (.or, 2)
        case "^":
            throw fail(.power("^"), start..<(start + 1))
        default:
            throw unreadable(scalar, at: start)
        }
        index += matched.length
        emit(.symbol(matched.symbol), from: start)
    }

    private func unreadable(_ scalar: Unicode.Scalar, at start: Int) -> RuleSyntaxError {
        let range = start..<(start + 1)
        // Full-width forms FF01-FF5E mirror ASCII 21-7E; CJK input methods produce them easily.
        if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
            return fail(.fullWidth(written: String(scalar), ascii: String(ascii)), range)
        }
        if scalar.properties.isAlphabetic {
            return fail(.unsupportedLetter(String(scalar)), range)
        }
        return fail(.unexpectedCharacter(String(scalar)), range)
    }
}
