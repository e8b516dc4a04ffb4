import AuditCore
import Foundation

/// Renders a whole run as one SARIF 2.1.0 log, `figaudit.sarif`, for code-scanning services.
///
/// - Rules are the checks that ran, sorted by id; `name` and `shortDescription` are the title,
///   `fullDescription` the description, and `defaultConfiguration.level` the default severity
///   (`error`, `warning`, or `note` for info).
/// - One result per finding, in document then position order. Its region counts Unicode code points
///   (`columnKind` is `unicodeCodePoints`), with an exclusive `endColumn`; a finding about the whole
///   document has a location with only the artifact.
/// - `partialFingerprints["figauditSubject/v1"]` hashes the check id, document id, subject and the
///   occurrence among equal keys, never a line or offset, so editing elsewhere in a document keeps it.
/// - Artifact URIs are the document paths as given, percent-encoded where RFC 3986 requires.
/// - The text is read only to end a span that crosses a line break on the right line; audits whose
///   text was dropped after their per-document reports give the same log for one-line spans.
/// - A finding's hint and table cell go in the result's `properties`.
public enum SARIFReport {
    /// The partial fingerprint name; bump its version when the hashed fields change.
    public static let fingerprintName = "figauditSubject/v1"

    /// The SARIF log for `run`, pretty-printed with sorted keys, ending in a newline.
    public static func render(_ run: AuditRun) -> String {
        let rules = rules(run)
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var artifacts: [Artifact] = []
        var results: [Result] = []
        for (artifactIndex, audit) in run.audits.enumerated() {
            let document = audit.document
            let uri = URIReference.encodingPath(document.path)
            artifacts.append(Artifact(
                location: ArtifactLocation(uri: uri, index: nil),
                hashes: ["sha-256": document.sha256], encoding: document.encoding
            ))
            let occurrences = FindingKey.occurrences(in: audit)
            for (finding, occurrence) in zip(audit.findings, occurrences) {
                let artifact = ArtifactLocation(uri: uri, index: artifactIndex)
                var text = finding.message
                if let arithmetic = finding.arithmetic { text += " (\(arithmetic))" }
                let related = finding.related.enumerated().map { index, span in
                    Location(
                        id: index + 1,
                        physicalLocation: PhysicalLocation(artifactLocation: artifact, region: Region(span, in: document.text)),
                        message: nil
                    )
                }
                results.append(Result(
                    ruleId: finding.check, ruleIndex: ruleIndex[finding.check] ?? 0,
                    level: level(finding.severity), message: Message(text: text),
                    locations: [Location(
                        id: nil,
                        physicalLocation: PhysicalLocation(artifactLocation: artifact, region: finding.span.map { Region($0, in: document.text) }),
                        message: nil
                    )],
                    relatedLocations: related.isEmpty ? nil : related,
                    partialFingerprints: [fingerprintName: FindingKey(finding, document: document).fingerprint(occurrence: occurrence)],
                    properties: ResultProperties(finding)
                ))
            }
        }
        let log = Log(
            schema: "https://json.schemastore.org/sarif-2.1.0.json",
            version: "2.1.0",
            runs: [Run(
                tool: Tool(driver: Driver(name: "figaudit", version: run.toolVersion, rules: rules)),
                invocations: [Invocation(
                    executionSuccessful: run.inputErrors.isEmpty,
                    toolExecutionNotifications: run.inputErrors.isEmpty ? nil : run.inputErrors.map {
                        Notification(level: "error", message: Message(text: $0))
                    }
                )],
                columnKind: "unicodeCodePoints",
                artifacts: artifacts,
                results: results
            )]
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and integers cannot fail.
        let data = try! encoder.encode(log)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The checks that ran, and any check a finding names that is not among them, sorted by id.
    static func rules(_ run: AuditRun) -> [Rule] {
        var checks = Dictionary(run.checks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for audit in run.audits {
            for finding in audit.findings where checks[finding.check] == nil {
                checks[finding.check] = CheckSummary(
                    id: finding.check, title: finding.check, kind: finding.kind, severity: finding.severity, description: ""
                )
            }
        }
        return checks.values.sorted { $0.id < $1.id }.map { check in
            Rule(
                id: check.id, name: check.title,
                shortDescription: Message(text: check.title),
                fullDescription: check.description.isEmpty ? nil : Message(text: check.description),
                defaultConfiguration: Configuration(level: level(check.severity)),
                properties: ["kind": check.kind]
            )
        }
    }

    /// SARIF's name for `severity`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var columnKind: String
        var artifacts: [Artifact]
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message?
        var defaultConfiguration: Configuration
        var properties: [String: String]
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
    }

    struct Message: Encodable {
        var text: String
    }

    struct Artifact: Encodable {
        var location: ArtifactLocation
        var hashes: [String: String]
        var encoding: String
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var index: Int?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var properties: ResultProperties?
    }

    /// The hint and, for a table, the cell of a finding; nil when it has neither.
    struct ResultProperties: Encodable {
        var hint: String?
        var cell: Cell?

        init?(_ finding: Finding) {
            guard finding.hint != nil || finding.cell != nil else { return nil }
            hint = finding.hint
            cell = finding.cell.map { Cell(row: $0.row, column: $0.column, name: $0.name) }
        }
    }

    struct Cell: Encodable {
        var row: Int
        var column: Int
        var name: String
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var charOffset: Int
        var charLength: Int

        init(_ span: SourceSpan, in text: SourceText) {
            let end = Place.end(of: span, in: text)
            startLine = span.line
            startColumn = span.column
            endLine = end.line
            endColumn = end.column
            charOffset = span.offset
            charLength = span.length
        }
    }
}
