import AuditCore

/// Chooses the figures a check applies to, by dimension, role, unit and label words.
///
/// Every list is optional; a figure is selected when it matches each list that is given, and no
/// word of `exclude-labels` occurs in its label.
public struct FigureSelector: Decodable, Sendable {
    /// Dimensions to select, e.g. `[percent]`.
    public var dimensions: [MeasureDimension]?
    /// Roles to select, e.g. `[rate]`.
    public var roles: [Role]?
    /// Units, written or canonical, e.g. `[户, 人]`.
    public var units: [String]?
    /// Words of which the label must contain one.
    public var labels: [String]?
    /// Words that exclude a figure when its label contains one.
    public var excludeLabels: [String]? {
        didSet { excludeWords = LabelWords(excludeLabels) }
    }

    /// `excludeLabels` with their first scalars, for a cheap test first.
    private var excludeWords = LabelWords(nil)

    enum CodingKeys: String, CodingKey {
        case dimensions, roles, units, labels
        case excludeLabels = "exclude-labels"
    }

    /// Decodes a selector from a check's YAML.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dimensions = try container.decodeIfPresent([MeasureDimension].self, forKey: .dimensions)
        roles = try container.decodeIfPresent([Role].self, forKey: .roles)
        units = try container.decodeIfPresent([String].self, forKey: .units)
        labels = try container.decodeIfPresent([String].self, forKey: .labels)
        excludeLabels = try container.decodeIfPresent([String].self, forKey: .excludeLabels)
        excludeWords = LabelWords(excludeLabels)
    }

    /// Whether `figure` is selected.
    public func selects(_ figure: Figure) -> Bool {
        selectsByMeasure(figure) && selectsByLabel(figure)
    }

    /// Whether the figure's dimension, roles and unit are selected: cheap tests, asked first.
    public func selectsByMeasure(_ figure: Figure) -> Bool {
        if let dimensions, !dimensions.contains(where: { $0 == figure.dimension }) { return false }
        if let roles, !roles.contains(where: { figure.roles.contains($0) }) { return false }
        if let units, !units.contains(where: { $0 == figure.unit?.canonical || $0 == figure.unit?.written }) { return false }
        return true
    }

    /// Whether the figure's label is selected: word searches, asked last.
    public func selectsByLabel(_ figure: Figure) -> Bool {
        if let labels, !figure.labelContains(any: labels) { return false }
        if excludeWords.occur(in: figure) { return false }
        return true
    }
}
