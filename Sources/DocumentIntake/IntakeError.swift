/// Why a document could not be read; every case names the path it is about.
public enum IntakeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path does not exist.
    case notFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The bytes are not valid in the document's encoding.
    case undecodable(path: String, encoding: String, byteOffset: Int)
    /// The file holds NUL bytes, so it is binary rather than text.
    case binary(path: String, byteOffset: Int)
    /// The file is empty.
    case empty(path: String)
    /// A folder walk met a folder it had already entered through a symbolic link.
    case symlinkLoop(path: String)
    /// The file is larger than the run allows (`--max-document-size`); it is not read at all.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A figure file that does not follow `figaudit.figures/1`; each problem is a located diagnostic.
    case invalidFigureFile(path: String, problems: [String])

    /// The path the error is about.
    public var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .undecodable(let path, _, _),
             .binary(let path, _), .empty(let path), .symlinkLoop(let path), .invalidFigureFile(let path, _),
             .tooLarge(let path, _, _):
            return path
        }
    }

    /// `path: error: message`, the form every input error is printed in.
    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): error: no such file or folder"
        case .unreadable(let path, let reason):
            return "\(path): error: cannot read: \(reason)"
        case .undecodable(let path, let encoding, let offset):
            return "\(path): error: invalid \(encoding) at byte offset \(offset)"
        case .binary(let path, let offset):
            return "\(path): error: binary file (NUL byte at byte offset \(offset)), not audited"
        case .empty(let path):
            return "\(path): error: empty file, nothing to audit"
        case .symlinkLoop(let path):
            return "\(path): error: symbolic link loop, not followed"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): error: \(ByteCount.describe(bytes)) is more than the \(ByteCount.describe(limit)) a document may have;"
                + " not audited (split it, or raise --max-document-size)"
        case .invalidFigureFile(_, let problems):
            return problems.joined(separator: "\n")
        }
    }
}
