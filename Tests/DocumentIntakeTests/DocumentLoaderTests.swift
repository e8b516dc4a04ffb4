import AuditCore
@testable import DocumentIntake
import Foundation
import Testing

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("figaudit-test-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }
}

@Suite("Document loading")
struct DocumentLoaderTests {
    @Test func byteOrderMarkIsSkippedAndCRLFIsOneBreak() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write([0xEF, 0xBB, 0xBF] + Array("甲\r\n乙22**人".utf8), to: "a.txt")
        let document = try DocumentLoader.load(path: path, id: "a")
        #expect(document.encoding == "utf-8 with BOM")
        #expect(document.text.count == 9)
        let span = document.text.span(4..<8)
        #expect(span.line == 2 && span.column == 2)
        #expect(document.sha256.count == 64)
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array("全".utf8) + [0xFF, 0x41], to: "bad.txt")
        #expect(throws: IntakeError.undecodable(path: path, encoding: "UTF-8", byteOffset: 3)) {
            try DocumentLoader.load(path: path, id: "bad")
        }
    }

    @Test func binaryAndEmptyFilesAreRefused() throws {
        let folder = try TemporaryFolder()
        let binary = try folder.write([0x41, 0x00, 0x42], to: "bin.txt")
        let empty = try folder.write([], to: "empty.txt")
        #expect(throws: IntakeError.binary(path: binary, byteOffset: 1)) { try DocumentLoader.load(path: binary, id: "bin") }
        #expect(throws: IntakeError.empty(path: empty)) { try DocumentLoader.load(path: empty, id: "empty") }
        #expect(throws: IntakeError.notFound(path: folder.url.path + "/none.txt")) {
            try DocumentLoader.load(path: folder.url.path + "/none.txt", id: "none")
        }
    }

    @Test func folderWalkIsSortedAndKeepsSameNamesApart() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(Array("x".utf8), to: "b/x.txt")
        _ = try folder.write(Array("x".utf8), to: "a/x.txt")
        _ = try folder.write(Array("x".utf8), to: "a/notes.md")
        _ = try folder.write(Array("{}".utf8), to: "a/y.figures.json")
        let (sources, errors) = DocumentFinder.find(paths: [folder.url.path], extensions: ["txt"])
        #expect(errors.isEmpty)
        #expect(sources.map { ($0.path as NSString).lastPathComponent } == ["x.txt", "y.figures.json", "x.txt"])
        #expect(sources.map(\.id) == ["x", "y", "x-2"])
    }

    @Test func symbolicLinkLoopsAreReportedNotFollowed() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(Array("x".utf8), to: "docs/a.txt")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("docs/loop").path, withDestinationPath: folder.url.appendingPathComponent("docs").path
        )
        let (sources, errors) = DocumentFinder.find(paths: [folder.url.appendingPathComponent("docs").path], extensions: ["txt"])
        #expect(sources.count == 1)
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasSuffix("docs/loop: error: symbolic link loop, not followed") == true)
    }
}

/// Documents over the size limit are refused from their size alone, before any byte is read.
@Suite("Document size limit")
struct DocumentSizeLimitTests {
    @Test func aOneGigabyteDocumentIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        // A sparse file: 1 GiB long, no disk used, and all NUL, so reading it would also fail as binary.
        let path = try folder.write([], to: "archive.txt")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        #expect(throws: IntakeError.tooLarge(path: path, bytes: 1 << 30, limit: ByteCount.defaultDocumentLimit)) {
            try DocumentLoader.load(path: path, id: "archive", maximumBytes: ByteCount.defaultDocumentLimit)
        }
        let error = IntakeError.tooLarge(path: path, bytes: 1 << 30, limit: ByteCount.defaultDocumentLimit)
        #expect(error.description == "\(path): error: 1 GB is more than the 64 MB a document may have;"
            + " not audited (split it, or raise --max-document-size)")
    }

    @Test(arguments: [
        ("64M", 64 << 20), ("1.5G", 3 << 29), ("512k", 512 << 10), ("1000", 1000), ("2MB", 2 << 20),
        ("3 MiB", nil), ("0", 0), ("lots", nil), ("-1K", nil), ("", nil), ("K", nil),
    ] as [(String, Int?)])
    func sizesAreReadAsPeopleWriteThem(text: String, bytes: Int?) {
        #expect(ByteCount.parse(text) == bytes)
    }
}

/// Files that cannot be read as documents are refused with their path, never waited on.
@Suite("Unreadable documents")
struct UnreadableDocumentTests {
    @Test func aNamedPipeIsRefusedNotReadForever() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("report.txt").path
        #expect(mkfifo(path, 0o644) == 0)
        #expect(throws: IntakeError.unreadable(path: path, reason: "not a regular file (a named pipe or other special file)")) {
            try DocumentLoader.load(path: path, id: "report")
        }
    }

    @Test func aDeviceIsRefused() {
        #expect(throws: IntakeError.unreadable(path: "/dev/zero", reason: "not a regular file (a device)")) {
            try DocumentLoader.load(path: "/dev/zero", id: "zero")
        }
    }
}
