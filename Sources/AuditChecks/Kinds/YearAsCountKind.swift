import AuditCore
import Extraction
import Foundation

/// A year used as a count or a percentage.
///
/// ## What it checks
/// A count or percentage whose value is a year the document itself names ("2019户" in a report
/// that speaks of 2019年), or a percentage that begins with such a year ("20190%"): the
/// fingerprint of a template filled in by find-and-replace.
///
/// ## Why it matters
/// Find-and-replace of a year overwrites figures that happen to hold the same digits; the true
/// count is lost.
///
/// ## Example
/// "2019年…三村贫困户分别为312户、2019户、140户" replaced a household count with the year.
public enum YearAsCountKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// The earliest year considered; 1990 when absent.
        public var firstYear: Int?
        /// The latest year considered; 2035 when absent.
        public var lastYear: Int?
        /// Which figures may not be years; counts and percentages when absent.
        public var select: FigureSelector?
        /// Written units whose figures are checked besides the selected ones: 周年 counts years
        /// since a founding, so "建会2023周年" in a report of 2023 holds a year. None when absent.
        public var alsoUnits: [String]?

        enum CodingKeys: String, CodingKey {
            case firstYear = "first-year"
            case lastYear = "last-year"
            case select
            case alsoUnits = "also-units"
        }
    }

    /// Requires `first-year` not to be after `last-year`.
    public static func validate(_ parameters: Parameters) -> [String] {
        let first = parameters.firstYear ?? 1990, last = parameters.lastYear ?? 2035
        return first > last ? ["'first-year' (\(first)) is after 'last-year' (\(last))"] : []
    }

    /// Flags counts and percentages whose value is, or starts with, a year named in the document.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        guard validate(parameters).isEmpty else { return KindResults() }
        let years = Set(input.extracted.nonFigures.filter { $0.kind == .year }.compactMap { year -> Int? in
            let digits = year.text.unicodeScalars.prefix { ("0"..."9").contains($0) }
            return digits.count == 4 ? Int(String(String.UnicodeScalarView(digits))) : nil
        })
        let range = (parameters.firstYear ?? 1990)...(parameters.lastYear ?? 2035)
        var results = KindResults()
        let figures = input.extracted.figures
        let alsoUnits = Set(parameters.alsoUnits ?? [])
        let lowest = Decimal(range.lowerBound)
        // What the extra units measure (周年: time), so that other figures are passed over by an
        // enum comparison rather than a String lookup.
        let alsoDimensions = Set(alsoUnits.compactMap { UnitLexicon.match(Array($0.unicodeScalars), at: 0)?.dimension })
        // Fields are read in place; a figure is copied only when it could hold a year.
        for index in figures.indices where figures[index].qualifier == .exact && !figures[index].masked {
            let selected = parameters.select?.selects(figures[index])
                ?? (figures[index].roles.contains(.count) || figures[index].dimension == .percent)
            // Most figures are far from any year: compare before turning a value into digits, and
            // before looking the unit up.
            guard selected || figures[index].dimension.map(alsoDimensions.contains) == true, let value = figures[index].value,
                  !value.lessThan(lowest),
                  selected || (figures[index].unit.map { alsoUnits.contains($0.written) } ?? false) else { continue }
            let figure = figures[index]
            let written = figure.unit.map { value.divided(byScale: $0.scale) } ?? value
            guard !Decimal(range.upperBound).lessThan(written) || figure.dimension == .percent,
                  let number = Int(Show.plain(written)) else { continue }
            let digits = String(number)
            var year: Int?
            if range.contains(number), years.contains(number) {
                year = number
            } else if figure.dimension == .percent, digits.count > 4, let leading = Int(digits.prefix(4)), range.contains(leading), years.contains(leading) {
                year = leading
            }
            guard let year else { continue }
            results.findings.append(FindingDraft(
                span: figure.span, variables: ["text": figure.text, "year": "\(year)"],
                arithmetic: "\(figure.text) holds the year \(year), which the document names as a year",
                subject: figure.text + " " + figure.label
            ))
        }
        return results
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "A count or percentage whose value is a year the document names (2019户, 20190%).",
        whyItMatters: "Find-and-replace of a year overwrites figures that hold the same digits; the true count is lost.",
        defaultMessage: "'{text}' holds the year {year}: a figure overwritten by find-and-replace?",
        placeholders: ["text", "year"]
    )
}
