import ArgumentParser
import Foundation

/// The `figaudit` command: audits the figures in reports.
@main
struct FigAudit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figaudit",
        abstract: "Audit the figures in reports: sums, parts, rates, masked and missing values.",
        version: ToolVersion.current,
        subcommands: [AuditCommand.self, ExtractCommand.self, ChecksCommand.self],
        defaultSubcommand: nil
    )

    /// Runs the command line; usage and configuration errors exit with status 2, as CI gates expect.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usageOrInput.rawValue)
        }
    }
}

/// The exit statuses figaudit promises.
enum ExitStatus {
    /// No finding at or above `--fail-on`.
    static let clean = ExitCode(0)
    /// A finding at or above `--fail-on`.
    static let findings = ExitCode(1)
    /// A usage, configuration or input error.
    static let usageOrInput = ExitCode(2)
}

/// The version written into reports and printed by `--version`.
enum ToolVersion {
    /// The current release.
    static let current = "0.1.0"
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
