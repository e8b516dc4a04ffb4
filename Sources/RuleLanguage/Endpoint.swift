import AuditCore
import Foundation

/// One end of an interval on the extended number line, with whether the end itself is allowed.
struct Endpoint: Hashable, Sendable {
    /// A point of the extended number line.
    enum Point: Hashable, Sendable, Comparable {
        case negativeInfinity
        case finite(Decimal)
        case positiveInfinity

        static func < (lhs: Point, rhs: Point) -> Bool {
            switch (lhs, rhs) {
            case (.negativeInfinity, .negativeInfinity), (.positiveInfinity, _), (_, .negativeInfinity): false
            case (.negativeInfinity, _), (_, .positiveInfinity): true
            case let (.finite(a), .finite(b)): a < b
            }
        }

        /// -1, 0 or 1.
        var sign: Int {
            switch self {
            case .negativeInfinity: -1
            case .positiveInfinity: 1
            case .finite(let value): value.isZero ? 0 : value.sign == .minus ? -1 : 1
            }
        }

        static func infinity(sign: Int) -> Point { sign < 0 ? .negativeInfinity : .positiveInfinity }

        var negated: Point {
            switch self {
            case .negativeInfinity: .positiveInfinity
            case .positiveInfinity: .negativeInfinity
            case .finite(let value): .finite(-value)
            }
        }
    }

    var point: Point
    var closed: Bool

    init(_ point: Point, closed: Bool) {
        self.point = point
        // Infinities are never reached.
        if case .finite = point { self.closed = closed } else { self.closed = false }
    }

    /// Candidate ends for a computed value: itself when exact, else one unit either side of it.
    static func computed(_ result: ExactDecimal.Result, closed: Bool) -> [Endpoint] {
        if result.overflow != 0 { return [Endpoint(.infinity(sign: result.overflow), closed: false)] }
        if result.exact { return [Endpoint(.finite(result.value), closed: closed)] }
        let unit = ExactDecimal.unitInLastPlace(result.value)
        return [Endpoint(.finite(result.value - unit), closed: true), Endpoint(.finite(result.value + unit), closed: true)]
    }
}

extension Interval {
    /// The lower end on the extended line.
    var lowerEnd: Endpoint { Endpoint(lower.map { .finite($0) } ?? .negativeInfinity, closed: lowerClosed) }
    /// The upper end on the extended line.
    var upperEnd: Endpoint { Endpoint(upper.map { .finite($0) } ?? .positiveInfinity, closed: upperClosed) }

    /// The interval between two ends.
    init(lowerEnd: Endpoint, upperEnd: Endpoint) {
        func value(_ end: Endpoint) -> Decimal? {
            if case .finite(let value) = end.point { value } else { nil }
        }
        self.init(lower: value(lowerEnd), upper: value(upperEnd), lowerClosed: lowerEnd.closed, upperClosed: upperEnd.closed)
    }

    /// The smallest interval holding every candidate end: the least is the lower end, the greatest the
    /// upper; an end is closed when any candidate at that value is.
    init(hull candidates: [Endpoint]) {
        let least = candidates.map(\.point).min()!
        let greatest = candidates.map(\.point).max()!
        self.init(
            lowerEnd: Endpoint(least, closed: candidates.contains { $0.point == least && $0.closed }),
            upperEnd: Endpoint(greatest, closed: candidates.contains { $0.point == greatest && $0.closed })
        )
    }
}
