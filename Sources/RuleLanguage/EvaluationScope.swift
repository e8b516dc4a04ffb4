import AuditCore

/// What names mean during one evaluation: which record is current and which records aggregates run over.
struct EvaluationScope {
    let dataset: RuleDataset
    /// Names that are record fields (columns); other names are document figures.
    let columns: Set<String>
    /// The record bare column names refer to; nil when the rule is dataset-wise.
    let record: RuleRecord?
    /// Indices of the records aggregates run over: all of them, or the group's.
    let members: [Int]
    let tolerance: RuleTolerance
    let source: SourceText
    let cache: AggregateCache

    /// The same scope with `record` current, for evaluating an aggregate's argument on one record.
    func on(_ record: RuleRecord) -> EvaluationScope {
        EvaluationScope(dataset: dataset, columns: columns, record: record, members: members,
                        tolerance: tolerance, source: source, cache: cache)
    }

    /// The source text of a node.
    func text(of node: RuleExpression) -> String { source.string(node.span.range) }

    /// The field a reference names in this scope, or nil when it has none.
    func lookup(_ reference: FieldReference) -> FieldValue? {
        switch reference.row {
        case .total:
            return dataset.total?.fields[reference.name]
        case .current:
            if let record, columns.contains(reference.name) || record.fields[reference.name] != nil {
                return record.fields[reference.name]
            }
            return dataset.scalars[reference.name]
        }
    }

    /// How a report names record `index`: `row 3`, `line 7`, or `record 3` (1-based) when its place is unknown.
    func label(ofRecord index: Int) -> String {
        dataset.records[index].location?.label ?? "record \(index + 1)"
    }
}
