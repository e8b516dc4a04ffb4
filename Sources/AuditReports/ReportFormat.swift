/// The per-document and per-run report formats `figaudit audit` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// The reviewer checklist, `<id>.md`.
    case md
    /// The machine-readable report, `<id>.json`, schema `figaudit.report/1`.
    case json
    /// The highlighted document, `<id>.html`, with `index.html` for the run.
    case html
    /// One SARIF 2.1.0 log for the run, `figaudit.sarif`.
    case sarif
    /// One JUnit XML file for the run, `figaudit.junit.xml`.
    case junit
}

extension ReportFormat {
    /// The format a `--format` name asks for: its raw value or a longer spelling (markdown for
    /// md), in any case; nil for an unknown name.
    public init?(name: String) {
        let lowered = name.lowercased()
        if let format = ReportFormat(rawValue: lowered) {
            self = format
        } else if lowered == "markdown" {
            self = .md
        } else {
            return nil
        }
    }
}
