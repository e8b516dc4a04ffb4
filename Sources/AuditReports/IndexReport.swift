import AuditCore

/// Renders the run's overview, `index.html` and `index.md`: one row per document, worst first
/// (most errors, then most warnings, then by id), each linking to that document's report.
///
/// Only findings and verified relations are read, never the text or the figures, so a run whose
/// audits were lightened after their per-document reports were written renders the same index.
public enum IndexReport {
    /// The `index.html` page: a table of documents linking to `<id>.html`, and the inputs that could
    /// not be read.
    public static func html(_ run: AuditRun) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="generator" content="figaudit \(Markup.attribute(run.toolVersion))">
        <title>figaudit: \(run.audits.count) document\(run.audits.count == 1 ? "" : "s")</title>
        <style>
        \(style)</style>
        </head>
        <body>
        <h1>figaudit report</h1>
        <p>\(Markup.escape(TerminalReport.summaryLine(run))).</p>
        <table>
        <thead><tr><th>Document</th><th>Path</th><th class="c">Errors</th><th class="c">Warnings</th><th class="c">Info</th><th class="c">Verified</th></tr></thead>
        <tbody>

        """
        for audit in worstFirst(run.audits) {
            let document = audit.document
            let link = URIReference.encodingPath(document.id + ".html")
            out += "<tr><td><a href=\"\(Markup.attribute(link))\">\(Markup.escape(document.id))</a></td>"
            out += "<td><code>\(Markup.escape(document.path))</code></td>"
            out += cell(audit.count(.error), "o-error") + cell(audit.count(.warning), "o-warning")
            out += cell(audit.count(.info), "o-info") + cell(audit.verifiedCount, "o-verified") + "</tr>\n"
        }
        out += "</tbody>\n<tfoot><tr><th>Total</th><th></th>"
        out += "<th class=\"c\">\(run.count(.error))</th><th class=\"c\">\(run.count(.warning))</th>"
        out += "<th class=\"c\">\(run.count(.info))</th><th class=\"c\">\(run.verifiedCount)</th></tr></tfoot>\n</table>\n"
        if !run.inputErrors.isEmpty {
            out += "<h2>Inputs not audited</h2>\n<ul class=\"errors\">\n"
            for line in run.inputErrors { out += "<li><code>\(Markup.escape(line))</code></li>\n" }
            out += "</ul>\n"
        }
        out += "<p class=\"tool\">figaudit \(Markup.escape(run.toolVersion))</p>\n</body>\n</html>\n"
        return out
    }

    /// The `index.md` overview: a table of documents linking to `<id>.md`, a table of findings per
    /// check (most errors first), and the inputs that could not be read.
    public static func markdown(_ run: AuditRun) -> String {
        var out = "# figaudit report\n\n"
        out += MarkdownReport.escape(TerminalReport.summaryLine(run)) + ".\n\n"
        out += "## Documents\n\n"
        out += "| Document | Path | Errors | Warnings | Info | Verified |\n"
        out += "| --- | --- | ---: | ---: | ---: | ---: |\n"
        for audit in worstFirst(run.audits) {
            let document = audit.document
            let link = URIReference.encodingPath(document.id + ".md")
            out += "| [\(MarkdownReport.escape(document.id))](\(link)) | \(MarkdownReport.escape(document.path)) "
            out += "| \(audit.count(.error)) | \(audit.count(.warning)) | \(audit.count(.info)) "
            out += "| \(audit.verifiedCount) |\n"
        }
        out += "| **Total** | | \(run.count(.error)) | \(run.count(.warning)) | \(run.count(.info)) | \(run.verifiedCount) |\n\n"

        out += "## Checks\n\n"
        out += "| Check | Title | Errors | Warnings | Info | Verified | Documents |\n"
        out += "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
        for row in checkRows(run) {
            out += "| `\(row.id)` | \(MarkdownReport.escape(row.title)) | \(row.errors) | \(row.warnings) | \(row.info) "
            out += "| \(row.verified) | \(row.documents) |\n"
        }
        if !run.inputErrors.isEmpty {
            out += "\n## Inputs not audited\n\n"
            for line in run.inputErrors { out += "- \(MarkdownReport.escape(line))\n" }
        }
        return out
    }

    /// `audits` with the most errors first, then the most warnings, then by document id.
    static func worstFirst(_ audits: [DocumentAudit]) -> [DocumentAudit] {
        audits.sorted {
            let left = ($1.count(.error), $1.count(.warning), $0.document.id, $0.document.path)
            let right = ($0.count(.error), $0.count(.warning), $1.document.id, $1.document.path)
            return left < right
        }
    }

    /// Counts for one check over the whole run.
    struct CheckRow: Equatable {
        var id: String
        var title: String
        var errors = 0
        var warnings = 0
        var info = 0
        var verified = 0
        var documents = 0
    }

    /// One row per check that ran (and per check id a finding names that is not among them), with
    /// the most errors first, then the most warnings, then the most info, then by id.
    static func checkRows(_ run: AuditRun) -> [CheckRow] {
        var rows: [String: CheckRow] = [:]
        for check in run.checks { rows[check.id] = CheckRow(id: check.id, title: check.title) }
        for audit in run.audits {
            var seen: Set<String> = []
            for finding in audit.findings {
                var row = rows[finding.check] ?? CheckRow(id: finding.check, title: finding.check)
                switch finding.severity {
                case .error: row.errors += 1
                case .warning: row.warnings += 1
                case .info: row.info += 1
                }
                if seen.insert(finding.check).inserted { row.documents += 1 }
                rows[finding.check] = row
            }
            for (check, count) in audit.verifiedCountsByCheck {
                rows[check, default: CheckRow(id: check, title: check)].verified += count
            }
        }
        return rows.values.sorted {
            ($1.errors, $1.warnings, $1.info, $0.id) < ($0.errors, $0.warnings, $0.info, $1.id)
        }
    }

    private static func cell(_ count: Int, _ outcome: String) -> String {
        count == 0 ? "<td class=\"c zero\">0</td>" : "<td class=\"c \(outcome)\">\(count)</td>"
    }

    static let style = """
    body{margin:20px;font:14px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1b1b1b;background:#f6f6f4}
    h1{font-size:20px;margin:0 0 6px}h2{font-size:16px}
    table{border-collapse:collapse;background:#fff;border:1px solid #ddd}
    th,td{padding:4px 10px;border-bottom:1px solid #eee;text-align:left}.c{text-align:right}
    thead th{background:#f0f0ee}tfoot th{border-top:2px solid #ccc}
    .o-error{background:#fbd0cc;font-weight:bold}.o-warning{background:#ffe3a3}.o-info{background:#d3e4ff}.o-verified{background:#cdeecd}
    .zero{color:#aaa}code{font-size:12px;color:#555}.tool{color:#888;font-size:12px}

    """
}
