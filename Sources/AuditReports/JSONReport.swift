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
        // Keys are listed in sorted order, so writing them needs no sort.
        let findings = audit.findings.map { finding -> DataTree in
            .object([
                "arithmetic": finding.arithmetic.map { .string($0) },
                "cell": finding.cell.map { cell in
                    .object(["column": .int(cell.column), "name": .string(cell.name), "row": .int(cell.row)])
                },
                "check": .string(finding.check),
                "excerpt": .string(finding.excerpt),
                "hint": finding.hint.map { .string($0) },
                "kind": .string(finding.kind),
                "location": finding.span.map(location),
                "message": .string(finding.message),
                "related": finding.related.isEmpty ? nil : .array(finding.related.map(location)),
                "severity": .string(finding.severity.rawValue),
                "title": run.check(finding.check).map { .string($0.title) },
            ])
        }
        let verified = audit.verified.map { entry -> DataTree in
            .object([
                "arithmetic": entry.arithmetic.map { .string($0) },
                "check": .string(entry.check),
                "excerpt": .string(entry.excerpt),
                "kind": .string(entry.kind),
                "location": location(entry.span),
                "message": .string(entry.message),
                "related": entry.related.isEmpty ? nil : .array(entry.related.map(location)),
            ])
        }
        let unevaluated = audit.unevaluated.map { entry -> DataTree in
            .object(["check": .string(entry.check), "location": entry.span.map(location), "message": .string(entry.message)])
        }
        return .object([
            "document": .object([
                "encoding": .string(audit.document.encoding), "id": .string(audit.document.id),
                "path": .string(audit.document.path), "sha256": .string(audit.document.sha256),
            ]),
            "findings": .array(findings),
            "schema": .string(schema),
            "summary": .object([
                "error": .int(audit.count(.error)), "figures": .int(audit.figures.count), "info": .int(audit.count(.info)),
                "unevaluated": .int(audit.unevaluated.count), "verified": .int(audit.verified.count),
                "warning": .int(audit.count(.warning)),
            ]),
            "tool": .object(["name": .string("figaudit"), "version": .string(run.toolVersion)]),
            "unevaluated": .array(unevaluated),
            "verified": .array(verified),
        ])
    }

    /// A span as `line`, `column`, `offset` and `length`.
    private static func location(_ span: SourceSpan) -> DataTree {
        .object([
            "column": .int(span.column), "length": .int(span.length),
            "line": .int(span.line), "offset": .int(span.offset),
        ])
    }
}
