import AuditCore

/// Renders a run for the terminal: one `path:line:column: severity[check-id]: message` line per
/// finding, the source line with a caret under the figure, then a summary line.
public enum TerminalReport {
    /// How the terminal output looks.
    public struct Options: Sendable {
        /// Whether to use ANSI colours.
        public var color: Bool
        /// Whether to print only the summary line.
        public var quiet: Bool

        /// Creates options.
        public init(color: Bool = false, quiet: Bool = false) {
            self.color = color
            self.quiet = quiet
        }
    }

    /// The terminal text for `run`.
    public static func render(_ run: AuditRun, options: Options = Options()) -> String {
        var out = ""
        if !options.quiet {
            for audit in run.audits {
                for finding in audit.findings {
                    out += findingBlock(finding, audit: audit, options: options)
                }
            }
        }
        out += summaryLine(run) + "\n"
        return out
    }

    /// The finding blocks of one document, in order.
    public static func findingLines(_ audit: DocumentAudit, options: Options = Options()) -> String {
        options.quiet ? "" : audit.findings.map { findingBlock($0, audit: audit, options: options) }.joined()
    }

    /// `N documents audited: E errors, W warnings, I info; V relations verified`.
    public static func summaryLine(_ run: AuditRun) -> String {
        let documents = run.audits.count
        var line = "\(documents) document\(documents == 1 ? "" : "s") audited: "
        line += "\(plural(run.count(.error), "error")), \(plural(run.count(.warning), "warning")), "
        line += "\(run.count(.info)) info; \(plural(run.verifiedCount, "relation")) verified"
        let unevaluated = run.audits.reduce(0) { $0 + $1.unevaluated.count }
        if unevaluated > 0 { line += "; \(plural(unevaluated, "rule evaluation")) not possible (fields missing)" }
        if !run.inputErrors.isEmpty { line += "; \(plural(run.inputErrors.count, "input")) could not be read" }
        return line
    }

    static func findingBlock(_ finding: Finding, audit: DocumentAudit, options: Options) -> String {
        let path = audit.document.path
        let severity = paint(finding.severity.rawValue, severityColor(finding.severity), options)
        guard let span = finding.span, span.end <= audit.document.text.count else {
            if let span = finding.span {
                return "\(path):\(span.line):\(span.column): \(severity)[\(finding.check)]: \(finding.message)\n"
            }
            return "\(path): \(severity)[\(finding.check)]: \(finding.message)\n"
        }
        var block = "\(path):\(span.line):\(span.column): \(severity)[\(finding.check)]: \(finding.message)\n"
        let view = SourceLineView(text: audit.document.text, span: span)
        let indent = "    "
        block += indent + view.before + paint(view.flagged, "1", options) + view.after + "\n"
        let caretWidth = max(1, DisplayWidth.of(view.flagged))
        block += indent + String(repeating: " ", count: DisplayWidth.of(view.before))
            + paint(String(repeating: "^", count: caretWidth), severityColor(finding.severity), options) + "\n"
        if let arithmetic = finding.arithmetic { block += indent + "= " + arithmetic + "\n" }
        if let hint = finding.hint { block += indent + "hint: " + hint + "\n" }
        return block
    }

    private static func severityColor(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private static func paint(_ text: String, _ code: String, _ options: Options) -> String {
        options.color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
