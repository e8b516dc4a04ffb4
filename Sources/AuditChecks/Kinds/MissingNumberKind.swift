import AuditCore
import Extraction

/// A unit or measure with no number in front of it.
///
/// ## What it checks
/// Units that cannot stand alone as words (万元, 亿元, %, 万亩, and 户人 at a clause end) written
/// with no number before them. Extraction records them as figures with `missingNumber` set.
///
/// ## Why it matters
/// "投资万元" is a template whose number was never filled in: the amount is unknown and every
/// total that includes it is unverifiable.
///
/// ## Example
/// "渠道清淤扫障。投资万元,彻底疏通茶安灌区干渠" has an investment with no amount.
public enum MissingNumberKind: CheckKind {
    /// The kind's parameters.
    public struct Parameters: Decodable, Sendable {
        /// Which bare units to report; all when absent.
        public var select: FigureSelector?
    }

    /// Reports every figure whose number is missing.
    public static func evaluate(_ input: CheckInput, parameters: Parameters) -> KindResults {
        let drafts = input.extracted.figures.filter { $0.missingNumber && (parameters.select?.selects($0) ?? true) }.map { figure in
            FindingDraft(
                span: figure.span,
                variables: ["unit": figure.text, "label": figure.label.trimmingWhitespace()],
                subject: figure.text + " " + figure.label
            )
        }
        return KindResults(findings: drafts)
    }

    // MARK: - Messages

    /// The kind's documentation and default message.
    public static let documentation = KindDocumentation(
        whatItChecks: "Units such as 万元, 亿元 and % written with no number in front of them.",
        whyItMatters: "A figure whose number was never filled in cannot be checked, nor can any total that includes it.",
        defaultMessage: "'{unit}' has no number in front of it (after '{label}')",
        placeholders: ["unit", "label"]
    )
}
