import Foundation

/// The physical or social quantity a unit measures.
public enum MeasureDimension: String, Sendable, Codable, CaseIterable {
    /// People: 人, 名, 人次 counts of persons.
    case persons
    /// Households: 户.
    case households
    /// Money: 元, 万元, 亿元.
    case money
    /// Area: 亩, 平方米, 平方公里, 公顷.
    case area
    /// Length: 米, 公里, 千米.
    case length
    /// Mass: 吨, 公斤, 斤.
    case mass
    /// Volume: 立方米, 方, 升.
    case volume
    /// Energy: 千瓦时, 度.
    case energy
    /// Power: 千瓦, 瓦, 兆瓦.
    case power
    /// Time spans: 年, 个月, 天, 小时.
    case time
    /// Percentages and other fractions of a whole: %, ‰, 成.
    case percent
    /// Counts of things: 个, 家, 项, 头, 只, 村, 本.
    case count
    /// Counts of events: 次, 场, 期, 批, 轮.
    case events
}

/// A unit of measure as written, with its canonical name, its scale to that name, and its dimension.
///
/// `scale` turns a value in the written unit into the canonical unit: 万元 has scale 10000 to 元,
/// 公里 has scale 1000 to 米.
public struct MeasureUnit: Hashable, Sendable {
    /// The unit as written in the text, e.g. 萬元 or 畝.
    public var written: String
    /// The canonical unit, simplified and without a multiplier, e.g. 元 or 亩.
    public var canonical: String
    /// Factor from the written unit to the canonical one.
    public var scale: Decimal
    /// What the unit measures.
    public var dimension: MeasureDimension

    /// Creates a unit.
    public init(written: String, canonical: String, scale: Decimal = 1, dimension: MeasureDimension) {
        self.written = written
        self.canonical = canonical
        self.scale = scale
        self.dimension = dimension
    }
}
