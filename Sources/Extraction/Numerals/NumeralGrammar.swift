import Foundation

/// A numeral without percent prefix, fraction or `个百分点` suffix: `两千三百五`, `8091.87万`,
/// `十余万`, `22**万`, `二〇二三`.
struct NumeralCore {
    var end: Int
    var value: Decimal
    /// Place exponent of the last written digit.
    var lastExponent: Int
    var approximate = false
    /// Place exponent of the approximation step, when `approximate`.
    var stepExponent = 0
    var hasDecimal = false
    var hasArabic = false
    var hasChinese = false
    var hasFinancial = false
    var isDigitSequence = false
    var mask: NumeralMask? {
        get { storedMask }
        set { storedMask = newValue; isMasked = newValue != nil }
    }
    private var storedMask: NumeralMask?
    /// Whether `mask` is set, kept beside it: testing the optional copies the mask out and back.
    private(set) var isMasked = false

    init(end: Int, value: Decimal, lastExponent: Int) {
        self.end = end
        self.value = value
        self.lastExponent = lastExponent
    }

    /// True when the numeral can serve as a fraction's denominator or a mixed number's whole part.
    var isPlainInteger: Bool { !hasDecimal && !approximate && !isMasked }

    var style: NumeralStyle {
        if hasArabic && hasChinese { return .mixed }
        if hasArabic { return .arabic }
        return hasFinancial ? .financial : .chinese
    }

    var resolution: Decimal {
        NumeralMath.pow10(approximate ? stepExponent - 1 : lastExponent)
    }

    var approximationStep: Decimal {
        approximate ? NumeralMath.pow10(stepExponent) : 0
    }
}

/// What the grammar found at a position.
enum NumeralCoreOutcome {
    /// A numeral.
    case core(NumeralCore)
    /// No numeral, and nothing up to this index should be read either: an approximate range such as
    /// `二三十` or `三四万`, a dotted code such as `2023.12.31`, or a malformed fraction.
    case skip(to: Int)
    /// No numeral starts here.
    case none
}

/// An Arabic digit group with separators, decimals and placeholders (`1,100.9`, `２．２`, `22**`).
struct NumeralArabicToken {
    var end: Int
    var value: Decimal
    var lastExponent: Int
    var lowestNonZeroExponent: Int?
    var integerDigits: Int
    var hasDecimal: Bool
    /// The placeholders, with bounds not yet scaled by multipliers.
    var mask: NumeralMask? {
        get { storedMask }
        set { storedMask = newValue; isMasked = newValue != nil }
    }
    private var storedMask: NumeralMask?
    /// Whether `mask` is set (see `NumeralCore.isMasked`).
    private(set) var isMasked = false
    /// True for dotted codes (`2023.12.31`, `3.2.1`), which are not numbers.
    var isDottedCode = false

    init(end: Int, value: Decimal, lastExponent: Int, lowestNonZeroExponent: Int?, integerDigits: Int, hasDecimal: Bool,
         isDottedCode: Bool = false) {
        self.end = end
        self.value = value
        self.lastExponent = lastExponent
        self.lowestNonZeroExponent = lowestNonZeroExponent
        self.integerDigits = integerDigits
        self.hasDecimal = hasDecimal
        self.isDottedCode = isDottedCode
    }
}

/// The left-to-right grammar of one numeral: Chinese digits and units, Arabic groups acting as
/// digits (`3万4千`, `1千零20`), `零`, short forms (`一万三`, `千三`), `点` decimals, `余/多/几`,
/// and the big units `万 亿 兆` with `万亿` and `万万`.
///
/// Values are summed exactly in a section (below the last big unit) and a total (the big-unit groups
/// already closed). Place exponents of the last written digit and of the lowest nonzero digit travel
/// with them, which gives resolution and approximation step without a second pass.
struct NumeralCoreParser {
    private enum Previous: Equatable {
        case start, chineseDigit, arabic, small(Int), big(Int), zero, approx, decimal
    }

    let text: NumeralText

    private var total: Decimal = 0
    private var totalHasDigits = false
    private var totalLast = 0
    private var totalLowNZ: Int?
    private var section: Decimal = 0
    private var sectionHasDigits = false
    private var sectionLast = 0
    private var sectionLowNZ: Int?
    private var lastSmall = 99
    private var lastBig = 99
    private var maxBig = 0
    private var lastUnit = 0
    private var previous: Previous = .start
    private var zeroIndex = -1
    private var approximate = false
    private var stepExponent = 0
    private var stepInSection = false
    private var decimalDone = false
    private var wroteDecimal = false
    private var sawUnit = false
    private var lastArabicDigits = 0
    private var hasArabic = false
    private var hasChinese = false
    private var hasFinancial = false

    init(text: NumeralText) {
        self.text = text
    }

    // MARK: Grammar

    /// Reads the longest numeral core starting exactly at `start`.
    mutating func parse(at start: Int) -> NumeralCoreOutcome {
        let t = text
        if t.kind(start) == .chineseDigit {
            // Right after a numeral that stopped before it, 两 is the unit tael (二两, 一百两) and 零
            // a dangling place marker (一百零): neither starts a numeral of its own.
            if t.isLiang(start) || t.value(start) == 0 {
                switch t.kind(start - 1) {
                case .chineseDigit, .smallUnit, .bigUnit, .tens: return .none
                default: break
                }
            }
            if t.kind(start + 1) == .chineseDigit { return digitSequence(at: start) }
        }
        var i = start
        var end = start
        scanning: while true {
            let j = previous == .start ? i : t.skipSpaces(i)
            let spaced = j != i
            let kind = t.kind(j)
            switch kind {
            case .chineseDigit:
                guard !decimalDone else { break scanning }
                var unitBefore: Int?
                switch previous {
                case .start, .zero:
                    if spaced { break scanning }
                case .small(let unit), .big(let unit):
                    unitBefore = unit
                default:
                    break scanning
                }
                let digit = t.value(j)
                if digit == 0, previous != .start {
                    // 零 marks a skipped place; it belongs to the numeral only if a digit follows.
                    guard !spaced else { break scanning }
                    zeroIndex = j
                    previous = .zero
                    i = j + 1
                    continue
                }
                let next = j + 1
                let ahead = t.skipSpaces(next)
                switch t.kind(ahead) {
                case .smallUnit where smallUnitAllowed(at: ahead, afterArabic: false):
                    let unit = t.value(ahead)
                    guard unit < lastSmall else { break scanning }
                    commitZero()
                    note(j)
                    note(ahead)
                    add(Decimal(digit), lastExponent: 0, lowestNonZero: digit == 0 ? nil : 0, unit: unit)
                    lastSmall = unit
                    takeUnit(unit)
                    previous = .small(unit)
                    i = ahead + 1
                    end = i
                    continue
                case .bigUnit:
                    if let (exponent, length) = bigUnit(at: ahead) {
                        guard bigAllowed(exponent, addingDigits: true) else { break scanning }
                        commitZero()
                        note(j)
                        add(Decimal(digit), lastExponent: 0, lowestNonZero: digit == 0 ? nil : 0, unit: 0)
                        applyBig(exponent)
                        previous = .big(exponent)
                        i = ahead + length
                        end = i
                        continue
                    }
                case .chineseDigit where ahead == next:
                    // Adjacent digits after a unit give an approximate range (一百二三十, 一万三四千).
                    return .skip(to: rangeEnd(from: j))
                default:
                    break
                }
                // The last digit of the integer part. Right after a unit it stands one place lower
                // (一万三 = 13000, 千三 = 1300); spaced off, it may only follow 十 (一百 五 十 二).
                if spaced, unitBefore != 1 { break scanning }
                // 两 never ends a numeral after a unit or 零 (12 is 十二, 120 is 一百二): there it is
                // the unit tael (一万两, 三千两百两).
                if t.isLiang(j), previous != .start { break scanning }
                // Nor does a Chinese digit end a numeral begun in Arabic digits (10万一年 is 10万 and 一年).
                if hasArabic { break scanning }
                let place = unitBefore.map { $0 - 1 } ?? 0
                commitZero()
                note(j)
                add(Decimal(digit), lastExponent: 0, lowestNonZero: digit == 0 ? nil : 0, unit: place)
                previous = .chineseDigit
                i = next
                end = i

            case .smallUnit:
                guard !decimalDone, !spaced else { break scanning }
                let unit = t.value(j)
                guard unit < lastSmall, smallUnitAllowed(at: j, afterArabic: false) else { break scanning }
                switch previous {
                case .start:
                    if unit == 1 {
                        // A lone 拾 is nearly always the verb "pick up".
                        if t.isFinancial(j), !isNumeralCharacter(j + 1) { break scanning }
                    } else {
                        // A bare 百 or 千 is a number only before a digit (百三, 千三).
                        guard t.kind(j + 1) == .chineseDigit, t.value(j + 1) != 0 else { break scanning }
                    }
                case .zero, .big:
                    guard unit == 1 else { break scanning }
                default:
                    break scanning
                }
                commitZero()
                note(j)
                add(1, lastExponent: 0, lowestNonZero: 0, unit: unit)
                lastSmall = unit
                takeUnit(unit)
                previous = .small(unit)
                i = j + 1
                end = i

            case .tens:
                guard !decimalDone, !spaced, lastSmall > 1 else { break scanning }
                switch previous {
                case .start, .zero, .big: break
                default: break scanning
                }
                commitZero()
                note(j)
                add(Decimal(t.value(j)), lastExponent: 0, lowestNonZero: 0, unit: 1)
                lastSmall = 1
                takeUnit(1)
                previous = .small(1)
                i = j + 1
                end = i

            case .half:
                guard previous == .start else { break scanning }
                let next = j + 1
                if t.kind(next) == .smallUnit, t.value(next) >= 2 {
                    let unit = t.value(next)
                    note(j)
                    add(5, lastExponent: 0, lowestNonZero: 0, unit: unit - 1)
                    lastSmall = unit
                    takeUnit(unit)
                    previous = .small(unit)
                    i = next + 1
                    end = i
                } else if t.kind(next) == .bigUnit, let (exponent, length) = bigUnit(at: next) {
                    note(j)
                    add(5, lastExponent: 0, lowestNonZero: 0, unit: -1)
                    applyBig(exponent)
                    previous = .big(exponent)
                    i = next + length
                    end = i
                } else {
                    break scanning
                }

            case .bigUnit:
                switch previous {
                case .small, .approx, .big, .decimal: break
                default: break scanning
                }
                guard let (exponent, length) = bigUnit(at: j), bigAllowed(exponent, addingDigits: false) else {
                    break scanning
                }
                applyBig(exponent)
                previous = .big(exponent)
                i = j + length
                end = i

            case .arabicDigit, .dot, .star:
                guard !decimalDone, !spaced else { break scanning }
                var unitBefore: Int?
                switch previous {
                case .start:
                    break
                case .small(let unit), .big(let unit):
                    guard kind == .arabicDigit else { break scanning }
                    unitBefore = unit
                case .zero:
                    guard kind == .arabicDigit else { break scanning }
                default:
                    break scanning
                }
                guard let token = lexArabic(at: j) else { break scanning }
                if token.isDottedCode || token.isMasked {
                    guard previous == .start else { break scanning }
                    return token.isDottedCode ? .skip(to: token.end) : maskedCore(token)
                }
                let ahead = t.skipSpaces(token.end)
                let aheadKind = t.kind(ahead)
                if aheadKind == .smallUnit, t.value(ahead) < lastSmall, smallUnitAllowed(at: ahead, afterArabic: true) {
                    let unit = t.value(ahead)
                    commitZero()
                    hasArabic = true
                    if token.hasDecimal { wroteDecimal = true }
                    add(token.value, lastExponent: token.lastExponent,
                        lowestNonZero: token.lowestNonZeroExponent, unit: unit)
                    lastSmall = unit
                    takeUnit(unit)
                    previous = .small(unit)
                    i = ahead + 1
                    end = i
                    continue
                }
                if aheadKind == .bigUnit, let (exponent, length) = bigUnit(at: ahead),
                   bigAllowed(exponent, addingDigits: true) {
                    commitZero()
                    hasArabic = true
                    if token.hasDecimal { wroteDecimal = true }
                    add(token.value, lastExponent: token.lastExponent,
                        lowestNonZero: token.lowestNonZeroExponent, unit: 0)
                    applyBig(exponent)
                    previous = .big(exponent)
                    i = ahead + length
                    end = i
                    continue
                }
                // A last Arabic group after a unit must fill the places below it exactly (3万4000);
                // after 零 it must fit below the last unit (1千零20).
                if let unit = unitBefore {
                    guard !token.hasDecimal, token.integerDigits == unit else { break scanning }
                } else if previous == .zero {
                    guard !token.hasDecimal, token.integerDigits < lastUnit else { break scanning }
                }
                commitZero()
                hasArabic = true
                if token.hasDecimal { wroteDecimal = true }
                add(token.value, lastExponent: token.lastExponent,
                    lowestNonZero: token.lowestNonZeroExponent, unit: 0)
                lastArabicDigits = token.integerDigits
                previous = .arabic
                i = token.end
                end = i

            case .approxMore:
                let following = t.context(j + 1)
                // 余额 is a balance and 多少 a question, not approximations.
                if following == 0x989D || following == 0x984D { break scanning }
                if t.value(j) == 1, following == 0x5C11 { break scanning }
                switch previous {
                case .small, .big, .decimal: break
                case .chineseDigit: guard sawUnit else { break scanning }
                case .arabic: guard sawUnit || lastArabicDigits >= 2 else { break scanning }
                default: break scanning
                }
                if approximate {
                    // A second 余/多 only after a big unit: 十几万多亿.
                    guard case .big = previous else { break scanning }
                } else if let low = sectionLowNZ {
                    stepExponent = low
                    stepInSection = true
                } else if let low = totalLowNZ {
                    stepExponent = low
                    stepInSection = false
                } else {
                    break scanning
                }
                approximate = true
                previous = .approx
                i = j + 1
                end = i

            case .approxFew:
                guard !approximate, !decimalDone else { break scanning }
                switch previous {
                case .small(1), .zero: break
                default: break scanning
                }
                // 几 stands for one digit in the units place of the section.
                commitZero()
                sectionHasDigits = true
                sectionLast = 0
                stepExponent = 1
                stepInSection = true
                approximate = true
                previous = .approx
                i = j + 1
                end = i

            case .point:
                guard !decimalDone, !approximate, !hasArabic else { break scanning }
                switch previous {
                case .chineseDigit, .small, .big: break
                default: break scanning
                }
                var q = t.skipSpaces(j + 1)
                var digits = NumeralDigitAccumulator()
                var noted = false
                while t.kind(q) == .chineseDigit, !t.isLiang(q) {
                    digits.push(t.value(q))
                    if t.isFinancial(q) { noted = true }
                    q += 1
                }
                guard digits.count > 0 else { break scanning }
                if noted { hasFinancial = true }
                section += digits.decimal(fractionDigits: digits.count)
                sectionHasDigits = true
                sectionLast = -digits.count
                if let low = digits.lowestNonZeroExponent(integerDigits: 0) { sectionLowNZ = low }
                decimalDone = true
                wroteDecimal = true
                previous = .decimal
                i = q
                end = q

            default:
                break scanning
            }
        }
        guard end > start, sectionHasDigits || totalHasDigits else { return .none }
        return .core(finish(end: end))
    }

    // MARK: Pieces

    private mutating func finish(end: Int) -> NumeralCore {
        var core = NumeralCore(end: end, value: total + section,
                               lastExponent: sectionHasDigits ? sectionLast : totalLast)
        core.approximate = approximate
        core.stepExponent = stepExponent
        core.hasDecimal = wroteDecimal
        core.hasArabic = hasArabic
        core.hasChinese = hasChinese
        core.hasFinancial = hasFinancial
        return core
    }

    private mutating func add(_ digits: Decimal, lastExponent: Int, lowestNonZero: Int?, unit: Int) {
        section = section.adding(NumeralMath.scaled(digits, unit))
        sectionHasDigits = true
        sectionLast = lastExponent + unit
        if let low = lowestNonZero { sectionLowNZ = low + unit }
    }

    private mutating func takeUnit(_ exponent: Int) {
        sawUnit = true
        lastUnit = exponent
    }

    /// Closes the section with a big unit: a unit above every earlier one multiplies all that came
    /// before (一万五千亿, 四万亿, 三十万多亿), a lower one adds a group (五亿一万).
    private mutating func applyBig(_ exponent: Int) {
        if exponent > maxBig {
            total = NumeralMath.scaled(total.adding(section), exponent)
            totalLast = (sectionHasDigits ? sectionLast : totalLast) + exponent
            if let low = sectionLowNZ ?? totalLowNZ { totalLowNZ = low + exponent }
            if approximate { stepExponent += exponent }
        } else {
            total = total.adding(NumeralMath.scaled(section, exponent))
            totalLast = sectionLast + exponent
            if let low = sectionLowNZ { totalLowNZ = low + exponent }
            if approximate, stepInSection { stepExponent += exponent }
        }
        totalHasDigits = true
        stepInSection = false
        section = 0
        sectionHasDigits = false
        sectionLowNZ = nil
        lastSmall = 99
        lastBig = exponent
        maxBig = max(maxBig, exponent)
        takeUnit(exponent)
    }

    private func bigAllowed(_ exponent: Int, addingDigits: Bool) -> Bool {
        let sectionHas = sectionHasDigits || addingDigits
        if exponent > maxBig { return sectionHas || totalHasDigits }
        return exponent < lastBig && sectionHas
    }

    /// The big unit at `i` as (exponent, length), reading 万万 as 10^8; nil for 兆 as a metric prefix.
    private func bigUnit(at i: Int) -> (Int, Int)? {
        let t = text
        let exponent = t.value(i)
        if exponent == 12 {
            // 兆瓦, 兆帕, 兆赫, 兆字节…: mega, not 10^12.
            switch t.context(i + 1) {
            case 0x74E6, 0x5E15, 0x8D6B, 0x5B57, 0x7126, 0x6B27, 0x6B50, 0x4F0F, 0x6BD4, 0x4F4D: return nil
            default: break
            }
        }
        if exponent == 4, t.kind(i + 1) == .bigUnit, t.value(i + 1) == 4 { return (8, 2) }
        return (exponent, 1)
    }

    /// False where 百 or 千 begins a unit word rather than multiplying: 百分点, and after Arabic
    /// digits 百分 (5百分之) and metric 千米/千克/千瓦… (12千米 is 12 km).
    private func smallUnitAllowed(at i: Int, afterArabic: Bool) -> Bool {
        let t = text
        let unit = t.scalar(i)
        let next = t.context(i + 1)
        if unit == 0x767E || unit == 0x4F70, next == 0x5206 {
            let after = t.context(i + 2)
            if after == 0x70B9 || after == 0x9EDE || afterArabic { return false }
        }
        if afterArabic, unit == 0x5343 || unit == 0x4EDF {
            switch next {
            case 0x7C73, 0x514B, 0x74E6, 0x5361, 0x4F0F, 0x5E15, 0x7126, 0x8D6B: return false
            default: break
            }
        }
        return true
    }

    private func isNumeralCharacter(_ i: Int) -> Bool {
        switch text.kind(i) {
        case .chineseDigit, .smallUnit, .bigUnit: true
        default: false
        }
    }

    private mutating func note(_ i: Int) {
        hasChinese = true
        if text.isFinancial(i) { hasFinancial = true }
    }

    private mutating func commitZero() {
        if previous == .zero, zeroIndex >= 0 { note(zeroIndex) }
    }

    /// The end of a run of numeral characters, skipped as a whole when it is an approximate range.
    private func rangeEnd(from i: Int) -> Int {
        var j = i
        while true {
            switch text.kind(j) {
            case .chineseDigit, .smallUnit, .bigUnit, .tens, .approxMore, .approxFew: j += 1
            default: return j
            }
        }
    }

    /// Two or more Chinese digits in a row. Three or more, or two with 〇/零, spell a number digit
    /// by digit (二〇二三); two others (三四, 七八, 九九) and any run with 两 or followed by a unit
    /// (二三十, 两三万) are approximate ranges or idioms, skipped as a whole, except a digit before
    /// the unit 两 (二两).
    private mutating func digitSequence(at start: Int) -> NumeralCoreOutcome {
        let t = text
        var j = start
        var digits = NumeralDigitAccumulator()
        var hasZero = false
        var hasLiang = false
        while t.kind(j) == .chineseDigit {
            let digit = t.value(j)
            if digit == 0 { hasZero = true }
            if t.isLiang(j) { hasLiang = true }
            digits.push(digit)
            note(j)
            j += 1
        }
        switch t.kind(j) {
        case .smallUnit, .bigUnit, .tens, .approxMore, .approxFew:
            return .skip(to: rangeEnd(from: start))
        default:
            break
        }
        if digits.count == 2, t.isLiang(start + 1), !t.isLiang(start), t.value(start) != 1, t.value(start) != 3 {
            // 二两, 五两: a digit and the unit tael; 一两 and 三两 are "one or two", "two or three".
            var core = NumeralCore(end: start + 1, value: Decimal(t.value(start)), lastExponent: 0)
            core.hasChinese = true
            core.hasFinancial = t.isFinancial(start)
            return .core(core)
        }
        if hasLiang || (digits.count == 2 && !hasZero) { return .skip(to: j) }
        var core = NumeralCore(end: j, value: digits.decimal(fractionDigits: 0), lastExponent: 0)
        core.hasChinese = true
        core.hasFinancial = hasFinancial
        core.isDigitSequence = true
        return .core(core)
    }

    /// A masked Arabic group and the multipliers after it (`22**万`, `**亿`).
    private func maskedCore(_ token: NumeralArabicToken) -> NumeralCoreOutcome {
        let t = text
        var exponent = 0
        var lastUnitExponent = 0
        var i = token.end
        multipliers: while true {
            let j = t.skipSpaces(i)
            switch t.kind(j) {
            case .smallUnit where t.value(j) > lastUnitExponent && smallUnitAllowed(at: j, afterArabic: true):
                exponent += t.value(j)
                lastUnitExponent = t.value(j)
                i = j + 1
            case .bigUnit:
                guard let (unit, length) = bigUnit(at: j), unit > lastUnitExponent else { break multipliers }
                exponent += unit
                lastUnitExponent = unit
                i = j + length
            default:
                break multipliers
            }
        }
        var mask = token.mask!
        mask.lower = mask.lower.map { NumeralMath.scaled($0, exponent) }
        mask.upper = mask.upper.map { NumeralMath.scaled($0, exponent) }
        var core = NumeralCore(end: i, value: NumeralMath.scaled(token.value, exponent),
                               lastExponent: token.lastExponent + exponent)
        core.hasDecimal = token.hasDecimal
        core.hasArabic = true
        core.mask = mask
        return .core(core)
    }

    // MARK: Arabic groups

    /// Reads Arabic digits with thousands separators (only before exactly three digits), a decimal
    /// part, or placeholder stars.
    func lexArabic(at start: Int) -> NumeralArabicToken? {
        let t = text
        if t.kind(start) == .star { return lexMasked(at: start) }
        var i = start
        var digits = NumeralDigitAccumulator()
        var integerDigits = 0
        if t.kind(i) == .dot {
            guard t.kind(i + 1) == .arabicDigit else { return nil }
        } else {
            guard t.kind(i) == .arabicDigit else { return nil }
            while t.kind(i) == .arabicDigit {
                digits.push(t.value(i))
                i += 1
            }
            integerDigits = digits.count
            var grouped = false
            if integerDigits <= 3 {
                while t.kind(i) == .comma, t.kind(i + 1) == .arabicDigit, t.kind(i + 2) == .arabicDigit,
                      t.kind(i + 3) == .arabicDigit, t.kind(i + 4) != .arabicDigit {
                    digits.push(t.value(i + 1))
                    digits.push(t.value(i + 2))
                    digits.push(t.value(i + 3))
                    i += 4
                    grouped = true
                }
                integerDigits = digits.count
            }
            if !grouped, opensMask(at: i, digitsFrom: start) { return lexMasked(at: start) }
            if !grouped, t.kind(i) == .dot, t.kind(i + 1) == .star, t.starRun(i + 1) >= 2 {
                return lexMasked(at: start)
            }
        }
        var fractionDigits = 0
        if t.kind(i) == .dot, t.kind(i + 1) == .arabicDigit {
            var q = i + 1
            while t.kind(q) == .arabicDigit {
                digits.push(t.value(q))
                fractionDigits += 1
                q += 1
            }
            if t.kind(q) == .dot, t.kind(q + 1) == .arabicDigit {
                // 2023.12.31, 3.2.1: dates, versions and section numbers.
                while t.kind(q) == .dot, t.kind(q + 1) == .arabicDigit {
                    q += 1
                    while t.kind(q) == .arabicDigit { q += 1 }
                }
                return NumeralArabicToken(end: q, value: 0, lastExponent: 0, lowestNonZeroExponent: nil,
                                          integerDigits: integerDigits, hasDecimal: false, isDottedCode: true)
            }
            if integerDigits > 0, opensMask(at: q, digitsFrom: start) { return lexMasked(at: start) }
            i = q
        }
        return NumeralArabicToken(
            end: i, value: digits.decimal(fractionDigits: fractionDigits), lastExponent: -fractionDigits,
            lowestNonZeroExponent: digits.lowestNonZeroExponent(integerDigits: integerDigits),
            integerDigits: integerDigits, hasDecimal: fractionDigits > 0)
    }

    /// True when placeholder stars at `i` continue the digits that began at `digitsStart`, and are
    /// not the closing half of Markdown bold around them (`**2022**`).
    private func opensMask(at i: Int, digitsFrom digitsStart: Int) -> Bool {
        let t = text
        let run = t.starRun(i)
        guard run >= 2 else { return false }
        var before = 0
        while before < run + 1, t.kind(digitsStart - 1 - before) == .star { before += 1 }
        return before != run
    }

    /// Reads an Arabic group containing runs of two or more placeholder stars.
    private func lexMasked(at start: Int) -> NumeralArabicToken? {
        let t = text
        // A mask starts with a whole run of stars, never inside one.
        if t.kind(start) == .star, t.kind(start - 1) == .star { return nil }
        var i = start
        var lower = NumeralDigitAccumulator()
        var upper = NumeralDigitAccumulator()
        var afterLeading = NumeralDigitAccumulator()
        var known = String.UnicodeScalarView()
        var hidden = 0
        var leadingRun = 0
        var runs: [Int] = []
        var cells = 0
        var integerCells = 0
        var fractionCells = 0
        var inFraction = false
        var lastWasStar = false
        cellLoop: while true {
            if t.kind(i) == .arabicDigit {
                let digit = t.value(i)
                lower.push(digit)
                upper.push(digit)
                afterLeading.push(digit)
                known.append(Unicode.Scalar(UInt8(0x30 + digit)))
                i += 1
                lastWasStar = false
            } else if t.kind(i) == .star {
                let run = t.starRun(i)
                guard run >= 2 else { break cellLoop }
                if cells == 0 { leadingRun = run }
                for _ in 0..<run {
                    lower.push(0)
                    upper.push(9)
                    if cells > 0 { afterLeading.push(0) }
                }
                hidden += run
                runs.append(run)
                i += run
                lastWasStar = true
            } else if !inFraction, cells > 0, t.kind(i) == .dot,
                      t.kind(i + 1) == .arabicDigit || (t.kind(i + 1) == .star && t.starRun(i + 1) >= 2) {
                inFraction = true
                integerCells = cells
                i += 1
                continue
            } else {
                break cellLoop
            }
            cells = lower.count
            if inFraction { fractionCells = cells - integerCells }
        }
        if !inFraction { integerCells = cells }
        guard hidden > 0 else { return nil }
        let fully = known.isEmpty
        if fully {
            let before = t.context(start - 1)
            let after = t.context(i)
            let lineStart = before == 0 || before == 0x0A || before == 0x0D
            let lineEnd = after == 0 || after == 0x0A || after == 0x0D
            // A line of three or more stars is a separator; stars before a letter open Markdown bold;
            // stars right after digits close it (**2022**), as a mask there would have joined the digits.
            if hidden >= 3, lineStart, lineEnd { return nil }
            if (0x41...0x5A).contains(after) || (0x61...0x7A).contains(after) { return nil }
            if (0x30...0x39).contains(before) || (0xFF10...0xFF19).contains(before) { return nil }
        } else if leadingRun > 0, runs.count == 2, runs[1] == leadingRun, lastWasStar, !inFraction {
            // **2022** is Markdown bold around a number.
            return nil
        }
        let leading = leadingRun > 0
        let mask = NumeralMask(
            lower: leading ? nil : lower.decimal(fractionDigits: fractionCells),
            upper: leading ? nil : upper.decimal(fractionDigits: fractionCells),
            fullyMasked: fully, knownDigits: String(known), hiddenCount: hidden, hiddenBeforeKnown: leading)
        let value = leading ? afterLeading.decimal(fractionDigits: fractionCells)
                            : lower.decimal(fractionDigits: fractionCells)
        var token = NumeralArabicToken(end: i, value: value, lastExponent: -fractionCells, lowestNonZeroExponent: nil,
                                       integerDigits: integerCells, hasDecimal: fractionCells > 0)
        token.mask = mask
        return token
    }
}
