import AuditCore

/// One report file to write: its name in the output folder and its contents.
public struct ReportFile: Hashable, Sendable {
    /// The file name, e.g. `doc.html` or `figaudit.sarif`.
    public var name: String
    /// The text to write, UTF-8.
    public var contents: String

    /// Creates a report file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

extension ReportFormat {
    /// Whether the format writes one file per document (md, json, html) rather than one per run.
    public var isPerDocument: Bool {
        switch self {
        case .md, .json, .html: true
        case .sarif, .junit: false
        }
    }
}

/// Maps a run and the chosen formats to the files to write, so the CLI only writes them.
public enum ReportFiles {
    /// Choices that change the contents of some files.
    public struct Options: Sendable {
        /// Findings at or above this severity fail their JUnit test case; nil: every finding.
        public var junitFailOn: Severity?

        /// Creates options.
        public init(junitFailOn: Severity? = nil) {
            self.junitFailOn = junitFailOn
        }
    }

    /// The files `formats` call for, in a stable order: per document (in run order) its `<id>.md`,
    /// `<id>.json` and `<id>.html` in the order the formats are given; then `index.md` (with md),
    /// `index.html` (with html), `figaudit.sarif` (with sarif) and `figaudit.junit.xml` (with junit).
    public static func render(_ run: AuditRun, formats: [ReportFormat], options: Options = Options()) -> [ReportFile] {
        var chosen: [ReportFormat] = []
        for format in formats where !chosen.contains(format) { chosen.append(format) }
        var files: [ReportFile] = []
        for audit in run.audits {
            for format in chosen where format.isPerDocument {
                let name = "\(audit.document.id).\(format.rawValue)"
                switch format {
                case .md: files.append(ReportFile(name: name, contents: MarkdownReport.render(audit, run: run)))
                case .json: files.append(ReportFile(name: name, contents: JSONReport.render(audit, run: run)))
                case .html: files.append(ReportFile(name: name, contents: HTMLReport.render(audit, run: run)))
                case .sarif, .junit: break
                }
            }
        }
        if chosen.contains(.md) { files.append(ReportFile(name: "index.md", contents: IndexReport.markdown(run))) }
        if chosen.contains(.html) { files.append(ReportFile(name: "index.html", contents: IndexReport.html(run))) }
        if chosen.contains(.sarif) { files.append(ReportFile(name: "figaudit.sarif", contents: SARIFReport.render(run))) }
        if chosen.contains(.junit) {
            files.append(ReportFile(name: "figaudit.junit.xml", contents: JUnitReport.render(run, failOn: options.junitFailOn)))
        }
        return files
    }
}
