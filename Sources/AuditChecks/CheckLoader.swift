import AuditCore
import Foundation
import YAMLSource

/// Where check definitions come from: a folder of YAML files, or texts built into the tool.
public enum CheckSource: Sendable {
    /// Every `*.yaml` / `*.yml` file in a folder, in sorted order.
    case directory(String)
    /// Named YAML texts, e.g. the suite that ships inside the binary.
    case embedded([(name: String, text: String)])
}

/// The checks of a run, in id order.
public struct CheckSuite: Sendable {
    /// The enabled checks, sorted by id.
    public var checks: [Check]

    /// Creates a suite.
    public init(checks: [Check]) { self.checks = checks.sorted { $0.id < $1.id } }

    /// The check with `id`, if the suite has it.
    public func check(id: String) -> Check? { checks.first { $0.id == id } }
}

/// Reads check definitions, collecting every problem instead of stopping at the first.
public enum CheckLoader {
    /// Loads `sources` in order: a later definition replaces an earlier one with the same id, and
    /// `enabled: false` removes it. Two definitions of one id within one source are an error.
    public static func load(_ sources: [CheckSource], disabled: Set<String> = []) -> (suite: CheckSuite, diagnostics: [YAMLDiagnostic]) {
        var byID: [String: Check] = [:]
        var diagnostics: [YAMLDiagnostic] = []
        for source in sources {
            var seenHere: [String: Check] = [:]
            for (path, text) in texts(of: source, diagnostics: &diagnostics) {
                let (checks, problems) = parse(text: text, path: path)
                diagnostics += problems
                for check in checks {
                    if let first = seenHere[check.id] {
                        diagnostics.append(YAMLDiagnostic(
                            path: check.path, mark: check.mark,
                            message: "duplicate check id '\(check.id)' (first defined at \(first.path):\(first.mark.line):\(first.mark.column))"
                        ))
                        continue
                    }
                    seenHere[check.id] = check
                    byID[check.id] = check
                }
            }
        }
        let enabled = byID.values.filter { $0.header.enabled != false && !disabled.contains($0.id) }
        return (CheckSuite(checks: enabled), diagnostics.sorted(by: diagnosticOrder))
    }

    /// Parses the check definitions of one YAML text: each document of the file is one check.
    public static func parse(text: String, path: String) -> (checks: [Check], diagnostics: [YAMLDiagnostic]) {
        let documents: [YAMLNode]
        do {
            documents = try YAMLParser.parse(text, path: path)
        } catch {
            return ([], [error])
        }
        var checks: [Check] = []
        var diagnostics: [YAMLDiagnostic] = []
        let lines = sourceLines(text)
        for node in documents {
            let decoder = YAMLDecoder()
            decoder.userInfo[.checkSourceLines] = lines
            guard case .mapping = node.value else {
                diagnostics.append(YAMLDiagnostic(path: path, mark: node.mark, message: "a check definition must be a mapping, found a \(node.kindName)"))
                continue
            }
            let header = decoder.decode(CheckHeader.self, from: node)
            var bound: (evaluate: @Sendable (CheckInput) -> KindResults, problems: [(mark: YAMLMark?, message: String)])?
            // Decode the kind's parameters even when the header is broken, so that all problems are
            // reported together and the kind's own keys are not mistaken for unknown ones.
            let kind = header?.kind ?? kindOnly(node)
            if let kind {
                bound = kind.implementation.bind(node: node, decoder: decoder)
                for problem in bound?.problems ?? [] {
                    diagnostics.append(YAMLDiagnostic(path: path, mark: problem.mark ?? node.mark, message: problem.message))
                }
            }
            if let header { diagnostics += validateHeader(header, node: node, path: path) }
            let problems = decoder.finish()
            diagnostics += problems
            if let header, let bound, problems.isEmpty, bound.problems.isEmpty {
                checks.append(Check(header: header, path: path, mark: node.mark, evaluate: bound.evaluate))
            }
        }
        return (checks, diagnostics)
    }

    /// The kind of a definition whose header is broken elsewhere, read without reporting anything.
    private static func kindOnly(_ node: YAMLNode) -> CheckKindID? {
        node["kind"]?.scalar.flatMap(CheckKindID.init(rawValue:))
    }

    private static func validateHeader(_ header: CheckHeader, node: YAMLNode, path: String) -> [YAMLDiagnostic] {
        var problems: [YAMLDiagnostic] = []
        let mark = node["id"]?.mark ?? node.mark
        if !isKebabCase(header.id) {
            problems.append(YAMLDiagnostic(path: path, mark: mark, message: "check id '\(header.id)' must be kebab-case, e.g. 'sum-mismatch'"))
        }
        if let template = header.message {
            let known = Set(header.kind.implementation.documentation.placeholders)
            for name in MessageTemplate.placeholders(in: template) where !known.contains(name) {
                let list = known.sorted().joined(separator: ", ")
                problems.append(YAMLDiagnostic(
                    path: path, mark: node["message"]?.mark ?? node.mark,
                    message: "unknown placeholder '{\(name)}' in message (kind '\(header.kind.rawValue)' offers: \(list))"
                ))
            }
        }
        return problems
    }

    private static func isKebabCase(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !id.hasSuffix("-") && !id.contains("--")
    }

    private static func texts(of source: CheckSource, diagnostics: inout [YAMLDiagnostic]) -> [(String, String)] {
        switch source {
        case .embedded(let files):
            return files.map { ($0.name, $0.text) }
        case .directory(let folder):
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
                    .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                    .sorted()
            } catch {
                diagnostics.append(YAMLDiagnostic(path: folder, mark: nil, message: "cannot read check folder"))
                return []
            }
            return names.compactMap { name in
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path),
                      let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(YAMLDiagnostic(path: path, mark: nil, message: "cannot read file as UTF-8"))
                    return nil
                }
                return (path, text)
            }
        }
    }

    private static func diagnosticOrder(_ a: YAMLDiagnostic, _ b: YAMLDiagnostic) -> Bool {
        (a.path, a.mark?.line ?? 0, a.mark?.column ?? 0, a.message) < (b.path, b.mark?.line ?? 0, b.mark?.column ?? 0, b.message)
    }

    /// The lines of a check file as libyaml counts them (LF, CRLF, CR, NEL, LS and PS end a line).
    static func sourceLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }
}

extension CodingUserInfoKey {
    /// The lines of the check file being decoded (`[String]`), for kinds that locate problems
    /// inside a scalar.
    public static let checkSourceLines = CodingUserInfoKey(rawValue: "figaudit.check-source-lines")!
}
