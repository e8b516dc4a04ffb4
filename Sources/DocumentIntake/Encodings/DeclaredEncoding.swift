/// An encoding named by the user for a document (`--encoding`), instead of detecting one.
public enum DeclaredEncoding: String, CaseIterable, Sendable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 little-endian, with or without a byte-order mark.
    case utf16LE = "utf-16le"
    /// UTF-16 big-endian, with or without a byte-order mark.
    case utf16BE = "utf-16be"
    /// GB18030, the superset of GBK and GB2312 used for simplified Chinese.
    case gb18030
    /// GBK (Windows code page 936); GB2312 files are read as GBK.
    case gbk
    /// Big5 as Windows writes it (code page 950), used for traditional Chinese.
    case big5

    /// Reads a user-supplied encoding name, ignoring case, `-` and `_` (`UTF8`, `gb2312`, `cp950` ...).
    public init?(name: String) {
        let key = String(name.lowercased().filter { $0 != "-" && $0 != "_" })
        switch key {
        case "utf8": self = .utf8
        case "utf16le": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "gb18030": self = .gb18030
        case "gbk", "gb2312", "cp936", "windows936", "euccn": self = .gbk
        case "big5", "cp950", "windows950": self = .big5
        default: return nil
        }
    }

    /// The name messages use, as in `invalid GB18030 at byte offset 12`.
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        case .gbk: return "GBK"
        case .big5: return "Big5"
        }
    }

    /// The glibc iconv names to try, best first.
    var iconvNames: [String] {
        switch self {
        case .utf8: return ["UTF-8"]
        case .utf16LE: return ["UTF-16LE"]
        case .utf16BE: return ["UTF-16BE"]
        case .gb18030: return ["GB18030"]
        case .gbk: return ["GBK", "CP936"]
        // CP950 adds the euro sign and the ETEN extensions that real Big5 files use.
        case .big5: return ["CP950", "BIG5"]
        }
    }

    /// The byte-order mark this encoding may start with, skipped before decoding.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: return [0xEF, 0xBB, 0xBF]
        case .utf16LE: return [0xFF, 0xFE]
        case .utf16BE: return [0xFE, 0xFF]
        case .gb18030: return [0x84, 0x31, 0x95, 0x33]
        case .gbk, .big5: return []
        }
    }

    /// Whether a zero byte can be part of a character rather than a NUL character.
    var zeroBytesAreNormal: Bool { self == .utf16LE || self == .utf16BE }
}
