/// Every built-in check kind. Adding a kind is one case here and one file in `Kinds/`;
/// the exhaustive switch makes a forgotten registration a compile error.
public enum CheckKindID: String, Decodable, Sendable, CaseIterable {
    /// Placeholders where a value should be.
    case masked
    /// A unit or measure with no number.
    case missingNumber = "missing-number"
    /// Figures within fixed limits.
    case range
    /// A part no bigger than its whole.
    case partOf = "part-of"
    /// A total equal to the sum of its breakdown.
    case sum
    /// Two units of one subject in a plausible ratio.
    case ratio
    /// A stated rate that recomputes from the document's figures.
    case rate
    /// Per-unit amount times count equals the total.
    case product
    /// Shares of one whole that add up to at most 100%.
    case share
    /// One subject stated twice with one value.
    case consistentValue = "consistent-value"
    /// A unit whose dimension fits the label.
    case unitFit = "unit-fit"
    /// An enumeration whose stated count agrees with it.
    case listCount = "list-count"
    /// A value within limits stated next to it.
    case bounds
    /// A year used as a count or percentage.
    case yearAsCount = "year-as-count"
    /// Two measure words after one number.
    case duplicateUnit = "duplicate-unit"
    /// Table columns that add up to their total row.
    case columnTotal = "column-total"
    /// A change rate that recomputes from the two values it compares.
    case growth
    /// A table set as lines of a text that adds up to its total row.
    case lineTable = "line-table"
    /// A rule written as an expression over named fields.
    case rule

    /// Whether the kind reads tables (CSV/TSV records) rather than prose; its examples are tables.
    public var readsTables: Bool {
        self == .columnTotal || self == .rule
    }

    /// The Swift type that implements the kind.
    public var implementation: any CheckKind.Type {
        switch self {
        case .masked: MaskedKind.self
        case .missingNumber: MissingNumberKind.self
        case .range: RangeKind.self
        case .partOf: PartOfKind.self
        case .sum: SumKind.self
        case .ratio: RatioKind.self
        case .rate: RateKind.self
        case .product: ProductKind.self
        case .share: ShareKind.self
        case .consistentValue: ConsistentValueKind.self
        case .unitFit: UnitFitKind.self
        case .listCount: ListCountKind.self
        case .bounds: BoundsKind.self
        case .yearAsCount: YearAsCountKind.self
        case .duplicateUnit: DuplicateUnitKind.self
        case .columnTotal: ColumnTotalKind.self
        case .growth: GrowthKind.self
        case .lineTable: LineTableKind.self
        case .rule: RuleKind.self
        }
    }
}
