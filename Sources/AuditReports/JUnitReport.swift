import AuditCore

/// Renders a whole run as JUnit XML, `figaudit.junit.xml`, for CI test-result views.
///
/// Each document is a `<testsuite>` named by its path, and each check that ran is a `<testcase>`
/// (classname the document id, name the check id, sorted by id). A test case fails when the check has
/// findings at or above `failOn` in the document: it then holds one `<failure>` whose `type` is the
/// worst severity and whose text lists every such finding as `path:line:column: severity[check]: message`
/// with its arithmetic and hint, the lines the terminal report prints. One failure per test case,
/// not one per finding, because Jenkins, GitLab and Azure DevOps show only a test case's first
/// failure. Findings below `failOn` go to the test case's `<system-out>`. Inputs that could not be
/// read become test cases with an `<error>` in a last suite named `figaudit inputs`.
public enum JUnitReport {
    /// The JUnit XML for `run`; findings at or above `failOn` fail their test case (nil: every finding).
    public static func render(_ run: AuditRun, failOn: Severity? = nil) -> String {
        let checks = checkIDs(run)
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        for audit in run.audits {
            let document = audit.document
            var cases = ""
            var failures = 0
            for check in checks {
                let findings = audit.findings.filter { $0.check == check }
                let failing = findings.filter { failOn == nil || $0.severity >= failOn! }
                let passing = findings.filter { failOn != nil && $0.severity < failOn! }
                var attributes = "classname=\"\(Markup.attribute(document.id))\" name=\"\(Markup.attribute(check))\" file=\"\(Markup.attribute(document.path))\""
                if let line = failing.lazy.compactMap(\.span).first?.line { attributes += " line=\"\(line)\"" }
                guard !failing.isEmpty || !passing.isEmpty else {
                    cases += "    <testcase \(attributes)/>\n"
                    continue
                }
                cases += "    <testcase \(attributes)>\n"
                if let worst = failing.map(\.severity).max() {
                    failures += 1
                    let first = failing[0]
                    var message = "\(Place.lineColumn(first.span)): \(first.message)"
                    if failing.count > 1 { message = "\(failing.count) findings; first at \(message)" }
                    cases += "      <failure message=\"\(Markup.attribute(message))\" type=\"\(worst.rawValue)\">"
                    cases += Markup.escape(lines(failing, path: document.path)) + "</failure>\n"
                }
                if !passing.isEmpty {
                    cases += "      <system-out>" + Markup.escape(lines(passing, path: document.path)) + "</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            totalTests += checks.count
            totalFailures += failures
            suites += "  <testsuite name=\"\(Markup.attribute(document.path))\" tests=\"\(checks.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
            suites += "    <properties>\n"
            suites += "      <property name=\"document-id\" value=\"\(Markup.attribute(document.id))\"/>\n"
            suites += "      <property name=\"sha256\" value=\"\(Markup.attribute(document.sha256))\"/>\n"
            suites += "    </properties>\n"
            suites += cases
            suites += "  </testsuite>\n"
        }
        if !run.inputErrors.isEmpty {
            let count = run.inputErrors.count
            suites += "  <testsuite name=\"figaudit inputs\" tests=\"\(count)\" failures=\"0\" errors=\"\(count)\" skipped=\"0\">\n"
            for (index, line) in run.inputErrors.enumerated() {
                suites += "    <testcase classname=\"inputs\" name=\"input \(index + 1)\">\n"
                suites += "      <error message=\"\(Markup.attribute(line))\" type=\"input\">\(Markup.escape(line))</error>\n"
                suites += "    </testcase>\n"
            }
            suites += "  </testsuite>\n"
            totalTests += count
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"figaudit\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(run.inputErrors.count)\">\n"
        out += suites
        out += "</testsuites>\n"
        return out
    }

    /// The ids of the checks that ran, and of any check a finding names that is not among them, sorted.
    static func checkIDs(_ run: AuditRun) -> [String] {
        var ids = Set(run.checks.map(\.id))
        for audit in run.audits { ids.formUnion(audit.findings.map(\.check)) }
        return ids.sorted()
    }

    /// `path:line:column: severity[check]: message`, then `    = arithmetic` and `    hint: …`, per finding.
    static func lines(_ findings: [Finding], path: String) -> String {
        findings.map { finding in
            var text = "\(Place.describe(path: path, span: finding.span)): \(finding.severity.rawValue)[\(finding.check)]: \(finding.message)"
            if let arithmetic = finding.arithmetic { text += "\n    = \(arithmetic)" }
            if let hint = finding.hint { text += "\n    hint: \(hint)" }
            return text
        }.joined(separator: "\n")
    }
}
