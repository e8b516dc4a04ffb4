import AuditCore
import Foundation

/// Why a value is not fully known: fields that are missing, and other reasons (a division by zero).
struct Doubt: Hashable, Sendable {
    /// Missing field names, in order of first use.
    private(set) var missing: [String] = []
    /// Other reasons, in order of first occurrence.
    private(set) var notes: [String] = []
    // Sets beside the arrays keep a rule with thousands of missing names linear.
    private var missingSet: Set<String> = []
    private var noteSet: Set<String> = []

    init(missing: [String] = [], notes: [String] = []) {
        for name in missing { addMissing(name) }
        for note in notes { addNote(note) }
    }

    var isEmpty: Bool { missing.isEmpty && notes.isEmpty }

    mutating func addMissing(_ name: String) {
        if missingSet.insert(name).inserted { missing.append(name) }
    }

    mutating func addNote(_ note: String) {
        if noteSet.insert(note).inserted { notes.append(note) }
    }

    mutating func merge(_ other: Doubt) {
        if other.isEmpty { return }
        for name in other.missing { addMissing(name) }
        for note in other.notes { addNote(note) }
    }
}

/// A number's value: its interval, or nil when unknown; `doubt` says why it is unknown or wider than it might be.
struct NumberResult: Sendable {
    var interval: Interval?
    var doubt = Doubt()

    static func exactly(_ value: Decimal) -> NumberResult { NumberResult(interval: .exactly(value)) }
}

/// A condition's value; `doubt` is kept only while the truth is unknown, since a definite truth needs no excuse.
struct TruthResult: Sendable {
    var truth: Truth
    var doubt = Doubt()

    init(_ truth: Truth, doubt: Doubt = Doubt()) {
        self.truth = truth
        self.doubt = truth == .unknown ? doubt : Doubt()
    }
}

/// Whether a comparison is asserted by the rule (positive), denied (negative, under `not` or in an
/// `if` condition), or both (the condition of `if … then … else`); tolerance loosens only what is asserted.
enum Polarity: Sendable {
    case positive
    case negative
    case mixed

    var flipped: Polarity {
        switch self {
        case .positive: .negative
        case .negative: .positive
        case .mixed: .mixed
        }
    }
}

/// A comparison made during an evaluation, kept to explain the outcome.
struct ComparisonTrace: Hashable, Sendable {
    /// One side: its source text and value (nil when unknown).
    struct Side: Hashable, Sendable {
        var text: String
        var value: Interval?
        var isLiteral: Bool
    }

    var op: ComparisonOperator
    var left: Side
    var right: Side
    var truth: Truth
    var polarity: Polarity
    /// The tolerance applied, or nil when the comparison was exact.
    var tolerance: RuleTolerance?
}

/// Aggregate values already computed for one set of records, keyed by the aggregate's offset in the rule.
final class AggregateCache {
    var values: [Int: NumberResult] = [:]
}
