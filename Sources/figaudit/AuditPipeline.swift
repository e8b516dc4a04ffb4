import AuditChecks
import AuditCore
import AuditReports
import DocumentIntake
import Extraction
import Foundation

/// Audits documents on several workers and gathers the results in input order, so the output is
/// the same whatever the number of jobs. Each worker loads, audits and renders one document at a
/// time and keeps only what run-level reports need, so memory stays near that of the largest document.
struct AuditPipeline {
    /// What one document produced.
    struct Outcome: Sendable {
        /// The audit as reported (baseline applied), its document text dropped once the
        /// per-document reports are written.
        var audit: DocumentAudit?
        /// The audit before the baseline, kept only when a new baseline is to be written.
        var unfiltered: DocumentAudit?
        /// Findings the baseline accepted.
        var suppressed: Int = 0
        /// Baseline entries of this document whose findings are gone.
        var stale: [Baseline.Entry] = []
        /// The terminal lines of its findings.
        var terminal: String
        /// Why the document could not be read, as `path: error: message` lines.
        var errors: [String]
        /// Reports of the document that could not be written, as `path: error: message` lines.
        var writeErrors: [String] = []
    }

    let engine: AuditEngine
    let formats: [ReportFormat]
    let out: String
    let jobs: Int
    let terminalOptions: TerminalReport.Options
    /// The encoding of every input, or nil to detect it per file.
    let encoding: DeclaredEncoding?
    /// Documents larger than this many bytes are refused unread; nil for no limit.
    let maximumBytes: Int?
    /// Findings accepted by `--baseline`.
    let baseline: Baseline?
    /// Whether `--write-baseline` needs the findings before the baseline is applied.
    let keepUnfiltered: Bool

    /// Audits `sources`, reporting progress to `progress` after each document.
    func run(_ sources: [DocumentSource], checks: [CheckSummary], progress: ProgressBar?) -> [Outcome] {
        let results = OutcomeStore(count: sources.count)
        let workers = max(1, min(jobs, sources.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.claimNext() {
                let outcome = process(sources[index], checks: checks)
                results.store(outcome, at: index)
                progress?.advance()
            }
        }
        progress?.finish()
        return results.outcomes()
    }

    private func process(_ source: DocumentSource, checks: [CheckSummary]) -> Outcome {
        let audit: DocumentAudit
        do {
            if DocumentFinder.isTable(source.path) {
                let document = try DocumentLoader.load(path: source.path, id: source.id, encoding: encoding, maximumBytes: maximumBytes)
                let table = TableReader.read(document.text, tabs: source.path.lowercased().hasSuffix(".tsv"))
                audit = engine.audit(document, extracted: table)
            } else if DocumentFinder.isFigureFile(source.path) {
                let (document, extracted) = try FigureFile.load(path: source.path, id: source.id, maximumBytes: maximumBytes)
                audit = engine.audit(document, extracted: extracted)
            } else {
                audit = engine.audit(try DocumentLoader.load(path: source.path, id: source.id, encoding: encoding, maximumBytes: maximumBytes))
            }
        } catch {
            return Outcome(audit: nil, unfiltered: nil, terminal: "", errors: [error.description])
        }
        var reported = audit
        var suppressed = 0
        var stale: [Baseline.Entry] = []
        if let baseline {
            let applied = baseline.apply(to: AuditRun(audits: [audit], checks: checks, toolVersion: ToolVersion.current))
            reported = applied.run.audits[0]
            suppressed = applied.suppressed
            stale = applied.stale
        }
        let run = AuditRun(audits: [reported], checks: checks, toolVersion: ToolVersion.current)
        var writeErrors: [String] = []
        for format in formats where format.isPerDocument {
            guard let contents = DocumentReports.render(format, audit: reported, run: run) else { continue }
            let name = "\(audit.document.id).\(format.rawValue)"
            do {
                try ReportWriter.write(contents, named: name, in: out)
            } catch {
                writeErrors.append("\(out)/\(name): error: cannot write report: \(error.localizedDescription)")
            }
        }
        let terminal = TerminalReport.findingLines(reported, options: terminalOptions)
        return Outcome(
            audit: Self.lightened(reported), unfiltered: keepUnfiltered ? Self.lightened(audit) : nil,
            suppressed: suppressed, stale: stale, terminal: terminal, errors: [], writeErrors: writeErrors
        )
    }

    /// The audit without its text, figures and verified relations (only their counts per check
    /// stay), which run-level reports (indexes, SARIF, JUnit, baselines) do not need: memory then
    /// stays flat however many documents a run audits.
    private static func lightened(_ audit: DocumentAudit) -> DocumentAudit {
        var light = audit.condensingVerified()
        light.document.text = SourceText("")
        light.figures = []
        return light
    }
}

/// Thread-safe slots for the outcomes, and the counter that hands out the next document.
private final class OutcomeStore: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [AuditPipeline.Outcome?]
    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claimNext() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ outcome: AuditPipeline.Outcome, at index: Int) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    func outcomes() -> [AuditPipeline.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}

/// A one-line progress bar on standard error, for interactive runs over many documents.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0

    /// A bar for `total` documents, or nil when standard error is not a terminal or the run is small.
    static func make(total: Int) -> ProgressBar? {
        guard isatty(STDERR_FILENO) != 0, total > 5 else { return nil }
        return ProgressBar(total: total)
    }

    private init(total: Int) { self.total = total }

    /// Counts one more document done and redraws.
    func advance() {
        lock.lock()
        done += 1
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let line = "\r[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total) documents"
        FileHandle.standardError.write(Data(line.utf8))
        lock.unlock()
    }

    /// Clears the bar.
    func finish() {
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 60) + "\r").utf8))
    }
}

/// The per-document report formats and their file names.
enum DocumentReports {
    /// The report of `format` for one document as UTF-8 bytes, or nil for run-level formats.
    static func render(_ format: ReportFormat, audit: DocumentAudit, run: AuditRun) -> [UInt8]? {
        switch format {
        case .md: Array(MarkdownReport.render(audit, run: run).utf8)
        // JSON is written as bytes and stays bytes: no String to validate on the way to the file.
        case .json: JSONReport.renderBytes(audit, run: run)
        case .html: Array(HTMLReport.render(audit, run: run).utf8)
        case .sarif, .junit: nil
        }
    }
}
