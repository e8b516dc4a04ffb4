import Foundation
import Testing

/// The repository's reports/ holds the reports of samples/: golden files. This test audits the
/// samples again and fails with a line diff when a report changes; `RECORD_GOLDEN=1 swift test`
/// (or `swift run figaudit audit samples`) writes them anew.
@Suite("Golden reports")
struct GoldenReportTests {
    @Test func samplesReportsMatchGoldenFiles() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("figaudit-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["audit", "samples", "--out", out.path, "--quiet"], in: CLI.packageRoot)
        #expect(result.status == 1, "the samples hold defects, so the audit fails: \(result.stderr)")
        let golden = CLI.packageRoot.appendingPathComponent("reports")
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        let produced = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(produced.count == 13, "two reports for each of the five sample documents and the sample table, and index.md")
        for name in produced {
            let fresh = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            let goldenURL = golden.appendingPathComponent(name)
            guard !record, let expected = try? String(contentsOf: goldenURL, encoding: .utf8) else {
                try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
                try fresh.write(to: goldenURL, atomically: true, encoding: .utf8)
                continue
            }
            #expect(fresh == expected, "\(name) changed:\n\(LineDiff.render(expected: expected, actual: fresh))")
        }
    }
}

/// A minimal line diff for golden-file failures.
enum LineDiff {
    /// Lines only in `expected` prefixed "-", lines only in `actual` prefixed "+", at most 40 lines.
    static func render(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            if a == b { continue }
            if let a { lines.append("-\(index + 1): \(a)") }
            if let b { lines.append("+\(index + 1): \(b)") }
            if lines.count >= 40 { break }
        }
        return lines.joined(separator: "\n")
    }
}

/// The sample table submission with its own rules: each defect reported at its cell.
@Suite("Sample submission")
struct SampleSubmissionTests {
    @Test func defectsAreReportedAtTheirCells() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("figaudit-submission-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(
            ["audit", "samples/submission", "--checks", "builtin", "--checks", "samples/submission/checks", "--format", "json", "--out", out.path],
            in: CLI.packageRoot
        )
        #expect(result.status == 1)
        let data = try Data(contentsOf: out.appendingPathComponent("villages.json"))
        let report = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let findings = report["findings"] as! [[String: Any]]
        let located = findings.map { finding -> String in
            let cell = finding["cell"] as! [String: Any]
            return "\(finding["check"]!) row \(cell["row"]!) column \(cell["name"]!)"
        }
        #expect(located == [
            "masked-value row 4 column 贫困人口",
            "column-total-mismatch row 6 column 户数",
            "households-add-up row 6 column 户数",
        ])
    }
}
