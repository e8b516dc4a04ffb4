/// A truth value of Kleene's three-valued logic: a condition over intervals may hold for some of
/// their values and fail for others.
public enum Truth: Hashable, Sendable {
    /// Holds for every value the figures allow.
    case `true`
    /// Fails for every value the figures allow.
    case `false`
    /// Holds for some values and fails for others, or cannot be known (a missing field, a division by zero).
    case unknown

    /// `not`.
    public var negated: Truth {
        switch self {
        case .true: .false
        case .false: .true
        case .unknown: .unknown
        }
    }

    /// `and`: false if either is false, true if both are true, else unknown.
    public func and(_ other: Truth) -> Truth {
        if self == .false || other == .false { return .false }
        if self == .true && other == .true { return .true }
        return .unknown
    }

    /// `or`: true if either is true, false if both are false, else unknown.
    public func or(_ other: Truth) -> Truth {
        if self == .true || other == .true { return .true }
        if self == .false && other == .false { return .false }
        return .unknown
    }
}
