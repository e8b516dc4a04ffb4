import ArgumentParser
import AuditChecks
import AuditCore
import AuditReports
import DocumentIntake
import Foundation

/// The severity at or above which a finding fails the run.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

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

    @Argument(help: "Text files or figure files (.json, .yaml), or folders walked recursively for *.txt and *.figures.{json,yaml}, in sorted order.")
    var paths: [String]

    @Option(name: .customLong("checks"), help: ArgumentHelp(
        "A folder of check definitions; repeatable, later folders override earlier checks by id. 'builtin' is the suite shipped with the tool.",
        valueName: "dir"))
    var checkFolders: [String] = []

    @Option(name: .customLong("disable"), help: ArgumentHelp("Disable the check with this id; repeatable.", valueName: "id"))
    var disabled: [String] = []

    @Option(help: ArgumentHelp("Folder for the reports.", valueName: "dir"))
    var out: String = "reports"

    @Option(help: ArgumentHelp("Comma-separated report formats: md, json.", valueName: "list"))
    var format: String = "md,json"

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning, info or never.")
    var failOn: FailThreshold = .error

    @Flag(help: "Print only the summary line.")
    var quiet = false

    func validate() throws {
        _ = try formats()
    }

    func formats() throws -> [ReportFormat] {
        let names = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw ValidationError("--format needs at least one of: md, json") }
        return try names.map { name in
            guard let format = ReportFormat(rawValue: name.lowercased()) else {
                let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown report format '\(name)' (expected one of: \(known))")
            }
            return format
        }
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

        let (sources, findErrors) = DocumentFinder.find(paths: paths, extensions: ["txt"])
        var inputErrors = findErrors.map(\.description)
        let engine = AuditEngine(suite: suite)
        var audits: [DocumentAudit] = []
        for source in sources {
            do {
                if DocumentFinder.isFigureFile(source.path) {
                    let (document, extracted) = try FigureFile.load(path: source.path, id: source.id)
                    audits.append(engine.audit(document, extracted: extracted))
                } else {
                    let document = try DocumentLoader.load(path: source.path, id: source.id)
                    audits.append(engine.audit(document))
                }
            } catch {
                inputErrors.append(error.description)
            }
        }

        let run = AuditRun(
            audits: audits, checks: suite.checks.map(\.summary), inputErrors: inputErrors,
            toolVersion: ToolVersion.current
        )
        for audit in audits {
            for format in formats {
                let contents = switch format {
                case .md: MarkdownReport.render(audit, run: run)
                case .json: JSONReport.render(audit, run: run)
                }
                do {
                    try ReportWriter.write(contents, named: "\(audit.document.id).\(format.rawValue)", in: out)
                } catch {
                    inputErrors.append("\(out)/\(audit.document.id).\(format.rawValue): error: cannot write report: \(error.localizedDescription)")
                }
            }
        }

        inputErrors.forEach { printError($0) }
        let color = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let finalRun = AuditRun(audits: audits, checks: run.checks, inputErrors: inputErrors, toolVersion: run.toolVersion)
        print(TerminalReport.render(finalRun, options: .init(color: color, quiet: quiet)), terminator: "")

        if !inputErrors.isEmpty || (audits.isEmpty && sources.isEmpty) {
            if audits.isEmpty && sources.isEmpty && inputErrors.isEmpty { printError("figaudit: no documents found") }
            throw ExitStatus.usageOrInput
        }
        let failed = audits.contains { audit in audit.findings.contains { failOn.fails($0.severity) } }
        throw failed ? ExitStatus.findings : ExitStatus.clean
    }
}
