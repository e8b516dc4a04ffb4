import AuditCore

/// Sizes in bytes as people write them: `64M`, `1.5G`, `512K`, `1000`.
public enum ByteCount {
    /// The default largest document: bigger files are archives or dumps, and auditing one would
    /// take memory in proportion (about thirty times its size).
    public static let defaultDocumentLimit = 64 << 20

    /// Reads `text` as a byte count with an optional K, M or G suffix (powers of 1024, an optional
    /// trailing B, any case); nil when it is not one.
    public static func parse(_ text: String) -> Int? {
        var digits = text.trimmingWhitespace().uppercased()
        if digits.hasSuffix("IB") { digits.removeLast(2) } else if digits.hasSuffix("B") { digits.removeLast() }
        var factor = 1.0
        switch digits.last {
        case "K": factor = 1024
        case "M": factor = 1024 * 1024
        case "G": factor = 1024 * 1024 * 1024
        default: break
        }
        if factor > 1 { digits.removeLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let number = Double(digits), number >= 0, number * factor < Double(Int.max) else { return nil }
        return Int(number * factor)
    }

    /// `bytes` in the largest unit that keeps it above one, e.g. `1.0 GB`, `64 MB`, `900 bytes`.
    public static func describe(_ bytes: Int) -> String {
        for (unit, size) in [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)] where bytes >= size {
            let value = Double(bytes) / Double(size)
            let rounded = (value * 10).rounded() / 10
            return rounded == rounded.rounded() ? "\(Int(rounded)) \(unit)" : "\(rounded) \(unit)"
        }
        return "\(bytes) bytes"
    }
}
