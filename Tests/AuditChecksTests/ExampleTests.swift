import AuditChecks
import Testing

/// Every example of every check in checks/ is a test, run as written and again behind a
/// multi-byte prefix (which shifts every offset and column) to catch position bugs.
@Suite("Check examples")
struct ExampleTests {
    /// The default suite and the sample submission's rules, whose examples are tests too.
    static let suite = CheckLoader.load([.directory(PackagePaths.checks), .directory(PackagePaths.submissionChecks)])

    static var exampleCases: [String] {
        suite.suite.checks.flatMap { check in
            ExampleRunner.run(check).map { "\(check.id)\u{1F}\($0.expectation.rawValue)\u{1F}\($0.example)" }
        }
    }

    @Test func defaultSuiteLoadsCleanly() {
        #expect(Self.suite.diagnostics.map(\.description) == [])
        #expect(Self.suite.suite.checks.count >= 20)
    }

    @Test func everyKindHasACheckWithExamples() {
        let used = Set(Self.suite.suite.checks.map(\.header.kind))
        #expect(Set(CheckKindID.allCases).subtracting(used).isEmpty)
    }

    @Test func everyCheckHasFlagAndPassExamples() {
        for check in Self.suite.suite.checks {
            let flags = check.header.examples?.flag ?? []
            let passes = check.header.examples?.pass ?? []
            #expect(flags.count > 0, "\(check.id) has no flag example")
            #expect(passes.count > 0, "\(check.id) has no pass example")
        }
    }

    @Test("example behaves as declared", arguments: exampleCases)
    func example(_ encoded: String) throws {
        let fields = encoded.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        let check = try #require(Self.suite.suite.check(id: fields[0]))
        // A prefix line would become a table's header, and table examples have multi-byte cells anyway.
        let prefixes = check.header.kind.readsTables ? [""] : ["", "前言：脱贫攻坚😀工作汇报。\n"]
        for prefix in prefixes {
            let outcome = try #require(ExampleRunner.run(check, prefix: prefix).first { $0.example == fields[2] && $0.expectation.rawValue == fields[1] })
            #expect(outcome.problem == nil, "\(outcome) (prefix \(prefix.debugDescription))")
        }
    }
}
