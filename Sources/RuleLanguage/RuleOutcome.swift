import AuditCore

/// The result of evaluating a rule once: on one record, one group, or the whole dataset.
public struct RuleOutcome: Hashable, Sendable {
    /// What the evaluation found.
    public enum Status: Hashable, Sendable {
        /// The rule holds for every value the figures allow.
        case holds
        /// The rule fails for every value the figures allow: the only status that is a defect.
        case violated
        /// The rule is `if A then B` and A is definitely false.
        case notApplicable
        /// Fields the outcome depends on are missing (or not numbers); the names, in order of first use.
        case notEvaluable(missing: [String])
        /// The rule holds for some allowed values and fails for others (6500余 vs 6800), or a
        /// division by an interval holding 0 left it unknown.
        case indeterminate
    }

    /// A value the rule used, as a report shows it.
    public struct Value: Hashable, Sendable {
        /// The field (`households`, `total.households`) or aggregate (`sum(households)`).
        public var name: String
        /// The text as written (`6500余`) or the computed value (`1208`, `(6500, 7000)`).
        public var shown: String
        /// The interval of values it allows.
        public var interval: Interval?
        /// Where it was read; nil for computed values.
        public var location: FieldLocation?

        /// Creates a shown value.
        public init(name: String, shown: String, interval: Interval?, location: FieldLocation?) {
            self.name = name
            self.shown = shown
            self.interval = interval
            self.location = location
        }
    }

    /// What the evaluation found.
    public var status: Status
    /// The index in `RuleDataset.records` of the record checked; nil for dataset-wise and group outcomes and the total row.
    public var record: Int?
    /// Where that record (or the total row) was read.
    public var recordLocation: RecordLocation?
    /// Whether a record-wise rule was checked on the total row.
    public var isTotalRow: Bool
    /// The `by:` field's value (as written) of the group.
    public var group: String?
    /// The fields and aggregates the evaluation used, in order of first use (fields inside aggregates are summarised by the aggregate).
    public var values: [Value]
    /// The comparisons that decided it, e.g. `sum(households) = 1208 ≠ total.households = 1190`.
    public var arithmetic: String

    /// Creates an outcome.
    public init(status: Status, record: Int? = nil, recordLocation: RecordLocation? = nil, isTotalRow: Bool = false,
                group: String? = nil, values: [Value] = [], arithmetic: String = "") {
        self.status = status
        self.record = record
        self.recordLocation = recordLocation
        self.isTotalRow = isTotalRow
        self.group = group
        self.values = values
        self.arithmetic = arithmetic
    }
}
