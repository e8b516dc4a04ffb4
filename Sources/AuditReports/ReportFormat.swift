/// The per-document and per-run report formats `figaudit audit` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// The reviewer checklist, `<id>.md`.
    case md
    /// The machine-readable report, `<id>.json`, schema `figaudit.report/1`.
    case json
}
