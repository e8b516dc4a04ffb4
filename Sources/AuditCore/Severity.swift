/// How serious a finding is; ordered so that `.error` is the greatest.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Worth a look; never fails a run by default.
    case info
    /// Probably a defect, or a defect the text may explain.
    case warning
    /// A defect.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Orders severities from `info` to `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
