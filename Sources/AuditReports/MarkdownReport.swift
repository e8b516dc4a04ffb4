import AuditCore

/// Renders one document's audit as a reviewer checklist in Markdown.
public enum MarkdownReport {
    /// The Markdown checklist for `audit`.
    public static func render(_ audit: DocumentAudit, run: AuditRun) -> String {
        let document = audit.document
        var out = "# figaudit report: \(document.id)\n\n"
        out += "- Document: `\(document.path)`\n"
        out += "- SHA-256: `\(document.sha256)`\n"
        out += "- Encoding: \(document.encoding)\n"
        out += "- Findings: \(audit.findings.count) (\(audit.count(.error)) errors, \(audit.count(.warning)) warnings, \(audit.count(.info)) info)\n"
        out += "- Verified relations: \(audit.verified.count)\n"
        out += "- Figures extracted: \(audit.figures.count)\n\n"
        out += "## Findings\n\n"
        if audit.findings.isEmpty { out += "No findings.\n\n" }
        for severity in Severity.allCases.reversed() {
            let group = audit.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            out += "### \(severity.rawValue.capitalized) (\(group.count))\n\n"
            for finding in group {
                out += item(finding, audit: audit, run: run)
            }
            out += "\n"
        }
        if !audit.unevaluated.isEmpty {
            out += "## Not evaluable\n\nRules whose fields are missing: neither passed nor failed.\n\n"
            for entry in audit.unevaluated {
                let place = entry.span.map { "\($0.line):\($0.column)" } ?? "whole document"
                out += "- [ ] **\(place)** `\(entry.check)`: \(escape(entry.message))\n"
            }
            out += "\n"
        }
        out += "## Verified relations\n\n"
        if audit.verified.isEmpty { out += "None.\n" }
        for entry in audit.verified {
            out += "- [x] **\(entry.span.line):\(entry.span.column)** `\(entry.check)`: \(escape(entry.message))\n"
            if let arithmetic = entry.arithmetic { out += "  - \(escape(arithmetic))\n" }
        }
        return out
    }

    static func item(_ finding: Finding, audit: DocumentAudit, run: AuditRun) -> String {
        var place = finding.span.map { "\($0.line):\($0.column)" } ?? "whole document"
        if let cell = finding.cell { place += " (row \(cell.row), column \(cell.column) \(escape(cell.name)))" }
        let title = run.check(finding.check)?.title ?? finding.check
        var out = "- [ ] **\(place)** `\(finding.check)` (\(escape(title))): \(escape(finding.message))\n"
        if let span = finding.span, span.end <= audit.document.text.count {
            let view = SourceLineView(text: audit.document.text, span: span)
            out += "  > \(escape(view.before))«\(escape(view.flagged))»\(escape(view.after))\n"
        }
        if let arithmetic = finding.arithmetic { out += "  - Arithmetic: \(escape(arithmetic))\n" }
        if let hint = finding.hint { out += "  - Hint: \(escape(hint))\n" }
        return out
    }

    /// Backslash-escapes the characters Markdown would read as markup.
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape; the characters that need it are all ASCII.
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|", "~":
                out += "\\" + String(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `byte` is the UTF-8 of a character that `escape` backslashes: \ * _ ` [ ] < > # | ~
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x7C, 0x7E: true
        default: false
        }
    }
}
