import AuditCore
import Foundation

/// Findings a team has accepted, so that later runs report only new ones (`--baseline FILE`,
/// `--write-baseline FILE`); schema `figaudit.baseline/1`.
///
/// An entry is keyed by content only: the check id, the document id and the finding's subject (the
/// flagged figure's text and label), with how many such findings are accepted. No line, column or
/// offset is stored, so edits elsewhere in a document, such as a paragraph inserted above a finding,
/// do not invalidate entries: the moved finding is still suppressed. Changing the flagged figure
/// itself or its label makes it a new finding, as it should.
public struct Baseline: Codable, Hashable, Sendable {
    /// The schema name written in every baseline.
    public static let schemaName = "figaudit.baseline/1"

    /// Always `figaudit.baseline/1`.
    public var schema: String
    /// The accepted findings, sorted by document, check and subject, one entry per key.
    public var entries: [Entry]

    /// Accepted findings of one check, document and subject.
    public struct Entry: Codable, Hashable, Sendable, Comparable {
        /// The check id, e.g. `sum-mismatch`.
        public var check: String
        /// The document id (its file name without extension).
        public var document: String
        /// The finding's subject: the flagged figure's text and label.
        public var subject: String
        /// How many findings with this key are accepted.
        public var count: Int
        /// Why they are accepted; kept when the baseline is written anew.
        public var reason: String?

        /// Creates an entry.
        public init(check: String, document: String, subject: String, count: Int, reason: String? = nil) {
            self.check = check
            self.document = document
            self.subject = subject
            self.count = count
            self.reason = reason
        }

        var key: FindingKey { FindingKey(check: check, document: document, subject: subject) }

        /// Orders entries by document, check, subject, then count and reason.
        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.document, lhs.check, lhs.subject, lhs.count, lhs.reason ?? "")
                < (rhs.document, rhs.check, rhs.subject, rhs.count, rhs.reason ?? "")
        }
    }

    /// Creates a baseline of `entries`, sorted.
    public init(entries: [Entry]) {
        self.schema = Self.schemaName
        self.entries = entries.sorted()
    }

    /// The baseline that accepts every finding of `run`, one entry per check, document and subject;
    /// each entry keeps the reason of the entry with the same key in `old`.
    public static func make(from run: AuditRun, keepingReasonsFrom old: Baseline? = nil) -> Baseline {
        var counts: [FindingKey: Int] = [:]
        for audit in run.audits {
            for finding in audit.findings { counts[FindingKey(finding, document: audit.document), default: 0] += 1 }
        }
        var reasons: [FindingKey: String] = [:]
        for entry in old?.entries ?? [] {
            if let reason = entry.reason, reasons[entry.key] == nil { reasons[entry.key] = reason }
        }
        return Baseline(entries: counts.map { key, count in
            Entry(check: key.check, document: key.document, subject: key.subject, count: count, reason: reasons[key])
        })
    }

    /// `run` without the findings this baseline accepts, how many were removed, and the entries that
    /// accepted more findings than the run has (for pruning).
    ///
    /// Each entry removes up to `count` findings with its key, the first ones in position order. A
    /// stale entry comes back with `count` set to the number it did not use, so an entry for three
    /// findings of which one is left reports a stale count of two. Entries for documents this run did
    /// not audit, or for checks that did not run, are never stale: the run cannot tell.
    public func apply(to run: AuditRun) -> (run: AuditRun, suppressed: Int, stale: [Entry]) {
        var remaining: [FindingKey: Int] = [:]
        for entry in entries { remaining[entry.key, default: 0] += entry.count }
        var result = run
        var suppressed = 0
        for index in result.audits.indices {
            let document = result.audits[index].document
            var kept: [Finding] = []
            for finding in result.audits[index].findings {
                let key = FindingKey(finding, document: document)
                if let left = remaining[key], left > 0 {
                    remaining[key] = left - 1
                    suppressed += 1
                } else {
                    kept.append(finding)
                }
            }
            result.audits[index].findings = kept
        }
        let audited = Set(run.audits.map(\.document.id))
        let ran = Set(run.checks.map(\.id))
        var stale: [Entry] = []
        for entry in entries where audited.contains(entry.document) && ran.contains(entry.check) {
            guard let left = remaining[entry.key], left > 0 else { continue }
            // Duplicate keys share one pool; charge what is left to the first entry that holds it.
            let unused = min(left, entry.count)
            remaining[entry.key] = left - unused
            var copy = entry
            copy.count = unused
            stale.append(copy)
        }
        return (result, suppressed, stale)
    }

    /// The baseline as JSON with sorted keys, ending in a newline.
    public func render() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and integers cannot fail.
        let data = try! encoder.encode(Baseline(entries: entries))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a baseline written by `render()` (or by hand), strictly: unknown keys, wrong types,
    /// counts below one and repeated keys are errors naming their place, e.g.
    /// `b.json: error: invalid baseline: entries[2]: unknown key 'resaon' (expected one of: …)`.
    public static func parse(_ text: String, path: String = "baseline") throws(ReportError) -> Baseline {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw .baselineNotJSON(path: path, detail: jsonErrorDetail(error, text: text))
        }
        func fail(_ place: String, _ problem: ReportError.BaselineProblem) -> ReportError {
            .invalidBaseline(path: path, place: place, problem: problem)
        }
        guard let top = json as? [String: Any] else { throw fail("", .notAnObject) }
        try checkKeys(top, required: ["schema", "entries"], optional: [], place: "", fail: fail)
        guard let schema = top["schema"] as? String else { throw fail("schema", .notAString) }
        guard schema == schemaName else { throw fail("schema", .unsupportedSchema(found: schema)) }
        guard let list = top["entries"] as? [Any] else { throw fail("entries", .notAnArray) }
        var entries: [Entry] = []
        var firstIndex: [FindingKey: Int] = [:]
        for (index, item) in list.enumerated() {
            let place = "entries[\(index)]"
            guard let object = item as? [String: Any] else { throw fail(place, .notAnObject) }
            try checkKeys(object, required: ["check", "document", "subject", "count"], optional: ["reason"], place: place, fail: fail)
            func string(_ key: String) throws(ReportError) -> String {
                guard let value = object[key] as? String else { throw fail("\(place).\(key)", .notAString) }
                return value
            }
            // JSON true bridges to 1; JSONSerialization gives booleans the Objective-C type "c" (char).
            let number = object["count"] as? NSNumber
            guard let number, String(cString: number.objCType) != "c", let count = object["count"] as? Int, count >= 1 else {
                throw fail("\(place).count", .notAPositiveInteger)
            }
            let reason: String? = object["reason"] == nil ? nil : try string("reason")
            let entry = Entry(check: try string("check"), document: try string("document"), subject: try string("subject"), count: count, reason: reason)
            if let earlier = firstIndex[entry.key] { throw fail(place, .duplicate(of: earlier)) }
            firstIndex[entry.key] = index
            entries.append(entry)
        }
        return Baseline(entries: entries)
    }

    private static func checkKeys(
        _ object: [String: Any], required: [String], optional: [String], place: String,
        fail: (String, ReportError.BaselineProblem) -> ReportError
    ) throws(ReportError) {
        let known = required + optional
        if let unknown = object.keys.filter({ !known.contains($0) }).sorted().first {
            throw fail(place, .unknownKey(unknown, expected: known.sorted()))
        }
        if let missing = required.first(where: { object[$0] == nil }) {
            throw fail(place, .missingKey(missing))
        }
    }

    /// The parser's reason, with its byte offset turned into a line and column (in Unicode scalars).
    private static func jsonErrorDetail(_ error: Error, text: String) -> String {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        guard let range = detail.range(of: #"around character (\d+)"#, options: .regularExpression),
              let offset = Int(detail[range].split(separator: " ").last ?? "") else { return detail }
        let prefix = text.utf8.prefix(offset)
        let before = String(decoding: prefix, as: UTF8.self)
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.count
        let column = (lines.last.map { $0.unicodeScalars.count } ?? 0) + 1
        let reason = detail[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        return "\(reason.isEmpty ? "syntax error" : reason) at line \(line), column \(column)"
    }
}
