import Foundation

/// Reads typed values from scalar nodes; every failure names the expected type and what was found.
enum Scalars {
    private static let trueWords: Set<String> = ["true", "True", "TRUE", "yes", "Yes", "YES"]
    private static let falseWords: Set<String> = ["false", "False", "FALSE", "no", "No", "NO"]
    private static let infinities: Set<String> = [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]
    private static let negativeInfinities: Set<String> = ["-.inf", "-.Inf", "-.INF"]
    private static let notANumber: Set<String> = [".nan", ".NaN", ".NAN"]
    private static let posix = Locale(identifier: "en_US_POSIX")

    static func string(_ node: YAMLNode, at path: [any CodingKey]) throws(DecodeFailure) -> String {
        guard let text = node.scalar else { throw Problems.mismatch(expected: "a string", node: node, path: path) }
        return text
    }

    static func bool(_ node: YAMLNode, at path: [any CodingKey]) throws(DecodeFailure) -> Bool {
        if case .scalar(let text, plain: true) = node.value {
            if trueWords.contains(text) { return true }
            if falseWords.contains(text) { return false }
        }
        // A quoted "true" is a string in YAML; say so, or the message would look self-contradictory.
        let quotedWord = node.scalar.map { trueWords.contains($0) || falseWords.contains($0) } ?? false
        throw Problems.mismatch(expected: "true or false", node: node, path: path, note: quotedWord ? " (quoted)" : "")
    }

    static func integer<I: FixedWidthInteger>(_: I.Type, _ node: YAMLNode, at path: [any CodingKey]) throws(DecodeFailure) -> I {
        if let text = node.scalar, !node.isNull {
            if let value = I(text, radix: 10) { return value }
            if isInteger(text) {
                throw Problems.mismatch(expected: "an integer between \(I.min) and \(I.max)", node: node, path: path)
            }
        }
        throw Problems.mismatch(expected: "an integer", node: node, path: path)
    }

    static func floating<F: BinaryFloatingPoint & LosslessStringConvertible>(
        _: F.Type, _ node: YAMLNode, at path: [any CodingKey]
    ) throws(DecodeFailure) -> F {
        if case .scalar(let text, let plain) = node.value {
            if plain, infinities.contains(text) { return .infinity }
            if plain, negativeInfinities.contains(text) { return -.infinity }
            if plain, notANumber.contains(text) { return .nan }
            // Swift would also take "nan", "inf" and hex floats; YAML does not.
            if isDecimalNumber(text), let value = F(text) { return value }
        }
        throw Problems.mismatch(expected: "a number", node: node, path: path)
    }

    static func decimal(_ node: YAMLNode, at path: [any CodingKey]) throws(DecodeFailure) -> Decimal {
        // Decimal(string:) accepts a valid prefix ("1abc" gives 1), so the syntax is checked first.
        guard let text = node.scalar, isDecimalNumber(text), let value = Decimal(string: text, locale: posix) else {
            throw Problems.mismatch(expected: "a number", node: node, path: path)
        }
        return value
    }

    /// `[+-]digits`.
    private static func isInteger(_ text: String) -> Bool {
        var digits = Substring(text)
        if let first = digits.first, first == "+" || first == "-" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// `[+-](digits[.digits] | .digits)[(e|E)[+-]digits]`.
    static func isDecimalNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        func skipSign() {
            if let first = rest.first, first == "+" || first == "-" { rest = rest.dropFirst() }
        }
        func digitCount() -> Int {
            let digits = rest.prefix(while: \.isASCIIDigit)
            rest = rest.dropFirst(digits.count)
            return digits.count
        }
        skipSign()
        var mantissaDigits = digitCount()
        if rest.first == "." {
            rest = rest.dropFirst()
            mantissaDigits += digitCount()
        }
        guard mantissaDigits > 0 else { return false }
        if let first = rest.first, first == "e" || first == "E" {
            rest = rest.dropFirst()
            skipSign()
            guard digitCount() > 0 else { return false }
        }
        return rest.isEmpty
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
