import AuditCore

/// Renders one document's audit as `figaudit.report/1` JSON, with sorted keys for stable bytes.
public enum JSONReport {
    /// The schema name written in every report.
    public static let schema = "figaudit.report/1"

    /// The JSON text of `audit`, pretty-printed with sorted keys, ending in a newline.
    public static func render(_ audit: DocumentAudit, run: AuditRun) -> String {
        value(audit, run: run).sortedJSON() + "\n"
    }

    /// The report as a JSON value.
    static func value(_ audit: DocumentAudit, run: AuditRun) -> DataTree {
        let findings = audit.findings.map { finding -> DataTree in
            .object([
                "check": .string(finding.check),
                "kind": .string(finding.kind),
                "severity": .string(finding.severity.rawValue),
                "title": run.check(finding.check).map { .string($0.title) },
                "message": .string(finding.message),
                "location": finding.span.map(location),
                "excerpt": .string(finding.excerpt),
                "related": finding.related.isEmpty ? nil : .array(finding.related.map(location)),
                "arithmetic": finding.arithmetic.map { .string($0) },
                "hint": finding.hint.map { .string($0) },
                "cell": finding.cell.map { cell in
                    .object(["row": .int(cell.row), "column": .int(cell.column), "name": .string(cell.name)])
                },
            ])
        }
        let verified = audit.verified.map { entry -> DataTree in
            .object([
                "check": .string(entry.check),
                "kind": .string(entry.kind),
                "message": .string(entry.message),
                "location": location(entry.span),
                "excerpt": .string(entry.excerpt),
                "related": entry.related.isEmpty ? nil : .array(entry.related.map(location)),
                "arithmetic": entry.arithmetic.map { .string($0) },
            ])
        }
        let unevaluated = audit.unevaluated.map { entry -> DataTree in
            .object(["check": .string(entry.check), "message": .string(entry.message), "location": entry.span.map(location)])
        }
        return .object([
            "schema": .string(schema),
            "tool": .object(["name": .string("figaudit"), "version": .string(run.toolVersion)]),
            "document": .object([
                "id": .string(audit.document.id), "path": .string(audit.document.path),
                "sha256": .string(audit.document.sha256), "encoding": .string(audit.document.encoding),
            ]),
            "findings": .array(findings),
            "verified": .array(verified),
            "unevaluated": .array(unevaluated),
            "summary": .object([
                "error": .int(audit.count(.error)), "warning": .int(audit.count(.warning)),
                "info": .int(audit.count(.info)), "verified": .int(audit.verified.count),
                "unevaluated": .int(audit.unevaluated.count), "figures": .int(audit.figures.count),
            ]),
        ])
    }

    /// A span as `line`, `column`, `offset` and `length`.
    private static func location(_ span: SourceSpan) -> DataTree {
        .object([
            "line": .int(span.line), "column": .int(span.column),
            "offset": .int(span.offset), "length": .int(span.length),
        ])
    }
}
