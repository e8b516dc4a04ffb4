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
        // Non-blocking, so that opening a named pipe returns at once instead of waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .notFound(path: path)
            case EACCES, EPERM: throw .unreadable(path: path, reason: "permission denied")
            default: throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw .unreadable(path: path, reason: "is a folder") }
        // A named pipe or a device would block the run or never end: only regular files are read.
        guard type == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file (\(describe(type)))") }
        let size = Int(status.st_size)
        if let maximumBytes, size > maximumBytes { throw .tooLarge(path: path, bytes: size, limit: maximumBytes) }
        // Read straight into the array, sized from fstat; a file that grows meanwhile is read to its end.
        var bytes = [UInt8](repeating: 0, count: max(size, 1))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// A special file's type as people name it.
    private static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
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
