import AuditCore

/// What identifies a finding across edits to its document: its check, its document's id and its
/// subject (the flagged figure's text and label), never its line, column or offset.
struct FindingKey: Hashable, Comparable, Sendable {
    /// The check id.
    var check: String
    /// The document id.
    var document: String
    /// The finding's subject.
    var subject: String

    init(check: String, document: String, subject: String) {
        self.check = check
        self.document = document
        self.subject = subject
    }

    init(_ finding: Finding, document: Document) {
        self.init(check: finding.check, document: document.id, subject: finding.subject)
    }

    static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.document, lhs.check, lhs.subject) < (rhs.document, rhs.check, rhs.subject)
    }

    /// For each finding of `audit`, in order, how many findings with the same key come before it.
    static func occurrences(in audit: DocumentAudit) -> [Int] {
        var seen: [FindingKey: Int] = [:]
        return audit.findings.map { finding in
            let key = FindingKey(finding, document: audit.document)
            let index = seen[key, default: 0]
            seen[key] = index + 1
            return index
        }
    }

    /// The key and occurrence as 16 lower-case hex digits of FNV-1a 64; fields are joined with NUL so
    /// that ("ab", "c") and ("a", "bc") differ.
    func fingerprint(occurrence: Int) -> String {
        let hash = FNV1a64.hash([check, document, subject, String(occurrence)].joined(separator: "\u{0}"))
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The 64-bit Fowler–Noll–Vo 1a hash: small, stable across platforms and releases, and not a
/// security hash (fingerprints only need to tell findings apart).
enum FNV1a64 {
    /// The FNV-1a 64 hash of the UTF-8 bytes of `text`.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
