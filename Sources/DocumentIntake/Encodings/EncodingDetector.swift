/// Decodes document bytes in a declared or detected encoding, through the C library's iconv.
///
/// Detection order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides outright; otherwise
/// UTF-8 when the bytes are valid UTF-8; otherwise whichever of GB18030 and Big5 decodes without
/// error, and when both do, the one whose text looks more like Chinese (`ChineseTextScore`).
/// UTF-16 without a byte-order mark is read only when declared.
public enum EncodingDetector {
    /// The outcome of decoding: scalars and the encoding used, or the first byte that went wrong.
    public enum Outcome: Equatable, Sendable {
        /// Decoded scalars with any byte-order mark removed, and the encoding's name for `Document.encoding`
        /// (`utf-8`, `utf-8 with BOM`, `utf-16le with BOM`, `gb18030`, `big5` ...).
        case text([Unicode.Scalar], encoding: String)
        /// The byte at `byteOffset` is not valid in `encoding`, a name for messages (`UTF-8`, `GB18030` ...).
        case invalid(byteOffset: Int, encoding: String)
        /// A NUL character at this byte offset marks the file as binary.
        case binary(byteOffset: Int)
    }

    /// Decodes `bytes` in `encoding`, or in the encoding detected from the bytes when it is nil.
    ///
    /// Positions in the result count scalars of the decoded text, byte-order mark excluded; byte
    /// offsets count from the first byte of the file, byte-order mark included.
    public static func decode(_ bytes: [UInt8], encoding: DeclaredEncoding?) -> Outcome {
        if let encoding { return decode(bytes, declared: encoding) }
        for candidate in [DeclaredEncoding.utf8, .utf16LE, .utf16BE] where hasByteOrderMark(bytes, of: candidate) {
            return decode(bytes, declared: candidate)
        }
        return detect(bytes)
    }

    /// Decodes in one given encoding, skipping its byte-order mark when present.
    private static func decode(_ bytes: [UInt8], declared encoding: DeclaredEncoding) -> Outcome {
        let markLength = hasByteOrderMark(bytes, of: encoding) ? encoding.byteOrderMark.count : 0
        let name = encoding.rawValue + (markLength > 0 ? " with BOM" : "")
        if encoding.zeroBytesAreNormal {
            switch IconvConversion.convert(bytes, range: markLength..<bytes.count, from: encoding.iconvNames) {
            case .scalars(let scalars):
                if let nul = scalars.firstIndex(of: "\0") {
                    let unitsBefore = scalars[..<nul].reduce(0) { $0 + UTF16.width($1) }
                    return .binary(byteOffset: markLength + 2 * unitsBefore)
                }
                return .text(scalars, encoding: name)
            case .failed(let offset):
                return .invalid(byteOffset: offset, encoding: encoding.displayName)
            case .unsupported:
                return .invalid(byteOffset: markLength, encoding: encoding.displayName)
            }
        }
        let nul = firstZero(bytes, from: markLength)
        switch IconvConversion.convert(bytes, range: markLength..<(nul ?? bytes.count), from: encoding.iconvNames) {
        case .scalars(let scalars):
            if let nul { return .binary(byteOffset: nul) }
            return .text(scalars, encoding: name)
        case .failed(let offset):
            return .invalid(byteOffset: offset, encoding: encoding.displayName)
        case .unsupported:
            return .invalid(byteOffset: markLength, encoding: encoding.displayName)
        }
    }

    /// Chooses among UTF-8, GB18030 and Big5 for bytes without a byte-order mark.
    ///
    /// A NUL byte is a NUL character in all three, so only the bytes before it need to decode for the
    /// file to count as binary rather than invalid.
    private static func detect(_ bytes: [UInt8]) -> Outcome {
        let nul = firstZero(bytes, from: 0)
        // Nearly every document is UTF-8: decoding it natively, in one pass, costs a fraction of
        // iconv and gives the same scalars. Anything else goes through iconv as before.
        if nul == nil, case .text(let scalars, _) = TextDecoding.decodeUTF8(bytes) {
            return .text(scalars, encoding: DeclaredEncoding.utf8.rawValue)
        }
        let range = 0..<(nul ?? bytes.count)
        var furthest: (offset: Int, encoding: DeclaredEncoding) = (-1, .utf8)
        var decoded: [(scalars: [Unicode.Scalar], encoding: DeclaredEncoding)] = []
        for candidate in [DeclaredEncoding.utf8, .gb18030, .big5] {
            switch IconvConversion.convert(bytes, range: range, from: candidate.iconvNames) {
            case .scalars(let scalars):
                if let nul { return .binary(byteOffset: nul) }
                // Valid UTF-8 is never a coincidence for Chinese text; GB18030 and Big5 often are.
                if candidate == .utf8 { return .text(scalars, encoding: candidate.rawValue) }
                decoded.append((scalars, candidate))
            case .failed(let offset):
                if offset > furthest.offset { furthest = (offset, candidate) }
            case .unsupported:
                continue
            }
        }
        // Candidates were tried GB18030 first, so a tie keeps GB18030, which covers more characters.
        var best: (scalars: [Unicode.Scalar], encoding: DeclaredEncoding, score: Double)?
        for (scalars, encoding) in decoded {
            let score = ChineseTextScore.score(scalars)
            if best == nil || score > best!.score { best = (scalars, encoding, score) }
        }
        if let best { return .text(best.scalars, encoding: best.encoding.rawValue) }
        // Nothing decodes: blame the encoding that got furthest, where the damage most likely is.
        return .invalid(byteOffset: max(furthest.offset, 0), encoding: furthest.encoding.displayName)
    }

    /// Whether `bytes` starts with the byte-order mark of `encoding`.
    private static func hasByteOrderMark(_ bytes: [UInt8], of encoding: DeclaredEncoding) -> Bool {
        let mark = encoding.byteOrderMark
        return !mark.isEmpty && bytes.count >= mark.count && bytes[..<mark.count].elementsEqual(mark)
    }

    /// The offset of the first zero byte at or after `start`, if any.
    private static func firstZero(_ bytes: [UInt8], from start: Int) -> Int? {
        start < bytes.count ? bytes[start...].firstIndex(of: 0) : nil
    }
}
