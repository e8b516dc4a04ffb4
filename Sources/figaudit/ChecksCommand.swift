import ArgumentParser
import AuditChecks
import Foundation

/// `figaudit checks`: list, explain and lint check definitions.
struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "List, explain and lint check definitions.",
        subcommands: [List.self, Explain.self, Lint.self]
    )

    /// The `--checks` option shared by the subcommands.
    struct Selection: ParsableArguments {
        @Option(name: .customLong("checks"), help: ArgumentHelp(
            "A folder of check definitions; repeatable. 'builtin' is the suite shipped with the tool.", valueName: "dir"))
        var folders: [String] = []

        /// Loads the selected suite, printing diagnostics; exits 2 when a definition is broken.
        func load() throws -> CheckSuite {
            let (suite, diagnostics) = CheckLoader.load(CheckSelection.sources(for: folders))
            diagnostics.forEach { printError($0.description) }
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitStatus.usageOrInput }
            return suite
        }
    }

    /// `figaudit checks list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the checks: id, kind, severity and title.")

        @OptionGroup var selection: Selection

        func run() throws {
            let suite = try selection.load()
            let idWidth = suite.checks.map(\.id.count).max() ?? 0
            let kindWidth = suite.checks.map(\.header.kind.rawValue.count).max() ?? 0
            for check in suite.checks {
                let id = check.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                let kind = check.header.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
                let severity = check.header.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                print("\(id)  \(kind)  \(severity)  \(check.header.title)")
            }
        }
    }

    /// `figaudit checks explain ID`.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain a check: what it finds, why it matters, and its examples.")

        @Argument(help: "The check id, e.g. sum-mismatch.")
        var id: String

        @OptionGroup var selection: Selection

        func run() throws {
            let suite = try selection.load()
            guard let check = suite.check(id: id) else {
                let known = suite.checks.map(\.id).joined(separator: ", ")
                printError("figaudit: no check with id '\(id)' (known: \(known))")
                throw ExitStatus.usageOrInput
            }
            print(CheckExplanation.render(check), terminator: "")
        }
    }

    /// `figaudit checks lint [DIR]`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate check definitions and run their examples.",
            discussion: """
            Reports unknown keys, wrong types, unknown kinds, bad parameters, checks without flag or pass
            examples, and examples that do not behave as declared. Exit status 0 when clean, 1 when a
            check has a problem, 2 when a definition cannot be read.
            """
        )

        @Argument(help: "Folders of check definitions; the default suite when none is given.")
        var folders: [String] = []

        func run() throws {
            let (suite, diagnostics) = CheckLoader.load(CheckSelection.sources(for: folders))
            diagnostics.forEach { print($0.description) }
            var problems = diagnostics.filter { $0.severity == .error }.count
            for check in suite.checks {
                let location = "\(check.path):\(check.mark.line):\(check.mark.column)"
                if (check.header.examples?.flag ?? []).isEmpty {
                    print("\(location): error: check '\(check.id)' has no flag example")
                    problems += 1
                }
                if (check.header.examples?.pass ?? []).isEmpty {
                    print("\(location): error: check '\(check.id)' has no pass example")
                    problems += 1
                }
                for outcome in ExampleRunner.run(check) where outcome.problem != nil {
                    print("\(location): error: \(outcome.expectation.rawValue) example \"\(outcome.example)\": \(outcome.problem!)")
                    problems += 1
                }
            }
            print(problems == 0 ? "\(suite.checks.count) checks, no problems" : "\(suite.checks.count) checks, \(problems) problem\(problems == 1 ? "" : "s")")
            if problems > 0 { throw diagnostics.contains { $0.severity == .error } ? ExitStatus.usageOrInput : ExitStatus.findings }
        }
    }
}

/// Renders `figaudit checks explain` from the check definition and its kind's documentation, so
/// the explanation and the tests share one source.
enum CheckExplanation {
    /// The explanation of `check`.
    static func render(_ check: Check) -> String {
        let documentation = check.header.kind.implementation.documentation
        var out = "\(check.id): \(check.header.title)\n"
        out += "kind: \(check.header.kind.rawValue)    severity: \(check.header.severity.rawValue)    defined in: \(check.path)\n\n"
        out += wrap(check.header.description) + "\n\n"
        out += "What the kind checks: \(documentation.whatItChecks)\n"
        out += "Why it matters: \(documentation.whyItMatters)\n"
        let flags = check.header.examples?.flag ?? []
        let passes = check.header.examples?.pass ?? []
        if !flags.isEmpty {
            out += "\nFlags (the finding is at «…»):\n" + flags.map { "  - \($0)\n" }.joined()
        }
        if !passes.isEmpty {
            out += "\nPasses:\n" + passes.map { "  - \($0)\n" }.joined()
        }
        return out
    }

    private static func wrap(_ text: String, width: Int = 96) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
