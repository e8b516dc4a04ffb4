import Foundation

/// How a figure's number is qualified in the text.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    /// Stated exactly: "1451户".
    case exact
    /// More than, by less than one step of its last digit: "6500余亩" (余/多/几).
    case moreThan = "more-than"
    /// At least: 以上, 超过, 逾, 不少于.
    case atLeast = "at-least"
    /// About: 约, 左右, 大约.
    case about
    /// Nearly, just under: 近, 将近, 接近.
    case nearly
    /// At most: 以下, 以内, 不足, 不到.
    case atMost = "at-most"
    /// A range: "3-5名", "3至5".
    case range
}

/// What a figure measures and how the text uses it.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable, BitSetElement {
    /// A count of persons, households or things.
    case count
    /// An amount of money, area, mass and the like.
    case amount
    /// A rate (…率) or share (占, 比例).
    case rate
    /// A percentage that is not a named rate.
    case percentage
    /// A per-unit figure: 每户, 人均, 每亩.
    case perUnit = "per-unit"
    /// A target: 计划, 力争, 确保, 预计, 目标.
    case target
    /// An achievement: 完成, 实现, 已.
    case achieved

    /// The role's place in declaration order.
    @inlinable public var ordinal: Int {
        switch self {
        case .count: 0
        case .amount: 1
        case .rate: 2
        case .percentage: 3
        case .perUnit: 4
        case .target: 5
        case .achieved: 6
        }
    }

    /// Orders roles by declaration, for stable output.
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// A cue word near a figure that says how it relates to other figures.
public enum Cue: String, Sendable, Codable, CaseIterable, Comparable, BitSetElement {
    /// 其中: the figure is part of a preceding whole.
    case partOf = "part-of"
    /// 共, 共计, 合计, 累计, 总计, 全镇, 全县: the figure is a total.
    case total
    /// 分别: the figures that follow are given one by one.
    case respectively
    /// 包括: the figure includes what follows.
    case including
    /// 含: the figure contains a named subgroup.
    case contains
    /// 下限: a lower limit.
    case lowerBound = "lower-bound"
    /// 上限: an upper limit.
    case upperBound = "upper-bound"

    /// The cue's place in declaration order.
    @inlinable public var ordinal: Int {
        switch self {
        case .partOf: 0
        case .total: 1
        case .respectively: 2
        case .including: 3
        case .contains: 4
        case .lowerBound: 5
        case .upperBound: 6
        }
    }

    /// Orders cues by declaration, for stable output.
    public static func < (lhs: Cue, rhs: Cue) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// A figure of a document: a number (or a placeholder for one) with its unit, meaning and place.
public struct Figure: Hashable, Sendable {
    /// The exact source text: number, unit and any qualifier words attached to them.
    public var text: String
    /// Where `text` is.
    public var span: SourceSpan
    /// The value in the canonical unit; nil when the number is masked beyond recovery or missing.
    public var value: Decimal?
    /// The values the figure allows after its qualifier, masked digits and rounding; nil if unknown.
    public var interval: Interval?
    /// The unit, when one is written.
    public var unit: MeasureUnit?
    /// How the number is qualified.
    public var qualifier: Qualifier
    /// Whether some digits are placeholders ("22**", "**%").
    public var masked: Bool
    /// Whether a unit stands with no number in front of it ("投资万元").
    public var missingNumber: Bool
    /// The subject it counts: the words before it in its clause.
    public var label: String
    /// What the figure measures and how the text uses it.
    public var roles: EnumSet<Role>
    /// Cue words that relate it to other figures.
    public var cues: EnumSet<Cue>
    /// Scalar offsets of its clause (between commas, semicolons and sentence ends).
    public var clause: Range<Int>
    /// Scalar offsets of its sentence.
    public var sentence: Range<Int>
    /// Figures that count one subject in several units ("1451户,5364人") share a group number.
    public var compoundGroup: Int?
    /// A field name, for figures loaded from a figure file or a table.
    public var name: String?
    /// The thing counted after a classifier: "3个贫困村" counts 贫困村.
    public var noun: String = ""

    /// Creates a figure; extraction fills in the optional parts as it learns them.
    public init(
        text: String, span: SourceSpan, value: Decimal?, interval: Interval?, unit: MeasureUnit?,
        qualifier: Qualifier = .exact, masked: Bool = false, missingNumber: Bool = false,
        label: String = "", roles: EnumSet<Role> = [], cues: EnumSet<Cue> = [],
        clause: Range<Int>? = nil, sentence: Range<Int>? = nil, compoundGroup: Int? = nil, name: String? = nil
    ) {
        self.text = text
        self.span = span
        self.value = value
        self.interval = interval
        self.unit = unit
        self.qualifier = qualifier
        self.masked = masked
        self.missingNumber = missingNumber
        self.label = label
        self.roles = roles
        self.cues = cues
        self.clause = clause ?? span.range
        self.sentence = sentence ?? span.range
        self.compoundGroup = compoundGroup
        self.name = name
    }

    /// The dimension of its unit, if it has one.
    public var dimension: MeasureDimension? { unit?.dimension }
}

/// A number that is not a figure: a year, a date, a document number, a list marker and so on.
public struct NonFigure: Hashable, Sendable {
    /// What kind of non-figure the number is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A year: 2019年, 2017-2018年.
        case year
        /// A date: 3月31日, 2019-1-7, 14.07.2016.
        case date
        /// A time of day: 15:41.
        case time
        /// A document number: 〔2018〕16号.
        case documentNumber = "document-number"
        /// A quoted slogan or code: "32215", "1+15+109".
        case code
        /// A list marker: (一), 1、, 一是.
        case listMarker = "list-marker"
        /// A map scale: 1∶6000.
        case mapScale = "map-scale"
        /// A telephone number.
        case phone
        /// A name built on numerals: 一号工程, 两学一做, 第一书记.
        case name
        /// An ordinal: 第二期, 第一天.
        case ordinal
    }

    /// What it is.
    public var kind: Kind
    /// The exact source text.
    public var text: String
    /// Where it is.
    public var span: SourceSpan

    /// Creates a non-figure.
    public init(kind: Kind, text: String, span: SourceSpan) {
        self.kind = kind
        self.text = text
        self.span = span
    }
}
