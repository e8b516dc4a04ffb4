/// Which scalars may appear in unquoted names, and how wide scalars are on a terminal.
enum CharacterClasses {
    /// ASCII letters, `_` and CJK characters can start a name.
    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: isCJK(scalar)
        }
    }

    /// Name starts and ASCII digits can continue a name.
    static func isNameContinuation(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || isDigit(scalar)
    }

    /// ASCII digits only: full-width digits are diagnosed, never read.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    /// Han ideographs (with 々 and 〇), kana and Hangul.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x3005, 0x3007, 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF,
             0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF:
            return true
        default:
            return false
        }
    }

    /// Columns the scalar takes on a terminal: 2 for wide East Asian characters, 1 otherwise.
    static func terminalWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
