import AuditCore
@testable import AuditReports
import Foundation
import Testing

/// A small hand-built run over two Chinese documents: findings of every severity, a finding with no
/// span, one on no figure (the masked "**镇"), overlapping spans, verified relations and an input error.
enum ReportFixture {
    /// How to vary the fixture.
    struct Options {
        /// Text put before the first document's first line, to move every span in it.
        var linesAbove = ""
        /// Drop the findings of these check ids from the first document.
        var droppingChecks: Set<String> = []
    }

    static let checks = [
        CheckSummary(id: "sum-mismatch", title: "Parts do not add up to the stated total", kind: "sum", severity: .error,
                     description: "A stated total differs from the sum of its stated breakdown."),
        CheckSummary(id: "masked-value", title: "Masked placeholder left in the text", kind: "masked", severity: .error,
                     description: "A digit or name was replaced by * or ○ and never filled in."),
        CheckSummary(id: "inconsistent-value", title: "One quantity stated twice with two values", kind: "consistent-value",
                     severity: .warning, description: "Two figures state one subject with different values."),
        CheckSummary(id: "unit-mismatch", title: "Unit does not fit the quantity", kind: "unit-fit", severity: .warning,
                     description: "The measure word does not fit what is counted."),
        CheckSummary(id: "total-cue", title: "Total without a cue word", kind: "sum", severity: .info,
                     description: "A total is stated with <合计> & no breakdown \"cue\"."),
        CheckSummary(id: "missing-source", title: "No data source named", kind: "document", severity: .info,
                     description: "The document names no source for its figures."),
        CheckSummary(id: "household-size", title: "Implausible persons per household", kind: "ratio", severity: .error,
                     description: "Persons per household outside [1, 10]."),
        CheckSummary(id: "part-exceeds-whole", title: "Part larger than its whole", kind: "part-of", severity: .error,
                     description: "A part is larger than the whole it belongs to."),
    ]

    static let alphaLines = [
        "全镇共有贫困户1451户5364人,其中已脱贫1208户。",
        "2019年投入扶贫资金312万元、95万元、140万元、661万元,合计1190万元。",
        "全镇共转移富余劳动力22**人,**镇新建扶贫车间18个。",
        "扶贫车间共20个。",
    ]

    static let betaLines = [
        "某村<b>合作社</b>带动农户248户700人 & 新增就业3-5名。",
        "人均增收1200元。",
    ]

    /// The run: `alpha` (three errors, one warning, two info, two verified) and `beta` (one warning,
    /// one verified), plus one input that could not be read.
    static func run(_ options: Options = Options()) -> AuditRun {
        AuditRun(
            audits: [alpha(options), beta()],
            checks: checks,
            inputErrors: ["docs/丙.txt: error: binary file (NUL byte at byte offset 12), not audited"],
            toolVersion: "1.2.3-test"
        )
    }

    static func alpha(_ options: Options = Options()) -> DocumentAudit {
        let text = SourceText(options.linesAbove + alphaLines.joined(separator: "\n") + "\n")
        let document = Document(id: "alpha", path: "docs/甲 报告.txt", sha256: String(repeating: "a1", count: 32), text: text)
        let figures = ["1451户", "5364人", "1208户", "312万元", "95万元", "140万元", "661万元", "1190万元", "22**人", "18个", "20个"]
            .map { figure($0, in: text) }
        let parts = ["312万元", "95万元", "140万元", "661万元"].map { span(of: $0, in: text) }
        let findings = [
            Finding(
                check: "sum-mismatch", kind: "sum", severity: .error,
                message: "the parts add up to 1208万元, not the stated total 1190万元",
                span: span(of: "1190万元", in: text), excerpt: "合计1190万元。", related: parts,
                arithmetic: "312+95+140+661 = 1208 ≠ 1190", hint: "the parts exceed the total by 18万元",
                subject: "1190万元 扶贫资金"
            ),
            Finding(
                check: "total-cue", kind: "sum", severity: .info,
                message: "total '合计1190万元' has no breakdown cue", span: span(of: "合计1190万元", in: text),
                excerpt: "合计1190万元。", subject: "合计1190万元"
            ),
            Finding(
                check: "masked-value", kind: "masked", severity: .error, message: "placeholder '**' left in '22**人'",
                span: span(of: "22**人", in: text), excerpt: "全镇共转移富余劳动力22**人,", subject: "22**人 富余劳动力"
            ),
            Finding(
                check: "masked-value", kind: "masked", severity: .error, message: "placeholder '**' left in a name: '**镇'",
                span: span(of: "**", in: text, occurrence: 1), excerpt: "**镇新建扶贫车间18个。", subject: "**镇"
            ),
            Finding(
                check: "inconsistent-value", kind: "consistent-value", severity: .warning,
                message: "扶贫车间 is stated as 20个 here but as 18个 on line \(3 + lineCount(options.linesAbove))",
                span: span(of: "20个", in: text), excerpt: "扶贫车间共20个。", related: [span(of: "18个", in: text)],
                subject: "20个 扶贫车间"
            ),
            Finding(
                check: "missing-source", kind: "document", severity: .info,
                message: "the document names no source for its figures", span: nil, excerpt: "", subject: ""
            ),
        ].filter { !options.droppingChecks.contains($0.check) }
        let verified = [
            Verification(
                check: "part-exceeds-whole", kind: "part-of", message: "1208户 is within 1451户",
                span: span(of: "1208户", in: text), excerpt: "其中已脱贫1208户。", related: [span(of: "1451户", in: text)],
                arithmetic: "1208 ≤ 1451"
            ),
            Verification(
                check: "household-size", kind: "ratio", message: "3.7 persons per household, within [1, 10]",
                span: span(of: "1451户5364人", in: text), excerpt: "全镇共有贫困户1451户5364人,",
                related: [span(of: "5364人", in: text), span(of: "1451户", in: text)],
                arithmetic: "5364人 ÷ 1451户 = 3.7 persons per household"
            ),
        ]
        return DocumentAudit(document: document, figures: figures, findings: findings, verified: verified)
    }

    static func beta() -> DocumentAudit {
        let text = SourceText(betaLines.joined(separator: "\r\n"))
        let document = Document(id: "beta", path: "docs/乙 报告.txt", sha256: String(repeating: "b2", count: 32),
                                encoding: "gb18030", text: text)
        let figures = ["248户", "700人", "3-5名", "1200元"].map { figure($0, in: text) }
        let findings = [
            Finding(
                check: "unit-mismatch", kind: "unit-fit", severity: .warning,
                message: "'3-5名' counts 就业 with 名; expected 人 or 个 <岗位>",
                span: span(of: "3-5名", in: text), excerpt: "新增就业3-5名。", subject: "3-5名 新增就业"
            ),
        ]
        let verified = [
            Verification(
                check: "household-size", kind: "ratio", message: "2.82 persons per household, within [1, 10]",
                span: span(of: "248户700人", in: text), excerpt: "带动农户248户700人",
                related: [span(of: "700人", in: text), span(of: "248户", in: text)],
                arithmetic: "700人 ÷ 248户 = 2.82 persons per household"
            ),
        ]
        return DocumentAudit(document: document, figures: figures, findings: findings, verified: verified)
    }

    /// The span of the `occurrence`-th (0-based) appearance of `needle` in `text`, in scalars.
    static func span(of needle: String, in text: SourceText, occurrence: Int = 0) -> SourceSpan {
        let pattern = Array(needle.unicodeScalars)
        var seen = 0
        for start in 0...(text.count - pattern.count) where Array(text.scalars[start..<start + pattern.count]) == pattern {
            if seen == occurrence { return text.span(start..<start + pattern.count) }
            seen += 1
        }
        fatalError("'\(needle)' occurs fewer than \(occurrence + 1) times in the fixture text")
    }

    static func figure(_ needle: String, in text: SourceText) -> Figure {
        Figure(text: needle, span: span(of: needle, in: text), value: nil, interval: nil, unit: nil)
    }

    static func lineCount(_ text: String) -> Int { text.filter { $0 == "\n" }.count }
}

/// Golden files in Tests/AuditReportsTests/Golden: written when missing or when `RECORD_GOLDEN=1`,
/// otherwise compared, failing with a line diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares `contents` with the golden file `name`, or records it.
    static func verify(_ contents: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        // Only the diff, not both whole files, so the failure is readable.
        if contents != expected {
            Issue.record(
                "\(name) differs from its golden file (RECORD_GOLDEN=1 swift test records it anew):\n\(LineDiff.render(expected: expected, actual: contents))",
                sourceLocation: sourceLocation
            )
        }
    }
}

/// A line diff for golden-file failures: the longest common subsequence of lines, then the lines
/// only in the golden file ("-") and only in the output ("+"), with their line numbers.
enum LineDiff {
    static func render(expected: String, actual: String, limit: Int = 60) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // common[i][j]: length of the longest common subsequence of old[i...] and new[j...].
        var common = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0
        var j = 0
        while (i < old.count || j < new.count) && lines.count < limit {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
                lines.append("-\(i + 1): \(old[i])")
                i += 1
            } else {
                lines.append("+\(j + 1): \(new[j])")
                j += 1
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Runs python3 for validators the Swift toolchain lacks (JSON Schema, an XML parser).
enum Python {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Whether `python3` runs and can import `module`.
    static func has(module: String) -> Bool {
        (try? run("import \(module)", arguments: []).status) == 0
    }

    /// Runs `python3 -c script arguments…`, returning its exit status and its stdout and stderr together.
    static func run(_ script: String, arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Writes `contents` to a fresh temporary file named `name`, runs `body` on its path, then removes it.
    static func withTemporaryFile<T>(_ contents: String, named name: String, _ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figaudit-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return try body(url.path)
    }
}
