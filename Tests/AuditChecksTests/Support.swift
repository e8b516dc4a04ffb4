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
