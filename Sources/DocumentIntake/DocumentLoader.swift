import AuditCore
import Crypto
import Foundation

/// Reads a document file into a `Document`: the one seam where bytes become text.
///
/// Later formats and encodings plug in here; positions always refer to the decoded text as it is.
public enum DocumentLoader {
    /// Reads and decodes the file at `path`, naming the document `id`: UTF-8 (with or without a
    /// BOM), UTF-16 with a BOM, or GB18030/Big5 detected by how Chinese the decoded text looks,
    /// unless `declared` names the encoding. A file over `maximumBytes` is refused before it is read.
    public static func load(
        path: String, id: String, encoding declared: DeclaredEncoding? = nil, maximumBytes: Int? = nil
    ) throws(IntakeError) -> Document {
        let bytes = try readBytes(path, maximumBytes: maximumBytes)
        if bytes.isEmpty { throw .empty(path: path) }
        switch EncodingDetector.decode(bytes, encoding: declared) {
        case .text(let scalars, let encoding):
            return Document(
                id: id, path: path, sha256: sha256Hex(bytes), encoding: encoding,
                text: SourceText(scalars: scalars)
            )
        case .invalid(let offset, let encoding):
            throw .undecodable(path: path, encoding: encoding, byteOffset: offset)
        case .binary(let offset):
            throw .binary(path: path, byteOffset: offset)
        }
    }

    /// Reads the bytes of a file, mapping I/O failures to intake errors; a file over `maximumBytes`
    /// is refused from its size alone, so a huge file costs neither time nor memory.
    public static func readBytes(_ path: String, maximumBytes: Int? = nil) throws(IntakeError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .notFound(path: path)
        }
        if isFolder.boolValue { throw .unreadable(path: path, reason: "is a folder") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        // A named pipe or a device would block the run or never end: only regular files are read.
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
            throw .unreadable(path: path, reason: "not a regular file (\(Self.describe(type)))")
        }
        if let maximumBytes, let size = attributes?[.size] as? Int, size > maximumBytes {
            throw .tooLarge(path: path, bytes: size, limit: maximumBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
    }

    /// A file type as people name it.
    private static func describe(_ type: FileAttributeType) -> String {
        switch type {
        case .typeCharacterSpecial, .typeBlockSpecial: "a device"
        case .typeSocket: "a socket"
        case .typeDirectory: "a folder"
        default: "a named pipe or other special file"
        }
    }

    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
