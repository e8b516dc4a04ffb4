import AuditCore
/// The functions a rule can call, told apart by name and argument count.
///
/// `min` and `max` with one argument are aggregates over the records (the column's least or
/// greatest value); with two or more they compare their arguments.
public enum RuleFunction: Hashable, Sendable, CaseIterable {
    /// `abs(x)`.
    case abs
    /// `round(x)` or `round(x, digits)`, halves away from zero (四舍五入).
    case round
    /// `min(a, b, …)`: the least argument.
    case least
    /// `max(a, b, …)`: the greatest argument.
    case greatest
    /// `between(x, low, high)`: `low <= x and x <= high`.
    case between
    /// `sum(x)`: `x` added over the records (of the group).
    case sum
    /// `mean(x)`: `sum(x) / count()`.
    case mean
    /// `count()`: the number of records (of the group).
    case count
    /// `min(x)`: the least `x` over the records (of the group).
    case columnMinimum
    /// `max(x)`: the greatest `x` over the records (of the group).
    case columnMaximum

    /// The name a rule calls it by.
    public var name: String {
        switch self {
        case .abs: "abs"
        case .round: "round"
        case .least, .columnMinimum: "min"
        case .greatest, .columnMaximum: "max"
        case .between: "between"
        case .sum: "sum"
        case .mean: "mean"
        case .count: "count"
        }
    }

    /// Whether it runs over the records rather than over its arguments.
    public var isAggregate: Bool {
        switch self {
        case .sum, .mean, .count, .columnMinimum, .columnMaximum: true
        case .abs, .round, .least, .greatest, .between: false
        }
    }

    /// Every function name, sorted, for messages and suggestions.
    public static let names = ["abs", "between", "count", "max", "mean", "min", "round", "sum"]

    /// The function `name` means with `count` arguments, or the problem with the call.
    static func resolve(_ name: String, argumentCount count: Int) -> Resolution {
        func wrong(_ expected: String, _ hint: String? = nil) -> Resolution {
            .problem(.wrongArgumentCount(function: name, expected: expected, given: count, hint: hint))
        }
        switch name {
        case "abs": return count == 1 ? .function(.abs) : wrong("1 argument")
        case "round": return (1...2).contains(count) ? .function(.round) : wrong("1 or 2 arguments")
        case "between": return count == 3 ? .function(.between) : wrong("3 arguments (value, low, high)")
        case "count": return count == 0 ? .function(.count) : wrong("no arguments", "it counts the records")
        case "sum": return count == 1 ? .function(.sum) : wrong("1 argument", count > 1 ? "to add values use '+'" : nil)
        case "mean": return count == 1 ? .function(.mean) : wrong("1 argument")
        case "min":
            return count == 0 ? wrong("at least 1 argument") : .function(count == 1 ? .columnMinimum : .least)
        case "max":
            return count == 0 ? wrong("at least 1 argument") : .function(count == 1 ? .columnMaximum : .greatest)
        default:
            let suggestion = names.first { $0 == name.lowercased() } ?? closestMatch(to: name, among: names)
            return .problem(.unknownFunction(name, suggestion: suggestion))
        }
    }

    /// A function, or why a call names none.
    enum Resolution {
        case function(RuleFunction)
        case problem(RuleProblem)
    }
}
