import AuditChecks
import AuditCore
import DocumentIntake
import Foundation
import Testing

/// Hand-written report text unlike the samples: clean documents must raise no warning or error
/// with the default suite, and a document with planted defects must raise exactly those.
@Suite("Probe documents")
struct ProbeTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("probes")
    static let engine = AuditEngine(suite: CheckLoader.load([.directory(PackagePaths.checks)]).suite)

    static func audit(_ name: String) throws -> DocumentAudit {
        let path = folder.appendingPathComponent(name).path
        return engine.audit(try DocumentLoader.load(path: path, id: name))
    }

    @Test("clean documents raise no warning or error", arguments: ["clean1.txt", "clean2.txt", "clean3.txt", "clean4.txt", "clean5.txt", "clean6.txt", "clean7.txt"])
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
