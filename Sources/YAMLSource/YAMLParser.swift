#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns YAML text into located node trees, one per document.
public enum YAMLParser {
    /// Parses every document of a YAML text. Limits: at most `maxNodes` nodes after expanding aliases (default 100_000), nesting at most `maxDepth` (default 200).
    public static func parse(
        _ text: String, path: String, maxNodes: Int = 100_000, maxDepth: Int = 200
    ) throws(YAMLDiagnostic) -> [YAMLNode] {
        let reader = try EventReader(text: text, path: path)
        var builder = TreeBuilder(path: path, maxNodes: maxNodes, maxDepth: maxDepth)
        while try builder.handle(reader.next()) {}
        return builder.documents
    }

    /// Reads a UTF-8 file and parses every document in it; a file that cannot be read gives a diagnostic without a mark.
    public static func parseFile(
        atPath path: String, maxNodes: Int = 100_000, maxDepth: Int = 200
    ) throws(YAMLDiagnostic) -> [YAMLNode] {
        let bytes = try readFile(atPath: path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw YAMLDiagnostic(path: path, mark: nil, message: "cannot read file: not valid UTF-8")
        }
        return try parse(text, path: path, maxNodes: maxNodes, maxDepth: maxDepth)
    }

    /// The file's bytes; POSIX calls so the diagnostic can carry the system's own reason.
    private static func readFile(atPath path: String) throws(YAMLDiagnostic) -> [UInt8] {
        func failure() -> YAMLDiagnostic {
            YAMLDiagnostic(path: path, mark: nil, message: "cannot read file: \(String(cString: strerror(errno)))")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
