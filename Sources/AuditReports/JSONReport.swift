import AuditCore
import Foundation

/// Renders one document's audit as `figaudit.report/1` JSON, with sorted keys for stable bytes.
public enum JSONReport {
    /// The schema name written in every report.
    public static let schema = "figaudit.report/1"

    struct Report: Encodable {
        var schema: String
        var tool: Tool
        var document: DocumentInfo
        var findings: [FindingEntry]
        var verified: [VerifiedEntry]
        var unevaluated: [UnevaluatedEntry]
        var summary: Summary
    }

    struct UnevaluatedEntry: Encodable {
        var check: String
        var message: String
        var location: Location?
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct DocumentInfo: Encodable {
        var id: String
        var path: String
        var sha256: String
        var encoding: String
    }

    struct Location: Encodable {
        var line: Int
        var column: Int
        var offset: Int
        var length: Int

        init(_ span: SourceSpan) {
            line = span.line
            column = span.column
            offset = span.offset
            length = span.length
        }
    }

    struct FindingEntry: Encodable {
        var check: String
        var kind: String
        var severity: String
        var title: String?
        var message: String
        var location: Location?
        var excerpt: String
        var related: [Location]?
        var arithmetic: String?
        var hint: String?
        var cell: Cell?
    }

    struct Cell: Encodable {
        var row: Int
        var column: Int
        var name: String
    }

    struct VerifiedEntry: Encodable {
        var check: String
        var kind: String
        var message: String
        var location: Location
        var excerpt: String
        var related: [Location]?
        var arithmetic: String?
    }

    struct Summary: Encodable {
        var error: Int
        var warning: Int
        var info: Int
        var verified: Int
        var unevaluated: Int
        var figures: Int
    }

    /// The JSON text of `audit`, pretty-printed, ending in a newline.
    public static func render(_ audit: DocumentAudit, run: AuditRun) -> String {
        let report = Report(
            schema: schema,
            tool: Tool(name: "figaudit", version: run.toolVersion),
            document: DocumentInfo(
                id: audit.document.id, path: audit.document.path,
                sha256: audit.document.sha256, encoding: audit.document.encoding
            ),
            findings: audit.findings.map { finding in
                FindingEntry(
                    check: finding.check, kind: finding.kind, severity: finding.severity.rawValue,
                    title: run.check(finding.check)?.title, message: finding.message,
                    location: finding.span.map(Location.init), excerpt: finding.excerpt,
                    related: finding.related.isEmpty ? nil : finding.related.map(Location.init),
                    arithmetic: finding.arithmetic, hint: finding.hint,
                    cell: finding.cell.map { Cell(row: $0.row, column: $0.column, name: $0.name) }
                )
            },
            verified: audit.verified.map { entry in
                VerifiedEntry(
                    check: entry.check, kind: entry.kind, message: entry.message,
                    location: Location(entry.span), excerpt: entry.excerpt,
                    related: entry.related.isEmpty ? nil : entry.related.map(Location.init),
                    arithmetic: entry.arithmetic
                )
            },
            unevaluated: audit.unevaluated.map { entry in
                UnevaluatedEntry(check: entry.check, message: entry.message, location: entry.span.map(Location.init))
            },
            summary: Summary(
                error: audit.count(.error), warning: audit.count(.warning), info: audit.count(.info),
                verified: audit.verified.count, unevaluated: audit.unevaluated.count, figures: audit.figures.count
            )
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and integers cannot fail.
        let data = try! encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
