import Foundation
import Testing

/// CLI scenarios run against the built `figaudit` binary. Each folder under Scenarios/ holds
/// `args` (one argument per line), the inputs the arguments name, and the expected `stdout`,
/// `stderr` (optional) and `status`. The scenario runs in a copy of its folder, so inputs are
/// never touched and reports land in the copy.
@Suite("CLI scenarios")
struct ScenarioTests {
    static let scenarios: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: CLI.scenariosFolder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test("scenario", arguments: scenarios)
    func scenario(_ name: String) throws {
        let source = CLI.scenariosFolder.appendingPathComponent(name)
        let work = try CLI.copyToTemporaryFolder(source)
        defer { try? FileManager.default.removeItem(at: work) }
        let arguments = try String(contentsOf: source.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let result = try CLI.run(arguments, in: work)
        let expectedStatus = try String(contentsOf: source.appendingPathComponent("status"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect("\(result.status)" == expectedStatus, "stderr: \(result.stderr)")
        let expectedStdout = try String(contentsOf: source.appendingPathComponent("stdout"), encoding: .utf8)
        #expect(result.stdout == expectedStdout)
        if let expectedStderr = try? String(contentsOf: source.appendingPathComponent("stderr"), encoding: .utf8) {
            #expect(result.stderr == expectedStderr)
        }
        // `contains`: lines of "report path<TAB>text" that each report must contain.
        if let contains = try? String(contentsOf: source.appendingPathComponent("contains"), encoding: .utf8) {
            for line in contains.split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
                let report = (try? String(contentsOf: work.appendingPathComponent(parts[0]), encoding: .utf8)) ?? ""
                #expect(report.contains(parts[1]), "\(parts[0]) lacks \(parts[1])")
            }
        }
        if let reports = try? String(contentsOf: source.appendingPathComponent("reports"), encoding: .utf8) {
            for report in reports.split(separator: "\n") {
                #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent(String(report)).path), "missing report \(report)")
            }
        }
    }
}

/// Runs the built binary.
enum CLI {
    /// The result of one run.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var scenariosFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scenarios")
    }

    /// The `figaudit` executable next to the test bundle.
    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("figaudit")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/figaudit")
    }

    /// Runs `figaudit arguments` in `folder` with a pinned, colourless environment.
    static func run(_ arguments: [String], in folder: URL) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["COLUMNS": "100", "NO_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": folder.path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }

    /// A fresh temporary copy of `folder`.
    static func copyToTemporaryFolder(_ folder: URL) throws -> URL {
        let target = FileManager.default.temporaryDirectory
            .appendingPathComponent("figaudit-scenario-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: folder, to: target)
        return target
    }
}
