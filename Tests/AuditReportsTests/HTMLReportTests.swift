import AuditCore
@testable import AuditReports
import Testing

@Suite("HTML report")
struct HTMLReportTests {
    static func page() -> String {
        let run = ReportFixture.run()
        return HTMLReport.render(run.audits[0], run: run)
    }

    @Test func escapesScriptInTextMessagesAndPaths() {
        let text = SourceText("备注:<script>alert(\"x&y\")</script>'共3户'\n")
        let figure = ReportFixture.figure("3户", in: text)
        let finding = Finding(
            check: "x<y>", kind: "k", severity: .error, message: "<img src=x onerror=alert(1)> & \"q\"",
            span: figure.span, excerpt: "", arithmetic: "1 < 2 > 0", hint: "'hint'"
        )
        let document = Document(id: "<id>", path: "docs/<p>&.txt", sha256: "\"sha\"", text: text)
        let audit = DocumentAudit(document: document, figures: [figure], findings: [finding], verified: [])
        let run = AuditRun(audits: [audit], checks: [], toolVersion: "<v>")
        let html = HTMLReport.render(audit, run: run)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("docs/<p>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"))
        #expect(html.contains("docs/&lt;p&gt;&amp;.txt"))
        #expect(html.contains("= 1 &lt; 2 &gt; 0"))
        #expect(TagBalance.problems(in: html).isEmpty)
        // A script could not run even if escaping failed.
        #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
    }

    @Test func everyFindingHasAnAnchorAndAListEntry() {
        let run = ReportFixture.run()
        for audit in run.audits {
            let html = HTMLReport.render(audit, run: run)
            for (index, finding) in audit.findings.enumerated() {
                let number = index + 1
                #expect(html.contains("<li id=\"finding-\(number)\""))
                if finding.span != nil {
                    #expect(html.contains("id=\"at-\(number)\" href=\"#finding-\(number)\""), "anchor in the text")
                    #expect(html.contains("href=\"#at-\(number)\""), "link from the list")
                } else {
                    #expect(!html.contains("id=\"at-\(number)\""), "no invented place")
                    #expect(html.contains("<span class=\"loc\">whole document</span>"))
                }
            }
        }
    }

    @Test func overlappingSpansNestWell() {
        let html = Self.page()
        #expect(TagBalance.problems(in: html).isEmpty, "\(TagBalance.problems(in: html))")
        for tag in ["mark", "span", "a", "div", "li", "ol", "p", "section"] {
            #expect(html.components(separatedBy: "<\(tag) ").count + html.components(separatedBy: "<\(tag)>").count - 2
                == html.components(separatedBy: "</\(tag)>").count - 1, "opens and closes of <\(tag)>")
        }
        // The info finding covers 合计1190万元 and the error finding 1190万元: cut in two, worst wins.
        #expect(html.contains("<mark class=\"o-info\" title=\"info [total-cue]: total &#39;合计1190万元&#39; has no breakdown cue\">合计</mark>"))
        #expect(html.contains("\">1190万元</mark>"))
        let tail = html.components(separatedBy: ">合计</mark>")[1]
        #expect(tail.contains("<mark class=\"o-error\" title=\"error [sum-mismatch]: the parts add up to 1208万元, not the stated total 1190万元&#10;= 312+95+140+661 = 1208 ≠ 1190&#10;info [total-cue]"))
    }

    @Test func figuresAreColouredByOutcome() {
        let html = Self.page()
        func mark(_ text: String) -> String? {
            guard let end = html.range(of: "\">\(text)</mark>") else { return nil }
            let start = html[..<end.lowerBound].range(of: "<mark class=\"", options: .backwards)!
            return String(html[start.upperBound...].prefix { $0 != "\"" })
        }
        #expect(mark("22**人") == "o-error")
        #expect(mark("**") == "o-error", "a finding on no figure is highlighted too")
        #expect(mark("20个") == "o-warning")
        #expect(mark("1208户") == "o-verified")
        #expect(mark("1451户") == "o-verified", "a related figure of a verified relation is verified")
        #expect(mark("5364人") == "o-verified")
        #expect(mark("312万元") == "o-related", "a part of a failed sum is not unchecked")
        #expect(html.contains("title=\"related to error [sum-mismatch]: the parts add up to 1208万元, not the stated total 1190万元&#10;= 312+95+140+661 = 1208 ≠ 1190\">95万元</mark>"))
        #expect(mark("18个") == "o-related")
        #expect(mark("1200元") == nil, "beta's figure is not in alpha")
    }

    @Test func segmentsTakeTheWorstOutcome() {
        typealias H = HTMLReport.Highlight
        let segments = HTMLReport.segments(of: [
            H(range: 0..<10, outcome: .info, notes: ["i"]),
            H(range: 2..<4, outcome: .error, notes: ["e"]),
            H(range: 3..<6, outcome: .warning, notes: ["w"]),
            H(range: 12..<14, outcome: .unchecked, notes: ["u"]),
        ])
        #expect(segments == [
            .init(range: 0..<2, outcome: .info, notes: ["i"]),
            .init(range: 2..<3, outcome: .error, notes: ["e", "i"]),
            .init(range: 3..<4, outcome: .error, notes: ["e", "w", "i"]),
            .init(range: 4..<6, outcome: .warning, notes: ["w", "i"]),
            .init(range: 6..<10, outcome: .info, notes: ["i"]),
            .init(range: 12..<14, outcome: .unchecked, notes: ["u"]),
        ])
    }

    @Test func lineNumbersCoverEveryLineAndNoTrailingEmptyOne() {
        let html = Self.page()
        for line in 1...4 { #expect(html.contains("<div class=\"l\" id=\"L\(line)\">")) }
        #expect(!html.contains("id=\"L5\""))
    }

    @Test func textlessDocumentSaysSo() {
        let document = Document(id: "f", path: "f.figures.json", sha256: "0", text: SourceText(""))
        let finding = Finding(check: "c", kind: "k", severity: .error, message: "m",
                              span: SourceSpan(offset: 4, length: 2, line: 1, column: 5), excerpt: "")
        let audit = DocumentAudit(document: document, figures: [], findings: [finding], verified: [])
        let html = HTMLReport.render(audit, run: AuditRun(audits: [audit], checks: [], toolVersion: "t"))
        #expect(html.contains("The document text is not available."))
        #expect(html.contains("<span class=\"loc\">1:5</span>"))
        #expect(TagBalance.problems(in: html).isEmpty)
    }
}

/// Checks that the tags of generated HTML or XML open and close in nested order.
enum TagBalance {
    static let void: Set<String> = ["meta", "br", "hr", "img", "input", "link"]

    /// The first nesting problems found, empty when every tag is closed in order.
    static func problems(in markup: String) -> [String] {
        var stack: [String] = []
        var problems: [String] = []
        var rest = markup[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return problems + ["unterminated tag"] }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") || tag.hasPrefix("?") || tag.hasSuffix("/") { continue }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> closes <\(stack.last ?? "nothing")>") }
            } else {
                let name = String(tag.prefix { $0 != " " })
                if !void.contains(name) { stack.append(name) }
            }
            if problems.count > 5 { break }
        }
        return problems + stack.map { "<\($0)> never closed" }
    }
}
