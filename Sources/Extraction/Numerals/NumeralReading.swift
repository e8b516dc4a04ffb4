import Foundation

/// How a numeral's value is approximated by words inside it.
///
/// `余`, `多` and `几` inside a numeral or right after it (`十余万`, `两万余`, `6500余`, `100多`,
/// `二十几万`) say that the true figure lies above the written one.
public enum NumeralApproximation: Sendable, Equatable {
    /// The numeral is exact as written.
    case none
    /// The figure lies above ``NumeralReading/value``, by less than ``NumeralReading/approximationStep``.
    case moreThan
}

/// The kind of ratio a percent-like numeral expresses.
public enum NumeralPercent: Sendable, Equatable {
    /// `百分之X`: X per hundred; the reading's value is X.
    case percent
    /// `千分之X`: X per thousand; the reading's value is X.
    case perMille
    /// `万分之X`: X per ten thousand; the reading's value is X.
    case perTenThousand
    /// `X个百分点` / `X個百分點`: a difference of X percentage points; the reading's value is X.
    case percentagePoint
}

/// The script a numeral's digits are written in.
///
/// Only digits decide the style: multipliers such as `万` after Arabic digits (`1.52万`) keep it `.arabic`.
public enum NumeralStyle: Sendable, Equatable {
    /// Arabic digits, half-width or full-width (`1451`, `１２３．５`, `1.52万`).
    case arabic
    /// Ordinary Chinese numerals (`两千三百五`, `十五点七`, `二〇二三`).
    case chinese
    /// Chinese numerals with at least one financial character (`壹佰伍拾`, `肆佰陸拾`).
    case financial
    /// Arabic digits and Chinese digits in one numeral (`1千零1`, `5万四千`).
    case mixed
}

/// Placeholder characters (`**`, `＊＊`) standing for hidden digits in an Arabic numeral.
///
/// Bounds are already scaled by any multiplier that follows: `22**万` gives
/// `lower` 22 000 000 and `upper` 22 990 000. A single star is a footnote mark, not a mask.
/// Markdown bold around digits (`**2022**`) and lines of three or more stars are recognised and
/// not read as masks, but bold around words (`**重要**`) cannot be told from two masks: the caller
/// should strip markup first.
public struct NumeralMask: Sendable, Equatable {
    /// The least value the hidden digits allow, or nil when the count of hidden digits is unknown.
    public var lower: Decimal?
    /// The greatest value the hidden digits allow, or nil when the count of hidden digits is unknown.
    public var upper: Decimal?
    /// True when no digit at all is visible (`**`, `**万`).
    public var fullyMasked: Bool
    /// The visible digits in order, as ASCII (`"22"` for `22**`).
    public var knownDigits: String
    /// The number of placeholder characters.
    public var hiddenCount: Int
    /// True when placeholders come before the first visible digit (`**12`), so the number of
    /// leading digits is unknown and no bounds are given.
    public var hiddenBeforeKnown: Bool

    /// Creates a mask description.
    public init(
        lower: Decimal?, upper: Decimal?, fullyMasked: Bool,
        knownDigits: String, hiddenCount: Int, hiddenBeforeKnown: Bool
    ) {
        self.lower = lower
        self.upper = upper
        self.fullyMasked = fullyMasked
        self.knownDigits = knownDigits
        self.hiddenCount = hiddenCount
        self.hiddenBeforeKnown = hiddenBeforeKnown
    }
}

/// One numeral found in a text, with its exact value and how precisely it was written.
public struct NumeralReading: Sendable, Equatable {
    /// The scalar indices of the numeral in the input, including a leading sign (`负`, `-`),
    /// a percent prefix (`百分之`), approximation words that belong to it (`十余万`, `6500余`)
    /// and a `个百分点` suffix.
    public var range: Range<Int>
    /// The exact value after multipliers (`8091.87万` → 80918700), signed.
    ///
    /// For approximate numerals it is the written base (`两万余` → 20000). For percent forms it is
    /// the count of percent, per-mille or points (`百分之五十` → 50). For fractions it is the
    /// quotient (`五分之一` → 0.2), which for repeating decimals is cut to `Decimal`'s precision.
    /// For masked numerals it is the least value consistent with the visible digits; read
    /// ``masked`` for the truth.
    public var value: Decimal
    /// The place value of the last written digit, for rounding intervals (`1.52万` → 100,
    /// `2000` → 1, `十万` → 100000).
    ///
    /// Trailing zeros written in Arabic digits count as written digits. For approximate numerals it
    /// is the place the approximation word stands in, `approximationStep / 10` (`十余万` → 10000).
    /// For fractions it is the numerator's resolution divided by the denominator.
    public var resolution: Decimal
    /// Whether `余`/`多`/`几` make the numeral approximate.
    public var approximation: NumeralApproximation
    /// For approximate numerals, the width of the open interval (value, value + step) the figure
    /// lies in; zero when the numeral is exact.
    ///
    /// After `余`/`多` the step is the place value of the lowest nonzero written digit, scaled by
    /// any multiplier that follows: `6500余` → 100, `十余万` → 100000, `两万余` → 10000,
    /// `100多` → 100, `一千多万` → 10000000. `几` stands for one digit, so the step is ten times the
    /// place it stands in: `二十几万` → 100000, `一百零几万` → 100000, `十几` → 10.
    public var approximationStep: Decimal
    /// The ratio form, when the numeral is `百分之X`, `千分之X`, `万分之X` or `X个百分点`.
    public var percent: NumeralPercent?
    /// True for `N分之M` fractions (`五分之一`, `一百分之二`, `百万分之五`, `十一又十四分之一`).
    public var isFraction: Bool
    /// The script of the numeral's digits.
    public var style: NumeralStyle

    /// The numerator of a fraction as written (with its sign), or nil.
    public var numerator: Decimal? {
        get { details?.numerator }
        set { details = .make(numerator: newValue, denominator: denominator, masked: masked) }
    }

    /// The denominator of a fraction as written (with its sign), or nil.
    public var denominator: Decimal? {
        get { details?.denominator }
        set { details = .make(numerator: numerator, denominator: newValue, masked: masked) }
    }

    /// The hidden digits, when the numeral contains placeholder characters.
    public var masked: NumeralMask? {
        get { details?.masked }
        set { details = .make(numerator: numerator, denominator: denominator, masked: newValue) }
    }

    /// Whether the numeral contains placeholder characters: ``masked`` is not nil. Asked of
    /// every reading, so it is answered without copying the mask out.
    public var isMasked: Bool { details?.isMasked ?? false }

    // Fractions and masks are rare; keeping them out of line halves the size of a reading, which
    // is what `scan` spends most of its time copying on figure-dense reports.
    private var details: NumeralReadingDetails?

    /// Creates a reading; ``NumeralReader`` is the usual source of readings.
    public init(
        range: Range<Int>, value: Decimal, resolution: Decimal,
        approximation: NumeralApproximation = .none, approximationStep: Decimal = 0,
        percent: NumeralPercent? = nil, isFraction: Bool = false,
        numerator: Decimal? = nil, denominator: Decimal? = nil,
        style: NumeralStyle, masked: NumeralMask? = nil
    ) {
        self.range = range
        self.value = value
        self.resolution = resolution
        self.approximation = approximation
        self.approximationStep = approximationStep
        self.percent = percent
        self.isFraction = isFraction
        self.style = style
        self.details = .make(numerator: numerator, denominator: denominator, masked: masked)
    }

    /// Two readings are equal when all their public properties are.
    public static func == (lhs: NumeralReading, rhs: NumeralReading) -> Bool {
        lhs.range == rhs.range && lhs.value == rhs.value && lhs.resolution == rhs.resolution
            && lhs.approximation == rhs.approximation && lhs.approximationStep == rhs.approximationStep
            && lhs.percent == rhs.percent && lhs.isFraction == rhs.isFraction && lhs.style == rhs.style
            && lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator && lhs.masked == rhs.masked
    }
}

/// The rarely present parts of a ``NumeralReading``, immutable and shared.
private final class NumeralReadingDetails: Sendable {
    let numerator: Decimal?
    let denominator: Decimal?
    let masked: NumeralMask?
    let isMasked: Bool

    private init(numerator: Decimal?, denominator: Decimal?, masked: NumeralMask?) {
        self.numerator = numerator
        self.denominator = denominator
        self.masked = masked
        isMasked = masked != nil
    }

    static func make(numerator: Decimal?, denominator: Decimal?, masked: NumeralMask?) -> NumeralReadingDetails? {
        if numerator == nil, denominator == nil, masked == nil { return nil }
        return NumeralReadingDetails(numerator: numerator, denominator: denominator, masked: masked)
    }
}
