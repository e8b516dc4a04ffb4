/// Writes an outcome's `arithmetic`: the comparisons that decided it, in the order the rule makes them.
///
/// A violated rule shows the comparisons it asserts that fail (and the `if` conditions that hold),
/// with the sign that is true of the values: `sum(households) = 1208 ≠ total.households = 1190`.
enum OutcomeExplanation {
    static func arithmetic(status: RuleOutcome.Status, traces: [ComparisonTrace], doubt: Doubt) -> String {
        var parts: [String]
        switch status {
        case .holds:
            parts = traces.filter { $0.truth != .unknown }.map(render)
        case .violated:
            parts = traces.filter {
                ($0.polarity == .positive && $0.truth == .false) || ($0.polarity == .negative && $0.truth == .true)
            }.map(render)
        case .notApplicable:
            let conditions = traces.filter { $0.polarity == .negative && $0.truth == .false }.map(render)
            return unique(conditions + ["the condition is false, so the rule does not apply"]).joined(separator: "; ")
        case .indeterminate:
            parts = traces.filter { $0.truth == .unknown && $0.left.value != nil && $0.right.value != nil }.map(render)
            parts += doubt.notes
        case .notEvaluable(let missing):
            parts = ["missing " + missing.joined(separator: ", ")] + doubt.notes
        }
        return unique(parts).joined(separator: "; ")
    }

    /// `left = value sign right = value`, the sign being the one true of the values.
    static func render(_ trace: ComparisonTrace) -> String {
        let sign: String
        switch trace.truth {
        case .true: sign = trace.op.sign
        case .false: sign = trace.op.negation.sign
        case .unknown: sign = trace.op.sign
        }
        var text = "\(side(trace.left)) \(sign) \(side(trace.right))"
        if let tolerance = trace.tolerance { text += " (tolerance \(tolerance))" }
        if trace.truth == .unknown, trace.left.value != nil, trace.right.value != nil {
            text += " for some of the allowed values only"
        }
        return text
    }

    private static func side(_ side: ComparisonTrace.Side) -> String {
        if side.isLiteral { return side.text }
        return "\(side.text) = \(side.value.map(DisplayFormat.interval) ?? "unknown")"
    }

    private static func unique(_ parts: [String]) -> [String] {
        var seen = Set<String>()
        return parts.filter { seen.insert($0).inserted }
    }
}
