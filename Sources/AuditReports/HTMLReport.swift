import AuditCore

/// Renders one document's audit as a self-contained HTML page, `<id>.html`: the whole text with line
/// numbers and every figure highlighted by outcome, a side list of findings, and the verified relations.
///
/// The page has inline CSS, no script and no external assets, and a Content-Security-Policy that
/// forbids scripts, so it works offline and an unescaped string could not run code. A figure is red,
/// amber or blue when a finding's span overlaps it (the most severe wins), green when a verified
/// relation's span or one of its related spans overlaps it, lilac with a dashed underline when it is
/// only among a finding's related figures (a part of a sum that does not add up), and grey when no
/// check looked at it.
/// Findings that cover no figure (a masked "**镇") are highlighted in their own colour. Overlapping
/// highlights are cut into non-overlapping segments, each showing the most severe outcome and, as its
/// `title` tooltip, the messages and arithmetic of everything that covers it.
public enum HTMLReport {
    /// The HTML page for `audit`.
    public static func render(_ audit: DocumentAudit, run: AuditRun) -> String {
        let document = audit.document
        var out = """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="generator" content="figaudit \(Markup.attribute(run.toolVersion))">
        <title>figaudit: \(Markup.escape(document.id))</title>
        <style>
        \(style)</style>
        </head>
        <body>

        """
        out += header(audit, run: run)
        out += "<main>\n"
        out += sourceSection(audit, run: run)
        out += "<aside>\n"
        out += findingList(audit, run: run)
        out += verifiedList(audit, run: run)
        out += "</aside>\n</main>\n</body>\n</html>\n"
        return out
    }

    // MARK: Header

    static func header(_ audit: DocumentAudit, run: AuditRun) -> String {
        let document = audit.document
        var out = "<header>\n<h1>figaudit report: \(Markup.escape(document.id))</h1>\n<dl>\n"
        out += "<dt>Document</dt><dd><code>\(Markup.escape(document.path))</code></dd>\n"
        out += "<dt>SHA-256</dt><dd><code>\(Markup.escape(document.sha256))</code></dd>\n"
        out += "<dt>Encoding</dt><dd>\(Markup.escape(document.encoding))</dd>\n"
        out += "<dt>Findings</dt><dd>\(audit.findings.count): "
        out += "<span class=\"badge o-error\">\(audit.count(.error)) error\(audit.count(.error) == 1 ? "" : "s")</span> "
        out += "<span class=\"badge o-warning\">\(audit.count(.warning)) warning\(audit.count(.warning) == 1 ? "" : "s")</span> "
        out += "<span class=\"badge o-info\">\(audit.count(.info)) info</span></dd>\n"
        out += "<dt>Verified</dt><dd><span class=\"badge o-verified\">\(audit.verified.count) relation\(audit.verified.count == 1 ? "" : "s")</span></dd>\n"
        out += "<dt>Figures</dt><dd>\(audit.figures.count)</dd>\n"
        out += "<dt>Tool</dt><dd>figaudit \(Markup.escape(run.toolVersion))</dd>\n"
        out += "</dl>\n<p class=\"legend\">Highlights: "
        out += Outcome.allCases.reversed().map { "<mark class=\"\($0.cssClass)\">\($0.label)</mark>" }.joined(separator: " ")
        out += "</p>\n</header>\n"
        return out
    }

    // MARK: Source text

    static func sourceSection(_ audit: DocumentAudit, run: AuditRun) -> String {
        let text = audit.document.text
        var out = "<section class=\"source\" aria-label=\"Document text\">\n"
        guard text.count > 0 else {
            return out + "<p class=\"empty\">The document text is not available.</p>\n</section>\n"
        }
        let segments = segments(of: highlights(audit, run: run))
        var segmentAt = [Int](repeating: -1, count: text.count)
        for (index, segment) in segments.enumerated() {
            for offset in segment.range { segmentAt[offset] = index }
        }
        // A text ending in a line break has an empty last line that editors do not number.
        var lineCount = text.lineStarts.count
        if lineCount > 1, text.lineStarts[lineCount - 1] == text.count { lineCount -= 1 }

        // Anchors sit where a finding starts; one in a line break is shown at the end of its line.
        var anchors: [Int: [Int]] = [:]
        for (index, finding) in audit.findings.enumerated() {
            guard let span = finding.span, Place.isInside(span, text) else { continue }
            let line = min(text.line(containing: span.offset), lineCount)
            let position = min(span.offset, text.lineRange(line).upperBound)
            anchors[position, default: []].append(index)
        }
        func anchorMarkup(at position: Int) -> String {
            (anchors[position] ?? []).map { index in
                let number = index + 1
                let severity = audit.findings[index].severity
                return "<a class=\"ref \(Outcome(severity).cssClass)\" id=\"at-\(number)\" href=\"#finding-\(number)\" data-n=\"\(number)\" title=\"\(Markup.attribute(note(audit.findings[index])))\"></a>"
            }.joined()
        }

        for line in 1...lineCount {
            let range = text.lineRange(line)
            out += "<div class=\"l\" id=\"L\(line)\"><a class=\"n\" href=\"#L\(line)\">\(line)</a><span class=\"t\">"
            var offset = range.lowerBound
            while offset < range.upperBound {
                out += anchorMarkup(at: offset)
                let index = segmentAt[offset]
                var end = offset + 1
                while end < range.upperBound, segmentAt[end] == index, anchors[end] == nil { end += 1 }
                let piece = Markup.escape(text.string(offset..<end))
                if index >= 0 {
                    let segment = segments[index]
                    out += "<mark class=\"\(segment.outcome.cssClass)\" title=\"\(Markup.attribute(segment.notes.joined(separator: "\n")))\">\(piece)</mark>"
                } else {
                    out += piece
                }
                offset = end
            }
            out += anchorMarkup(at: range.upperBound)
            out += "</span></div>\n"
        }
        return out + "</section>\n"
    }

    /// What a highlight means: the finding's severity, verified, or a figure no check looked at.
    enum Outcome: Int, CaseIterable, Comparable {
        case unchecked, related, verified, info, warning, error

        init(_ severity: Severity) {
            switch severity {
            case .info: self = .info
            case .warning: self = .warning
            case .error: self = .error
            }
        }

        static func < (lhs: Outcome, rhs: Outcome) -> Bool { lhs.rawValue < rhs.rawValue }

        var cssClass: String { "o-" + label }

        var label: String {
            switch self {
            case .unchecked: "unchecked"
            case .related: "related"
            case .verified: "verified"
            case .info: "info"
            case .warning: "warning"
            case .error: "error"
            }
        }
    }

    /// A stretch of text to colour, possibly overlapping others.
    struct Highlight {
        var range: Range<Int>
        var outcome: Outcome
        var notes: [String]
    }

    /// A stretch of text covered by the same highlights: no two segments overlap.
    struct Segment: Equatable {
        var range: Range<Int>
        var outcome: Outcome
        var notes: [String]
    }

    /// Every figure, every finding with a span, and every verified relation's spans, as highlights.
    static func highlights(_ audit: DocumentAudit, run: AuditRun) -> [Highlight] {
        let text = audit.document.text
        func visible(_ span: SourceSpan) -> Range<Int>? {
            Place.isInside(span, text) && span.length > 0 ? span.range : nil
        }
        let findings = SpanIndex(audit.findings.compactMap { finding in
            finding.span.flatMap(visible).map { ($0, finding) }
        })
        let relatedToFindings = SpanIndex(audit.findings.flatMap { finding in
            finding.related.compactMap(visible).map { ($0, finding) }
        })
        let verified = SpanIndex(audit.verified.flatMap { entry in
            ([entry.span] + entry.related).compactMap(visible).map { ($0, entry) }
        })
        var result: [Highlight] = []
        for figure in audit.figures {
            guard let range = visible(figure.span) else { continue }
            // Most severe first, so a figure's tooltip leads with what colours it.
            let hits = findings.overlapping(range).enumerated()
                .sorted { ($0.element.item.severity, -$0.offset) > ($1.element.item.severity, -$1.offset) }
                .map(\.element.item)
            let confirmations = verified.overlapping(range).map(\.item)
            let involved = relatedToFindings.overlapping(range).map(\.item)
            var notes = hits.map { note($0) } + confirmations.map { note($0) }
                + involved.map { "related to " + note($0) }
            let outcome: Outcome
            if let worst = hits.first?.severity {
                outcome = Outcome(worst)
            } else if !confirmations.isEmpty {
                outcome = .verified
            } else if !involved.isEmpty {
                outcome = .related
            } else {
                outcome = .unchecked
                notes = ["\(figure.text): not checked by any relation"]
            }
            result.append(Highlight(range: range, outcome: outcome, notes: notes))
        }
        for (range, finding) in findings.entries {
            result.append(Highlight(range: range, outcome: Outcome(finding.severity), notes: [note(finding)]))
        }
        for (range, entry) in verified.entries {
            result.append(Highlight(range: range, outcome: .verified, notes: [note(entry)]))
        }
        return result
    }

    /// Items with spans, sorted by start, that answer "which overlap this range" without a full scan.
    struct SpanIndex<Item> {
        /// The items by start, ties in their original order.
        let entries: [(range: Range<Int>, item: Item)]
        private let longest: Int

        init(_ items: [(Range<Int>, Item)]) {
            entries = items.enumerated()
                .sorted { ($0.element.0.lowerBound, $0.offset) < ($1.element.0.lowerBound, $1.offset) }
                .map { (range: $0.element.0, item: $0.element.1) }
            longest = entries.map(\.range.count).max() ?? 0
        }

        /// The items whose range overlaps `range`, by start.
        func overlapping(_ range: Range<Int>) -> [(range: Range<Int>, item: Item)] {
            // Nothing starting before `range.lowerBound - longest` can reach into `range`.
            let from = range.lowerBound - longest
            var low = 0
            var high = entries.count
            while low < high {
                let mid = (low + high) / 2
                if entries[mid].range.lowerBound < from { low = mid + 1 } else { high = mid }
            }
            var result: [(range: Range<Int>, item: Item)] = []
            var index = low
            while index < entries.count, entries[index].range.lowerBound < range.upperBound {
                if entries[index].range.overlaps(range) { result.append(entries[index]) }
                index += 1
            }
            return result
        }
    }

    /// Cuts overlapping highlights into segments; each takes the most severe outcome covering it and
    /// the notes of all of them, most severe first, without repeats. Neighbours alike are merged.
    static func segments(of highlights: [Highlight]) -> [Segment] {
        let points = Set(highlights.flatMap { [$0.range.lowerBound, $0.range.upperBound] }).sorted()
        let byStart = highlights.indices.sorted { (highlights[$0].range.lowerBound, $0) < (highlights[$1].range.lowerBound, $1) }
        var next = 0
        var active: [Int] = []
        var segments: [Segment] = []
        for (start, end) in zip(points, points.dropFirst()) {
            // Every range ends on a point, so what is active at `start` covers all of start..<end.
            active.removeAll { highlights[$0].range.upperBound <= start }
            while next < byStart.count, highlights[byStart[next]].range.lowerBound <= start {
                active.append(byStart[next])
                next += 1
            }
            let covering = active
                .sorted { (highlights[$0].outcome, -$0) > (highlights[$1].outcome, -$1) }
                .map { highlights[$0] }
            guard let top = covering.first else { continue }
            var notes: [String] = []
            for note in covering.flatMap(\.notes) where !notes.contains(note) { notes.append(note) }
            if var last = segments.last, last.range.upperBound == start, last.outcome == top.outcome, last.notes == notes {
                last.range = last.range.lowerBound..<end
                segments[segments.count - 1] = last
            } else {
                segments.append(Segment(range: start..<end, outcome: top.outcome, notes: notes))
            }
        }
        return segments
    }

    /// `error [sum-mismatch]: message = arithmetic`, the tooltip text of a finding.
    static func note(_ finding: Finding) -> String {
        var note = "\(finding.severity.rawValue) [\(finding.check)]: \(finding.message)"
        if let arithmetic = finding.arithmetic { note += "\n= \(arithmetic)" }
        return note
    }

    /// `verified [sum-holds]: message = arithmetic`, the tooltip text of a verified relation.
    static func note(_ entry: Verification) -> String {
        var note = "verified [\(entry.check)]: \(entry.message)"
        if let arithmetic = entry.arithmetic { note += "\n= \(arithmetic)" }
        return note
    }

    // MARK: Side lists

    static func findingList(_ audit: DocumentAudit, run: AuditRun) -> String {
        let text = audit.document.text
        var out = "<section class=\"findings\">\n<h2>Findings (\(audit.findings.count))</h2>\n"
        guard !audit.findings.isEmpty else { return out + "<p class=\"empty\">No findings.</p>\n</section>\n" }
        out += "<ol>\n"
        for (index, finding) in audit.findings.enumerated() {
            let number = index + 1
            let outcome = Outcome(finding.severity)
            out += "<li id=\"finding-\(number)\" class=\"\(outcome.cssClass)\">"
            out += "<span class=\"num\">\(number)</span> <span class=\"sev\">\(finding.severity.rawValue)</span> "
            let place = Markup.escape(Place.lineColumn(finding.span))
            if let span = finding.span, Place.isInside(span, text) {
                out += "<a class=\"loc\" href=\"#at-\(number)\">\(place)</a>"
            } else {
                out += "<span class=\"loc\">\(place)</span>"
            }
            if let cell = finding.cell {
                out += " <span class=\"cell\">row \(cell.row), column \(cell.column) \(Markup.escape(cell.name))</span>"
            }
            let title = run.check(finding.check)?.title ?? finding.check
            out += " <b>\(Markup.escape(title))</b> <code>\(Markup.escape(finding.check))</code>"
            out += "<p>\(Markup.escape(finding.message))</p>"
            if let arithmetic = finding.arithmetic { out += "<p class=\"arith\">= \(Markup.escape(arithmetic))</p>" }
            if let hint = finding.hint { out += "<p class=\"hint\">Hint: \(Markup.escape(hint))</p>" }
            out += "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    static func verifiedList(_ audit: DocumentAudit, run: AuditRun) -> String {
        let text = audit.document.text
        var out = "<section class=\"verified\">\n<h2>Verified relations (\(audit.verified.count))</h2>\n"
        guard !audit.verified.isEmpty else { return out + "<p class=\"empty\">None.</p>\n</section>\n" }
        out += "<ol>\n"
        for entry in audit.verified {
            let place = Markup.escape(Place.lineColumn(entry.span))
            out += "<li class=\"o-verified\">"
            if Place.isInside(entry.span, text) {
                out += "<a class=\"loc\" href=\"#L\(entry.span.line)\">\(place)</a>"
            } else {
                out += "<span class=\"loc\">\(place)</span>"
            }
            // Check titles name the defect, so a confirmed relation shows only the check id.
            out += " <code>\(Markup.escape(entry.check))</code>"
            out += "<p>\(Markup.escape(entry.message))</p>"
            if let arithmetic = entry.arithmetic { out += "<p class=\"arith\">= \(Markup.escape(arithmetic))</p>" }
            out += "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    // MARK: Style

    static let style = """
    :root{--error:#fbd0cc;--error-b:#c62828;--warning:#ffe3a3;--warning-b:#b26a00;--info:#d3e4ff;--info-b:#1f5fbf;--verified:#cdeecd;--verified-b:#2e7d32;--unchecked:#e4e4e4;--unchecked-b:#8a8a8a;--related:#ebe4f6;--related-b:#6d4fa0}
    *{box-sizing:border-box}
    body{margin:0;font:14px/1.7 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1b1b1b;background:#f6f6f4}
    header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
    h1{font-size:18px;margin:0 0 6px}h2{font-size:15px;margin:0 0 8px}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:0 12px;margin:0}dt{color:#666}dd{margin:0;overflow-wrap:anywhere}
    .legend{margin:6px 0 0}.legend mark{margin-right:4px}
    main{display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,34%);gap:16px;padding:16px 20px;align-items:start}
    .source{background:#fff;border:1px solid #ddd;padding:6px 0}
    .l{display:flex;scroll-margin-top:40vh}.l:target{background:#fff7c2}
    .n{flex:0 0 3.6em;text-align:right;padding-right:8px;color:#999;border-right:1px solid #eee;font:12px/2.0 ui-monospace,monospace;text-decoration:none;user-select:none}
    .t{flex:1;min-width:0;min-height:1.7em;padding:0 12px;white-space:pre-wrap;overflow-wrap:anywhere}
    mark{color:inherit;border-radius:2px;padding:0 1px}
    .o-error{--bg:var(--error);--b:var(--error-b)}.o-warning{--bg:var(--warning);--b:var(--warning-b)}.o-info{--bg:var(--info);--b:var(--info-b)}
    .o-verified{--bg:var(--verified);--b:var(--verified-b)}.o-unchecked{--bg:var(--unchecked);--b:var(--unchecked-b)}
    .o-related{--bg:var(--related);--b:var(--related-b)}
    mark,.badge{background:var(--bg);box-shadow:inset 0 -2px var(--b)}
    mark.o-error{box-shadow:inset 0 -3px var(--b)}mark.o-warning{box-shadow:inset 0 -2px 0 var(--b)}mark.o-unchecked{box-shadow:none}mark.o-related{box-shadow:none;text-decoration:underline dashed var(--b);text-underline-offset:3px}
    .badge{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px}
    .ref{text-decoration:none;scroll-margin-top:40vh}
    .ref::after{content:attr(data-n);display:inline-block;min-width:1.4em;margin:0 1px;padding:0 3px;border-radius:8px;background:var(--b);color:#fff;font:bold 10px/1.5 system-ui,sans-serif;text-align:center;vertical-align:super}
    .ref:target::after{outline:3px solid #222}
    aside{position:sticky;top:0;max-height:100vh;overflow:auto;display:grid;gap:16px}
    aside section{background:#fff;border:1px solid #ddd;padding:10px 12px}
    aside ol{list-style:none;margin:0;padding:0}
    aside li{border-left:4px solid var(--b);padding:4px 8px;margin:0 0 8px;background:#fcfcfb}
    aside li:target{background:#fff7c2}
    aside p{margin:2px 0}.arith{font-family:ui-monospace,monospace;font-size:13px}.hint{color:#555}
    .num{display:inline-block;min-width:1.6em;border-radius:8px;background:var(--b);color:#fff;font-size:11px;text-align:center}
    .sev{font-weight:bold;color:var(--b)}.loc{font-family:ui-monospace,monospace}.cell{color:#555}code{font-size:12px;color:#555}
    .empty{color:#777}
    @media (max-width:900px){main{grid-template-columns:1fr}aside{position:static;max-height:none}}

    """
}
