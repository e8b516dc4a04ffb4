import AuditChecks
import AuditCore
import Extraction
import Foundation
import FuzzSupport
import YAMLSource

/// A type with a field of every shape the decoder handles, to fuzz it apart from the check schema.
struct Probe: Decodable {
    var id: String?
    var count: Int?
    var ratio: Decimal?
    var share: Double?
    var flag: Bool?
    var items: [String]?
    var nested: [Probe]?
    var limits: [String: Int]?
    var raw: YAMLNode?
    var severity: Severity?
}

/// Where a mark may lie in a text. libyaml's parser counts NEL, LS and PS as line breaks besides LF,
/// CRLF and CR, while reader errors (and SourceText) count only the latter, so the bounds take the
/// most lines of the one way and the longest line of the other.
struct MarkBounds {
    var lines = 1
    var longestLine = 0

    init(_ text: String) {
        var column = 0
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines += 1
                column += 1
                longestLine = max(longestLine, column)
            } else if scalar == "\n" || scalar == "\r" {
                if !(scalar == "\n" && previousCR) { lines += 1 }
                column = 0
            } else {
                column += 1
                longestLine = max(longestLine, column)
            }
            previousCR = scalar == "\r"
        }
    }

    func check(_ mark: YAMLMark?, _ what: @autoclosure () -> String) {
        guard let mark else { return }
        if mark.line == lines + 1, mark.column == 1 {
            // libyaml moves a mark at the end of a text without a final line break onto a line of its own.
            invariant(false, "\(what()): at \(mark), the line after the last (\(lines)), for the end of the text")
        } else {
            invariant(mark.line >= 1 && mark.line <= lines, "\(what()): line \(mark.line) outside 1...\(lines)")
        }
        invariant(mark.column >= 1 && mark.column <= longestLine + 1,
                  "\(what()): column \(mark.column) outside 1...\(longestLine + 1)")
    }
}

func checkNodes(_ node: YAMLNode, _ bounds: MarkBounds, path: String) {
    bounds.check(node.mark, "node \(node.kindName)")
    invariant(node.path == path, "node path '\(node.path)' is not '\(path)'")
    switch node.value {
    case .scalar: break
    case .sequence(let items): items.forEach { checkNodes($0, bounds, path: path) }
    case .mapping(let pairs):
        for pair in pairs {
            checkNodes(pair.key, bounds, path: path)
            checkNodes(pair.value, bounds, path: path)
        }
    }
}

/// Bytes -> String -> YAML node trees, a generic decode, and the whole check loader; checks that
/// load run their own examples and the fixed report and table.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = text(data, size)
    let path = "fuzz.yaml"
    let bounds = MarkBounds(source)
    do {
        let documents = try YAMLParser.parse(source, path: path)
        let decoder = YAMLDecoder()
        for document in documents {
            checkNodes(document, bounds, path: path)
            _ = decoder.decode(Probe.self, from: document)
        }
        for diagnostic in decoder.finish() {
            bounds.check(diagnostic.mark, "decoder diagnostic '\(diagnostic.message)'")
            _ = diagnostic.description
        }
    } catch {
        invariant(error.mark != nil, "parse error without a mark: \(error)")
        bounds.check(error.mark, "parse error '\(error.message)'")
    }

    let (checks, diagnostics) = CheckLoader.parse(text: source, path: path)
    for diagnostic in diagnostics {
        invariant(diagnostic.path == path, "diagnostic for '\(diagnostic.path)'")
        bounds.check(diagnostic.mark, "loader diagnostic '\(diagnostic.message)'")
    }
    for check in checks {
        bounds.check(check.mark, "check '\(check.id)'")
        _ = ExampleRunner.run(check)
        _ = ExampleRunner.run(check, prefix: "前缀。")
        let fixture = check.header.kind.readsTables ? Fixtures.table : Fixtures.prose
        let engine = AuditEngine(suite: CheckSuite(checks: [check]))
        let path = check.header.kind.readsTables ? "fixture.csv" : "fixture.txt"
        let audit = engine.audit(Document(id: "fixture", path: path, sha256: "", text: fixture.text), extracted: fixture)
        checkAudit(audit, text: fixture.text)
    }
    return 0
}
