import AuditCore

/// A validation rule: a checked expression with its tolerance and grouping, evaluated over a dataset.
///
/// **Record-wise or dataset-wise.** A rule is *record-wise* when it names a record field (a column:
/// a field of some record, or a declared column) outside every aggregate; it is then evaluated once
/// per record, and once more on the total row (unless `includesTotalRow` is false or the rule is
/// grouped). Otherwise it is *dataset-wise* and evaluated once, or once per group with `groupBy`.
/// In both, aggregates (`sum(x)`, `mean(x)`, `count()`, one-argument `min(x)`/`max(x)`) run over
/// all records, or over the current group's; `total.x` is the total row's field; any other name that
/// is not a column is a document figure (`RuleDataset.scalars`).
///
/// **Statuses.** A rule is violated only when it fails for every value the figures allow, so
/// approximate figures (约, 余, masked digits) never raise false alarms; when the values decide
/// nothing it is indeterminate. Logic is Kleene's, as NA in R's `validate`: a missing field makes
/// the outcome not evaluable unless the rest decides it (`a > 0 or b > 0` holds when `a > 0` does,
/// `if a > 0 then b > 0` does not apply when `a <= 0`, whatever `b` is).
public struct Rule: Sendable {
    /// The expression as written.
    public let source: String
    /// The checked syntax tree.
    public let expression: RuleExpression
    /// How far apart compared sides may be.
    public var tolerance: RuleTolerance
    /// The field whose value groups records (`by: town`); nil for no grouping.
    public var groupBy: String?
    /// Whether a record-wise, ungrouped rule is also checked on the total row.
    public var includesTotalRow: Bool
    private let text: SourceText

    /// Reads and checks `source`.
    public init(_ source: String, tolerance: RuleTolerance = .exact, groupBy: String? = nil, includesTotalRow: Bool = true) throws(RuleSyntaxError) {
        self.source = source
        self.expression = try RuleParser.parse(source)
        self.tolerance = tolerance
        self.groupBy = groupBy
        self.includesTotalRow = includesTotalRow
        self.text = SourceText(source)
    }

    /// Every field the rule names (`total.x` as such), in order of first appearance.
    public var referencedNames: [String] {
        var names: [String] = []
        var seen: Set<String> = []
        RuleAnalysis.visitFields(expression, insideAggregate: false) { reference, _ in
            if seen.insert(reference.displayName).inserted { names.append(reference.displayName) }
        }
        return names
    }

    /// Whether the rule is evaluated per record of `dataset` (see the type's documentation).
    public func isRecordWise(in dataset: RuleDataset) -> Bool {
        RuleAnalysis.isRecordWise(expression, columns: dataset.columnNames)
    }

    /// Evaluates the rule over document figures only, once.
    public func evaluate(scalars: [String: FieldValue]) -> RuleOutcome {
        evaluate(RuleDataset(scalars: scalars)).first ?? RuleOutcome(status: .notEvaluable(missing: []))
    }

    /// Evaluates the rule over `dataset`: per record, per group, or once, in record order.
    public func evaluate(_ dataset: RuleDataset) -> [RuleOutcome] {
        let columns = dataset.columnNames
        let recordWise = RuleAnalysis.isRecordWise(expression, columns: columns)
        guard let groupBy else {
            let all = Array(dataset.records.indices)
            let cache = AggregateCache()
            guard recordWise else {
                return [evaluateOnce(dataset, columns, record: nil, members: all, cache: cache)]
            }
            var outcomes = dataset.records.indices.map { index in
                var outcome = evaluateOnce(dataset, columns, record: dataset.records[index], members: all, cache: cache)
                outcome.record = index
                return outcome
            }
            if includesTotalRow, let total = dataset.total {
                var outcome = evaluateOnce(dataset, columns, record: total, members: all, cache: cache)
                outcome.isTotalRow = true
                outcomes.append(outcome)
            }
            return outcomes
        }
        return evaluateGroups(dataset, columns, by: groupBy, recordWise: recordWise)
    }

    private func evaluateGroups(_ dataset: RuleDataset, _ columns: Set<String>, by field: String, recordWise: Bool) -> [RuleOutcome] {
        guard !dataset.records.isEmpty else {
            return [RuleOutcome(status: .notEvaluable(missing: [field]), arithmetic: "there are no records to group by \(field)")]
        }
        var members: [String: [Int]] = [:]
        for (index, record) in dataset.records.enumerated() {
            if let key = record.fields[field]?.shown { members[key, default: []].append(index) }
        }
        let caches = members.mapValues { _ in AggregateCache() }
        var outcomes: [RuleOutcome] = []
        var done = Set<String>()
        for (index, record) in dataset.records.enumerated() {
            guard let key = record.fields[field]?.shown else {
                outcomes.append(RuleOutcome(
                    status: .notEvaluable(missing: [field]), record: index, recordLocation: record.location,
                    arithmetic: "missing \(field), so the record belongs to no group"
                ))
                continue
            }
            if recordWise {
                var outcome = evaluateOnce(dataset, columns, record: record, members: members[key]!, cache: caches[key]!)
                outcome.record = index
                outcome.group = key
                outcomes.append(outcome)
            } else if done.insert(key).inserted {
                var outcome = evaluateOnce(dataset, columns, record: nil, members: members[key]!, cache: caches[key]!)
                outcome.group = key
                outcomes.append(outcome)
            }
        }
        return outcomes
    }

    private func evaluateOnce(
        _ dataset: RuleDataset, _ columns: Set<String>, record: RuleRecord?, members: [Int], cache: AggregateCache
    ) -> RuleOutcome {
        let scope = EvaluationScope(dataset: dataset, columns: columns, record: record, members: members,
                                    tolerance: tolerance, source: text, cache: cache)
        var evaluator = Evaluator(scope: scope)
        let (result, notApplicable) = evaluator.rule(expression)
        let status: RuleOutcome.Status
        if notApplicable {
            status = .notApplicable
        } else {
            switch result.truth {
            case .true: status = .holds
            case .false: status = .violated
            case .unknown: status = result.doubt.missing.isEmpty ? .indeterminate : .notEvaluable(missing: result.doubt.missing)
            }
        }
        return RuleOutcome(
            status: status, recordLocation: record?.location, values: evaluator.values,
            arithmetic: OutcomeExplanation.arithmetic(status: status, traces: evaluator.traces, doubt: result.doubt)
        )
    }
}
