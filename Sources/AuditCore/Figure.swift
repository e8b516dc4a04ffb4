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
///
/// A figure is a value, but its fields live in one shared, copy-on-write box: every check passes
/// figures around, and copying some 250 bytes with six reference-counted fields at each pass was
/// a twentieth of an audit. A copy now costs one reference count; a change to a shared figure
/// copies the box first, so figures behave exactly as plain structs do.
// Unchecked Sendable: the box is written only through `mutableFields`, which first copies it
// unless this figure is its only owner, so no box is written while another thread can read it.
public struct Figure: Hashable, @unchecked Sendable {
    /// The stored fields, compared and hashed as a whole.
    @usableFromInline
    struct Fields: Hashable, Sendable {
        @usableFromInline var text: String
        @usableFromInline var span: SourceSpan
        @usableFromInline var value: Decimal?
        @usableFromInline var interval: Interval?
        @usableFromInline var unit: MeasureUnit?
        @usableFromInline var qualifier: Qualifier
        @usableFromInline var masked: Bool
        @usableFromInline var missingNumber: Bool
        @usableFromInline var label: String
        @usableFromInline var roles: EnumSet<Role>
        @usableFromInline var cues: EnumSet<Cue>
        @usableFromInline var clause: Range<Int>
        @usableFromInline var sentence: Range<Int>
        @usableFromInline var compoundGroup: Int?
        @usableFromInline var name: String?
        @usableFromInline var noun: String
    }

    /// The box that figures share until one of them changes. Fields are read and written through
    /// the header's address: a class's stored property (a managed buffer's `header` too) pays a
    /// dynamic exclusivity check at every access, which cost more than the copies saved.
    @usableFromInline typealias Box = ManagedBuffer<Fields, UInt8>

    @usableFromInline var box: Box

    /// The fields, for writing: the box is copied first when another figure shares it. Reads go
    /// through the header's address inside `withUnsafeMutablePointerToHeader`, so the box is
    /// held while they happen; a write holds it as this figure's inout `box`.
    @inlinable
    var mutableFields: Fields {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee } }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Self.makeBox(box.withUnsafeMutablePointerToHeader { $0.pointee }) }
            let fields = box.withUnsafeMutablePointerToHeader { $0 }
            yield &fields.pointee
            withExtendedLifetime(box) {}
        }
    }

    /// A new box holding `fields`.
    @usableFromInline
    static func makeBox(_ fields: Fields) -> Box {
        Box.create(minimumCapacity: 0) { _ in fields }
    }

    /// The exact source text: number, unit and any qualifier words attached to them.
    @inlinable public var text: String {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.text } }
        set { mutableFields.text = newValue }
    }
    /// Where `text` is.
    @inlinable public var span: SourceSpan {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.span } }
        set { mutableFields.span = newValue }
    }
    /// The value in the canonical unit; nil when the number is masked beyond recovery or missing.
    @inlinable public var value: Decimal? {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.value } }
        set { mutableFields.value = newValue }
    }
    /// The values the figure allows after its qualifier, masked digits and rounding; nil if unknown.
    @inlinable public var interval: Interval? {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.interval } }
        set { mutableFields.interval = newValue }
    }
    /// The unit, when one is written.
    @inlinable public var unit: MeasureUnit? {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.unit } }
        set { mutableFields.unit = newValue }
    }
    /// How the number is qualified.
    @inlinable public var qualifier: Qualifier {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.qualifier } }
        set { mutableFields.qualifier = newValue }
    }
    /// Whether some digits are placeholders ("22**", "**%").
    @inlinable public var masked: Bool {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.masked } }
        set { mutableFields.masked = newValue }
    }
    /// Whether a unit stands with no number in front of it ("投资万元").
    @inlinable public var missingNumber: Bool {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.missingNumber } }
        set { mutableFields.missingNumber = newValue }
    }
    /// The subject it counts: the words before it in its clause.
    @inlinable public var label: String {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.label } }
        set { mutableFields.label = newValue }
    }
    /// What the figure measures and how the text uses it.
    @inlinable public var roles: EnumSet<Role> {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.roles } }
        set { mutableFields.roles = newValue }
    }
    /// Cue words that relate it to other figures.
    @inlinable public var cues: EnumSet<Cue> {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.cues } }
        set { mutableFields.cues = newValue }
    }
    /// Scalar offsets of its clause (between commas, semicolons and sentence ends).
    @inlinable public var clause: Range<Int> {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.clause } }
        set { mutableFields.clause = newValue }
    }
    /// Scalar offsets of its sentence.
    @inlinable public var sentence: Range<Int> {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.sentence } }
        set { mutableFields.sentence = newValue }
    }
    /// Figures that count one subject in several units ("1451户,5364人") share a group number.
    @inlinable public var compoundGroup: Int? {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.compoundGroup } }
        set { mutableFields.compoundGroup = newValue }
    }
    /// A field name, for figures loaded from a figure file or a table.
    @inlinable public var name: String? {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.name } }
        set { mutableFields.name = newValue }
    }
    /// The thing counted after a classifier: "3个贫困村" counts 贫困村.
    @inlinable public var noun: String {
        get { box.withUnsafeMutablePointerToHeader { $0.pointee.noun } }
        set { mutableFields.noun = newValue }
    }

    /// Creates a figure; extraction fills in the optional parts as it learns them.
    public init(
        text: String, span: SourceSpan, value: Decimal?, interval: Interval?, unit: MeasureUnit?,
        qualifier: Qualifier = .exact, masked: Bool = false, missingNumber: Bool = false,
        label: String = "", roles: EnumSet<Role> = [], cues: EnumSet<Cue> = [],
        clause: Range<Int>? = nil, sentence: Range<Int>? = nil, compoundGroup: Int? = nil, name: String? = nil
    ) {
        box = Self.makeBox(Fields(
            text: text, span: span, value: value, interval: interval, unit: unit, qualifier: qualifier, masked: masked,
            missingNumber: missingNumber, label: label, roles: roles, cues: cues, clause: clause ?? span.range,
            sentence: sentence ?? span.range, compoundGroup: compoundGroup, name: name, noun: ""
        ))
    }

    /// Figures are equal when their fields are.
    public static func == (lhs: Figure, rhs: Figure) -> Bool {
        lhs.box === rhs.box
            || lhs.box.withUnsafeMutablePointerToHeader { left in rhs.box.withUnsafeMutablePointerToHeader { left.pointee == $0.pointee } }
    }

    /// Hashes the fields.
    public func hash(into hasher: inout Hasher) {
        box.withUnsafeMutablePointerToHeader { $0.pointee.hash(into: &hasher) }
    }

    /// The dimension of its unit, if it has one.
    @inlinable public var dimension: MeasureDimension? { box.withUnsafeMutablePointerToHeader { $0.pointee.unit?.dimension } }
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
