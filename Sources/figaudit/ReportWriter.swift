import Foundation

/// Writes report files atomically: a temporary file in the same folder, then a rename, so a reader
/// never sees half a report and an interrupted run never leaves one.
enum ReportWriter {
    /// Creates `folder` if needed and writes `contents` to `folder/name` atomically.
    static func write(_ contents: String, named name: String, in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
        try Data(contents.utf8).write(to: url, options: .atomic)
    }

    /// Writes `contents` to the file at `path` atomically, creating its folder if needed.
    static func write(_ contents: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url, options: .atomic)
    }
}
