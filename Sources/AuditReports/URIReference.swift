/// Turns file paths into RFC 3986 URI references for links and SARIF artifact locations.
enum URIReference {
    /// `path` as a relative (or absolute-path) URI reference: every UTF-8 byte outside the
    /// unreserved characters, `/` and the sub-delimiters `!$&'()*+,;=@` is percent-encoded.
    ///
    /// `:` is encoded too, so a first segment such as `a:b.txt` is never read as a scheme, and `%`
    /// is encoded so a literal percent sign in a file name survives; `docs/报告 1.txt` becomes
    /// `docs/%E6%8A%A5%E5%91%8A%201.txt`.
    static func encodingPath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if isKept(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
            }
        }
        return out
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~/!$&'()*+,;=@".utf8.contains(byte)
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> String {
        String(UnicodeScalar(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10))
    }
}
