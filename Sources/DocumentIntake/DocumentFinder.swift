import Foundation

/// A document to audit: its path as the user will see it, and the id that names its reports.
public struct DocumentSource: Hashable, Sendable {
    /// The path, as given or as found under a given folder.
    public var path: String
    /// The file name without its extension, made unique within one run.
    public var id: String

    /// Creates a source.
    public init(path: String, id: String) {
        self.path = path
        self.id = id
    }
}

/// Expands the paths given on the command line into documents, in a stable order.
public enum DocumentFinder {
    /// Files named directly are taken whatever their extension; folders are walked recursively for
    /// files ending in one of `extensions`, in sorted order, without following a symbolic link into a
    /// folder already entered. Two documents with one file name get distinct ids (`name`, `name-2`).
    public static func find(paths: [String], extensions: Set<String>) -> (sources: [DocumentSource], errors: [IntakeError]) {
        var files: [String] = []
        var errors: [IntakeError] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(.notFound(path: path))
                continue
            }
            if isFolder.boolValue {
                var visited: Set<String> = []
                walk(path, extensions: extensions, visited: &visited, files: &files, errors: &errors)
            } else {
                files.append(path)
            }
        }
        return (assignIDs(files), errors)
    }

    private static func walk(
        _ folder: String, extensions: Set<String>, visited: inout Set<String>,
        files: inout [String], errors: inout [IntakeError]
    ) {
        let real = (folder as NSString).resolvingSymlinksInPath
        guard visited.insert(real).inserted else {
            errors.append(.symlinkLoop(path: folder))
            return
        }
        defer { visited.remove(real) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            errors.append(.unreadable(path: folder, reason: "cannot list folder"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                walk(child, extensions: extensions, visited: &visited, files: &files, errors: &errors)
            } else if extensions.contains((name as NSString).pathExtension.lowercased())
                        || FigureFile.suffixes.contains(where: { name.lowercased().hasSuffix($0) }) {
                files.append(child)
            }
        }
    }

    /// The file name without its extension, and without `.figures` for a figure file.
    static func baseName(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        if let suffix = FigureFile.suffixes.first(where: { name.lowercased().hasSuffix($0) }) {
            return String(name.dropLast(suffix.count))
        }
        return (name as NSString).deletingPathExtension
    }

    /// Whether `path` names a figure file rather than a text document.
    public static func isTable(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".tsv")
    }

    /// Whether `path` names a figure file rather than a text document.
    public static func isFigureFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".json", ".yaml", ".yml"].contains { lower.hasSuffix($0) }
    }

    /// Gives each file its base name as id, numbering repeats in path order so no report overwrites another.
    static func assignIDs(_ files: [String]) -> [DocumentSource] {
        let bases = files.map(baseName)
        var used: Set<String> = []
        var firstTaken: Set<String> = []
        return zip(files, bases).map { path, base in
            var id = base
            if !firstTaken.insert(base).inserted || used.contains(base) {
                var number = 2
                while used.contains("\(base)-\(number)") || bases.contains("\(base)-\(number)") { number += 1 }
                id = "\(base)-\(number)"
            }
            used.insert(id)
            return DocumentSource(path: path, id: id)
        }
    }
}
