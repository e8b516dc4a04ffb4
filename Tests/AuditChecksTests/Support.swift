import AuditChecks
import AuditCore
import Foundation

/// Paths of the package under test.
enum PackagePaths {
    /// The package's root folder.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The default check suite.
    static var checks: String { root.appendingPathComponent("checks").path }

    /// The rules of the sample table submission.
    static var submissionChecks: String { root.appendingPathComponent("samples/submission/checks").path }

    /// The sample documents.
    static var samples: String { root.appendingPathComponent("samples").path }
}

/// The default check suite, loaded once, and audits of short texts with it.
enum DefaultSuite {
    /// An engine running every check in `checks/`.
    static let engine = AuditEngine(suite: CheckLoader.load([.directory(PackagePaths.checks)]).suite)

    /// The audit of `text` as a document of its own.
    static func audit(_ text: String) -> DocumentAudit {
        engine.audit(Document(id: "t", path: "t.txt", sha256: "", text: SourceText(text)))
    }
}
