import AuditCore
@testable import AuditReports
import Testing

/// Golden files of every report the run-level renderers write for `ReportFixture`.
@Suite("Golden report files")
struct GoldenReportFileTests {
    /// The files under Golden/, each with how it is rendered.
    enum Case: String, CaseIterable, CustomTestStringConvertible {
        case alphaHTML = "alpha.html"
        case betaHTML = "beta.html"
        case indexHTML = "index.html"
        case indexMarkdown = "index.md"
        case sarif = "figaudit.sarif"
        case junit = "figaudit.junit.xml"
        case junitFailOnError = "figaudit.fail-on-error.junit.xml"

        var testDescription: String { rawValue }

        func render(_ run: AuditRun) -> String {
            switch self {
            case .alphaHTML: HTMLReport.render(run.audits[0], run: run)
            case .betaHTML: HTMLReport.render(run.audits[1], run: run)
            case .indexHTML: IndexReport.html(run)
            case .indexMarkdown: IndexReport.markdown(run)
            case .sarif: SARIFReport.render(run)
            case .junit: JUnitReport.render(run)
            case .junitFailOnError: JUnitReport.render(run, failOn: .error)
            }
        }
    }

    @Test(arguments: Case.allCases)
    func matchesGoldenFile(_ golden: Case) throws {
        try Golden.verify(golden.render(ReportFixture.run()), named: golden.rawValue)
    }

    @Test(arguments: Case.allCases)
    func isDeterministic(_ golden: Case) {
        #expect(golden.render(ReportFixture.run()) == golden.render(ReportFixture.run()))
    }

    /// The CLI drops each audit's text and figures once its per-document reports are written; the
    /// run-level reports must not change for it.
    @Test func runLevelReportsNeedNoTextOrFigures() {
        let full = ReportFixture.run()
        var light = full
        for index in light.audits.indices {
            light.audits[index].document.text = SourceText("")
            light.audits[index].figures = []
        }
        #expect(SARIFReport.render(light) == SARIFReport.render(full))
        #expect(JUnitReport.render(light, failOn: .warning) == JUnitReport.render(full, failOn: .warning))
        #expect(IndexReport.html(light) == IndexReport.html(full))
        #expect(IndexReport.markdown(light) == IndexReport.markdown(full))
        #expect(Baseline.make(from: light) == Baseline.make(from: full))
    }

    @Test func reportFilesNameEveryFormatsFiles() {
        let files = ReportFiles.render(ReportFixture.run(), formats: [.html, .md, .json, .sarif, .junit, .html])
        #expect(files.map(\.name) == [
            "alpha.html", "alpha.md", "alpha.json", "beta.html", "beta.md", "beta.json",
            "index.md", "index.html", "figaudit.sarif", "figaudit.junit.xml",
        ])
        #expect(files.first { $0.name == "figaudit.sarif" }?.contents == SARIFReport.render(ReportFixture.run()))
        #expect(ReportFiles.render(ReportFixture.run(), formats: [.json]).map(\.name) == ["alpha.json", "beta.json"])
    }
}
