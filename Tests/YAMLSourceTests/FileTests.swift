import Foundation
import Testing
@testable import YAMLSource

@Suite struct FileTests {
    @Test func parsesAFileAndNamesItInMarks() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yamlsource-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("check.yaml").path
        try Data("id: a\nlist: [1]\n".utf8).write(to: URL(fileURLWithPath: file))

        let documents = try YAMLParser.parseFile(atPath: file)
        #expect(documents.first?["list"]?.path == file)
        #expect(documents.first?["list"]?.mark == YAMLMark(line: 2, column: 7))

        let invalid = directory.appendingPathComponent("latin1.yaml").path
        try Data([0x61, 0x3A, 0x20, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: invalid))
        #expect(throws: YAMLDiagnostic(path: invalid, mark: nil, message: "cannot read file: not valid UTF-8")) {
            try YAMLParser.parseFile(atPath: invalid)
        }
    }

    @Test func aMissingFileIsADiagnosticWithoutAMark() {
        let path = "/nonexistent/figaudit/checks.yaml"
        #expect(throws: YAMLDiagnostic(path: path, mark: nil, message: "cannot read file: No such file or directory")) {
            try YAMLParser.parseFile(atPath: path)
        }
    }
}
