import ArgumentParser
import AuditChecks
import AuditCore
import AuditReports
import DocumentIntake
import Foundation

/// The severity at or above which a finding fails the run.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    /// The severity from which JUnit test cases fail; every finding with `never`, which gates nothing
    /// but still lists what was found.
    var junitThreshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info, .never: nil
        }
    }

    /// Whether a finding of `severity` fails the run.
    func fails(_ severity: Severity) -> Bool {
        switch self {
        case .never: false
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        }
    }
}

/// `figaudit audit PATH...`: audits documents and writes a report for each.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit documents and write a report for each.",
        discussion: """
        Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for usage,
        configuration or input errors (every readable document is still audited and reported).
        """
    )

    @Argument(help: "Text files, tables (.csv, .tsv) or figure files (.json, .yaml), or folders walked recursively for *.txt, *.csv, *.tsv and *.figures.{json,yaml}, in sorted order.")
    var paths: [String]

    @Option(name: .customLong("checks"), help: ArgumentHelp(
        "A folder of check definitions; repeatable, later folders override earlier checks by id. 'builtin' is the suite shipped with the tool.",
        valueName: "dir"))
    var checkFolders: [String] = []

    @Option(name: .customLong("disable"), help: ArgumentHelp("Disable the check with this id; repeatable.", valueName: "id"))
    var disabled: [String] = []

    @Option(help: ArgumentHelp("Folder for the reports.", valueName: "dir"))
    var out: String = "reports"

    @Option(help: ArgumentHelp(
        "Report formats, comma-separated or repeated: md (or markdown), json, html (per document, with an index), sarif, junit (one file per run). Default: md,json.",
        valueName: "list"
    ))
    var format: [String] = []

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning, info or never.")
    var failOn: FailThreshold = .error

    @Flag(help: "Print only the summary line.")
    var quiet = false

    @Option(help: ArgumentHelp("The encoding of the inputs: utf-8, utf-16le, utf-16be, gb18030, gbk or big5; detected per file when absent.", valueName: "name"))
    var encoding: DeclaredEncoding?

    @Option(name: .customLong("max-document-size"), help: ArgumentHelp(
        "Refuse documents larger than this, unread, and audit the rest (K, M or G suffix; 0 for no limit; default 64M).", valueName: "size"))
    var maxDocumentSize = ByteSize(bytes: ByteCount.defaultDocumentLimit)

    @Option(help: ArgumentHelp("Accept the findings recorded in this baseline file: only new findings are reported and fail the run.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Write the run's findings to this baseline file (reasons of an existing --baseline are kept).", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Documents audited in parallel; the number of cores when absent. The output is the same for any number.", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        _ = try formats()
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The formats this command writes.
    static let supported = ReportFormat.allCases

    /// Reads `--baseline`, exiting with status 2 when it cannot be used.
    func loadBaseline() throws -> Baseline? {
        guard let baseline else { return nil }
        guard let data = FileManager.default.contents(atPath: baseline) else {
            printError("\(baseline): error: cannot read baseline")
            throw ExitStatus.usageOrInput
        }
        do {
            return try Baseline.parse(String(decoding: data, as: UTF8.self), path: baseline)
        } catch {
            printError(error.description)
            throw ExitStatus.usageOrInput
        }
    }

    /// Writes the run-level reports (indexes, SARIF, JUnit) and returns the errors met.
    func writeRunReports(_ run: AuditRun, formats: [ReportFormat]) -> [String] {
        var files: [(String, String)] = []
        if formats.contains(.md) { files.append(("index.md", IndexReport.markdown(run))) }
        if formats.contains(.html) { files.append(("index.html", IndexReport.html(run))) }
        if formats.contains(.sarif) { files.append(("figaudit.sarif", SARIFReport.render(run))) }
        if formats.contains(.junit) { files.append(("figaudit.junit.xml", JUnitReport.render(run, failOn: failOn.junitThreshold))) }
        var errors: [String] = []
        for (name, contents) in files {
            do {
                try ReportWriter.write(contents, named: name, in: out)
            } catch {
                errors.append("\(out)/\(name): error: cannot write report: \(error.localizedDescription)")
            }
        }
        return errors
    }

    func formats() throws -> [ReportFormat] {
        // "--format json --format md" asks for both, as "--format json,md" does.
        let lists = format.isEmpty ? ["md,json"] : format
        let names = lists.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw ValidationError("--format needs at least one of: md, json") }
        var formats: [ReportFormat] = []
        for name in names {
            guard let format = ReportFormat(name: name), Self.supported.contains(format) else {
                let known = Self.supported.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown report format '\(name)' (expected one of: \(known))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    func run() throws {
        let formats = try formats()
        let (suite, diagnostics) = CheckLoader.load(CheckSelection.sources(for: checkFolders), disabled: Set(disabled))
        let errors = diagnostics.filter { $0.severity == .error }
        diagnostics.forEach { printError($0.description) }
        if !errors.isEmpty {
            printError("figaudit: \(errors.count) error\(errors.count == 1 ? "" : "s") in check definitions; nothing audited")
            throw ExitStatus.usageOrInput
        }

        let accepted = try loadBaseline()
        let (sources, findErrors) = DocumentFinder.find(paths: paths, extensions: ["txt", "csv", "tsv"])
        let color = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let options = TerminalReport.Options(color: color, quiet: quiet)
        let pipeline = AuditPipeline(
            engine: AuditEngine(suite: suite), formats: formats, out: out, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            terminalOptions: options, encoding: encoding, maximumBytes: maxDocumentSize.limit, baseline: accepted,
            keepUnfiltered: writeBaseline != nil
        )
        let checks = suite.checks.map(\.summary)
        let outcomes = pipeline.run(sources, checks: checks, progress: ProgressBar.make(total: sources.count))
        let audits = outcomes.compactMap(\.audit)
        let inputErrors = findErrors.map(\.description) + outcomes.flatMap(\.errors)
        let run = AuditRun(audits: audits, checks: checks, inputErrors: inputErrors, toolVersion: ToolVersion.current)
        var outputErrors = outcomes.flatMap(\.writeErrors) + writeRunReports(run, formats: formats)
        if let writeBaseline {
            let full = AuditRun(audits: outcomes.compactMap(\.unfiltered), checks: checks, toolVersion: ToolVersion.current)
            do {
                try ReportWriter.write(Baseline.make(from: full, keepingReasonsFrom: accepted).render(), to: writeBaseline)
            } catch {
                outputErrors.append("\(writeBaseline): error: cannot write baseline: \(error.localizedDescription)")
            }
        }

        (inputErrors + outputErrors).forEach { printError($0) }
        for entry in outcomes.flatMap(\.stale) {
            printError("\(baseline ?? "baseline"): warning: \(entry.count) accepted finding\(entry.count == 1 ? "" : "s") of \(entry.check) in \(entry.document) (\(entry.subject)) no longer found; prune the entry")
        }
        var summary = TerminalReport.summaryLine(AuditRun(audits: audits, checks: checks, inputErrors: inputErrors, toolVersion: ToolVersion.current))
        let suppressed = outcomes.reduce(0) { $0 + $1.suppressed }
        if accepted != nil { summary += "; \(suppressed) accepted by the baseline" }
        if !outputErrors.isEmpty { summary += "; \(outputErrors.count) report\(outputErrors.count == 1 ? "" : "s") could not be written" }
        print(outcomes.map(\.terminal).joined() + summary)

        if !inputErrors.isEmpty || !outputErrors.isEmpty || sources.isEmpty {
            if sources.isEmpty && inputErrors.isEmpty { printError("figaudit: no documents found") }
            throw ExitStatus.usageOrInput
        }
        let failed = audits.contains { audit in audit.findings.contains { failOn.fails($0.severity) } }
        throw failed ? ExitStatus.findings : ExitStatus.clean
    }
}
