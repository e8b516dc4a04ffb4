import AuditCore

/// Renders one document's audit as `figaudit.report/1` JSON, with sorted keys for stable bytes.
public enum JSONReport {
    /// The schema name written in every report.
    public static let schema = "figaudit.report/1"

    /// The JSON text of `audit`, pretty-printed with sorted keys, ending in a newline.
    public static func render(_ audit: DocumentAudit, run: AuditRun) -> String {
        String(decoding: renderBytes(audit, run: run), as: UTF8.self)
    }

    /// The same JSON text as UTF-8 bytes, for writing straight to a file.
    public static func renderBytes(_ audit: DocumentAudit, run: AuditRun) -> [UInt8] {
        // Written key by key, in the same layout as `value(_:run:).sortedJSON()` (a test holds
        // the two equal): building the tree first took a tenth of an audit.
        var json = SortedJSONWriter(capacity: 1024 + 600 * (audit.findings.count + audit.verified.count))
        json.openObject()
        json.key("document")
        json.openObject()
        json.key("encoding"); json.string(audit.document.encoding)
        json.key("id"); json.string(audit.document.id)
        json.key("path"); json.string(audit.document.path)
        json.key("sha256"); json.string(audit.document.sha256)
        json.closeObject()
        json.key("findings")
        json.openArray()
        for finding in audit.findings {
            json.openObject()
            if let arithmetic = finding.arithmetic { json.key("arithmetic"); json.string(arithmetic) }
            if let cell = finding.cell {
                json.key("cell")
                json.openObject()
                json.key("column"); json.int(cell.column)
                json.key("name"); json.string(cell.name)
                json.key("row"); json.int(cell.row)
                json.closeObject()
            }
            json.key("check"); json.string(finding.check)
            json.key("excerpt"); json.string(finding.excerpt)
            if let hint = finding.hint { json.key("hint"); json.string(hint) }
            json.key("kind"); json.string(finding.kind)
            if let span = finding.span { json.key("location"); write(span, into: &json) }
            json.key("message"); json.string(finding.message)
            if !finding.related.isEmpty { json.key("related"); write(finding.related, into: &json) }
            json.key("severity"); json.string(finding.severity.rawValue)
            if let check = run.check(finding.check) { json.key("title"); json.string(check.title) }
            json.closeObject()
        }
        json.closeArray()
        json.key("schema"); json.string(schema)
        json.key("summary")
        json.openObject()
        json.key("error"); json.int(audit.count(.error))
        json.key("figures"); json.int(audit.figures.count)
        json.key("info"); json.int(audit.count(.info))
        json.key("unevaluated"); json.int(audit.unevaluated.count)
        json.key("verified"); json.int(audit.verified.count)
        json.key("warning"); json.int(audit.count(.warning))
        json.closeObject()
        json.key("tool")
        json.openObject()
        json.key("name"); json.string("figaudit")
        json.key("version"); json.string(run.toolVersion)
        json.closeObject()
        json.key("unevaluated")
        json.openArray()
        for entry in audit.unevaluated {
            json.openObject()
            json.key("check"); json.string(entry.check)
            if let span = entry.span { json.key("location"); write(span, into: &json) }
            json.key("message"); json.string(entry.message)
            json.closeObject()
        }
        json.closeArray()
        json.key("verified")
        json.openArray()
        for entry in audit.verified {
            json.openObject()
            if let arithmetic = entry.arithmetic { json.key("arithmetic"); json.string(arithmetic) }
            json.key("check"); json.string(entry.check)
            json.key("excerpt"); json.string(entry.excerpt)
            json.key("kind"); json.string(entry.kind)
            json.key("location"); write(entry.span, into: &json)
            json.key("message"); json.string(entry.message)
            if !entry.related.isEmpty { json.key("related"); write(entry.related, into: &json) }
            json.closeObject()
        }
        json.closeArray()
        json.closeObject()
        return json.finishedBytes()
    }

    private static func write(_ span: SourceSpan, into json: inout SortedJSONWriter) {
        json.openObject()
        json.key("column"); json.int(span.column)
        json.key("length"); json.int(span.length)
        json.key("line"); json.int(span.line)
        json.key("offset"); json.int(span.offset)
        json.closeObject()
    }

    private static func write(_ spans: [SourceSpan], into json: inout SortedJSONWriter) {
        json.openArray()
        for span in spans { write(span, into: &json) }
        json.closeArray()
    }

    /// The report as a JSON value: the reference that `renderBytes` is held to by a test, and
    /// the place to read the schema at a glance.
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
