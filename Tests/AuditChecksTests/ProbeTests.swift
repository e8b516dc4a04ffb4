import AuditChecks
import AuditCore
import DocumentIntake
import Extraction
import Foundation
import Testing

/// Hand-written report text unlike the samples: clean documents must raise no warning or error
/// with the default suite, and a document with planted defects must raise exactly those.
@Suite("Probe documents")
struct ProbeTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("probes")
    static func audit(_ name: String) throws -> DocumentAudit {
        let path = folder.appendingPathComponent(name).path
        let document = try DocumentLoader.load(path: path, id: name)
        if DocumentFinder.isTable(path) {
            return DefaultSuite.engine.audit(document, extracted: TableReader.read(document.text, tabs: path.hasSuffix(".tsv")))
        }
        return DefaultSuite.engine.audit(document)
    }

    /// Every clean probe in the folder: statistical bulletins, work reports, news, budget and
    /// company reports in simplified and traditional Chinese, and two tables.
    static let cleanDocuments = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasPrefix("clean") }.sorted()

    @Test func everyCleanProbeIsAudited() {
        #expect(Self.cleanDocuments.count == 93)
    }

    @Test("clean documents raise no warning or error", arguments: cleanDocuments)
    func clean(_ name: String) throws {
        let audit = try Self.audit(name)
        let alarms = audit.findings.filter { $0.severity >= .warning }
        #expect(alarms.map { "\($0.span?.line ?? 0):\($0.span?.column ?? 0) \($0.check): \($0.message)" } == [])
        #expect(audit.verified.count >= 3, "the clean documents hold relations that should be confirmed")
    }

    @Test func plantedDefectsAreFound() throws {
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("defects.expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        let audit = try Self.audit("defects.txt")
        let actual = audit.findings.filter { $0.severity >= .warning }.map { "\($0.span!.line):\($0.span!.column) \($0.check)" }
        #expect(actual == expected)
    }
}
