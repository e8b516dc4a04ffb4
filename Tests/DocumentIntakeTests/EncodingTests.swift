@testable import DocumentIntake
import Testing

/// Decoding through iconv: byte-order marks, GB18030 and Big5, detection between them, and byte offsets.
@Suite("Encodings")
struct EncodingTests {
    /// A simplified-Chinese paragraph from a town work report, 136 characters.
    static let simplified = "全镇辖11个村、1个居委会，总人口29052人，其中农村人口27598人。2019年全镇建档立卡贫困户1451户5364人，当年脱贫210户756人，贫困发生率降至1.2%。投入扶贫资金1680万元，硬化道路26公里，改造危房132户，发展油茶1260亩、烤烟3500亩。"

    /// A traditional-Chinese paragraph from a news article, 134 characters.
    static let traditional = "茂蘭鎮嚴格按照“一達標兩不愁三保障”的標準，全面完成248戶700人的“一戶一案”。全鎮發展桑園達6500餘畝，產業輻射帶動農戶2500餘戶8750餘人，實現人均年收入6000元以上；共實現易地扶貧搬遷314戶1292人，其中貧困戶253戶981人，入住率達100%。"

    /// `simplified` encoded by Python's `str.encode('gb18030')`.
    static let simplifiedGB18030: [UInt8] = [
        0xC8, 0xAB, 0xD5, 0xF2, 0xCF, 0xBD, 0x31, 0x31, 0xB8, 0xF6, 0xB4, 0xE5, 0xA1, 0xA2, 0x31, 0xB8,
        0xF6, 0xBE, 0xD3, 0xCE, 0xAF, 0xBB, 0xE1, 0xA3, 0xAC, 0xD7, 0xDC, 0xC8, 0xCB, 0xBF, 0xDA, 0x32,
        0x39, 0x30, 0x35, 0x32, 0xC8, 0xCB, 0xA3, 0xAC, 0xC6, 0xE4, 0xD6, 0xD0, 0xC5, 0xA9, 0xB4, 0xE5,
        0xC8, 0xCB, 0xBF, 0xDA, 0x32, 0x37, 0x35, 0x39, 0x38, 0xC8, 0xCB, 0xA1, 0xA3, 0x32, 0x30, 0x31,
        0x39, 0xC4, 0xEA, 0xC8, 0xAB, 0xD5, 0xF2, 0xBD, 0xA8, 0xB5, 0xB5, 0xC1, 0xA2, 0xBF, 0xA8, 0xC6,
        0xB6, 0xC0, 0xA7, 0xBB, 0xA7, 0x31, 0x34, 0x35, 0x31, 0xBB, 0xA7, 0x35, 0x33, 0x36, 0x34, 0xC8,
        0xCB, 0xA3, 0xAC, 0xB5, 0xB1, 0xC4, 0xEA, 0xCD, 0xD1, 0xC6, 0xB6, 0x32, 0x31, 0x30, 0xBB, 0xA7,
        0x37, 0x35, 0x36, 0xC8, 0xCB, 0xA3, 0xAC, 0xC6, 0xB6, 0xC0, 0xA7, 0xB7, 0xA2, 0xC9, 0xFA, 0xC2,
        0xCA, 0xBD, 0xB5, 0xD6, 0xC1, 0x31, 0x2E, 0x32, 0x25, 0xA1, 0xA3, 0xCD, 0xB6, 0xC8, 0xEB, 0xB7,
        0xF6, 0xC6, 0xB6, 0xD7, 0xCA, 0xBD, 0xF0, 0x31, 0x36, 0x38, 0x30, 0xCD, 0xF2, 0xD4, 0xAA, 0xA3,
        0xAC, 0xD3, 0xB2, 0xBB, 0xAF, 0xB5, 0xC0, 0xC2, 0xB7, 0x32, 0x36, 0xB9, 0xAB, 0xC0, 0xEF, 0xA3,
        0xAC, 0xB8, 0xC4, 0xD4, 0xEC, 0xCE, 0xA3, 0xB7, 0xBF, 0x31, 0x33, 0x32, 0xBB, 0xA7, 0xA3, 0xAC,
        0xB7, 0xA2, 0xD5, 0xB9, 0xD3, 0xCD, 0xB2, 0xE8, 0x31, 0x32, 0x36, 0x30, 0xC4, 0xB6, 0xA1, 0xA2,
        0xBF, 0xBE, 0xD1, 0xCC, 0x33, 0x35, 0x30, 0x30, 0xC4, 0xB6, 0xA1, 0xA3,
    ]

    /// `traditional` encoded by Python's `str.encode('big5')`. These bytes also decode without error
    /// as GB18030 (and the GB18030 bytes above as Big5), so detection has to score the text.
    static let traditionalBig5: [UInt8] = [
        0xAD, 0x5A, 0xC4, 0xF5, 0xC2, 0xED, 0xC4, 0x59, 0xAE, 0xE6, 0xAB, 0xF6, 0xB7, 0xD3, 0xA1, 0xA7,
        0xA4, 0x40, 0xB9, 0x46, 0xBC, 0xD0, 0xA8, 0xE2, 0xA4, 0xA3, 0xB7, 0x54, 0xA4, 0x54, 0xAB, 0x4F,
        0xBB, 0xD9, 0xA1, 0xA8, 0xAA, 0xBA, 0xBC, 0xD0, 0xB7, 0xC7, 0xA1, 0x41, 0xA5, 0xFE, 0xAD, 0xB1,
        0xA7, 0xB9, 0xA6, 0xA8, 0x32, 0x34, 0x38, 0xA4, 0xE1, 0x37, 0x30, 0x30, 0xA4, 0x48, 0xAA, 0xBA,
        0xA1, 0xA7, 0xA4, 0x40, 0xA4, 0xE1, 0xA4, 0x40, 0xAE, 0xD7, 0xA1, 0xA8, 0xA1, 0x43, 0xA5, 0xFE,
        0xC2, 0xED, 0xB5, 0x6F, 0xAE, 0x69, 0xAE, 0xE1, 0xB6, 0xE9, 0xB9, 0x46, 0x36, 0x35, 0x30, 0x30,
        0xBE, 0x6C, 0xAF, 0x61, 0xA1, 0x41, 0xB2, 0xA3, 0xB7, 0x7E, 0xBF, 0xE7, 0xAE, 0x67, 0xB1, 0x61,
        0xB0, 0xCA, 0xB9, 0x41, 0xA4, 0xE1, 0x32, 0x35, 0x30, 0x30, 0xBE, 0x6C, 0xA4, 0xE1, 0x38, 0x37,
        0x35, 0x30, 0xBE, 0x6C, 0xA4, 0x48, 0xA1, 0x41, 0xB9, 0xEA, 0xB2, 0x7B, 0xA4, 0x48, 0xA7, 0xA1,
        0xA6, 0x7E, 0xA6, 0xAC, 0xA4, 0x4A, 0x36, 0x30, 0x30, 0x30, 0xA4, 0xB8, 0xA5, 0x48, 0xA4, 0x57,
        0xA1, 0x46, 0xA6, 0x40, 0xB9, 0xEA, 0xB2, 0x7B, 0xA9, 0xF6, 0xA6, 0x61, 0xA7, 0xDF, 0xB3, 0x68,
        0xB7, 0x68, 0xBE, 0x45, 0x33, 0x31, 0x34, 0xA4, 0xE1, 0x31, 0x32, 0x39, 0x32, 0xA4, 0x48, 0xA1,
        0x41, 0xA8, 0xE4, 0xA4, 0xA4, 0xB3, 0x68, 0xA7, 0x78, 0xA4, 0xE1, 0x32, 0x35, 0x33, 0xA4, 0xE1,
        0x39, 0x38, 0x31, 0xA4, 0x48, 0xA1, 0x41, 0xA4, 0x4A, 0xA6, 0xED, 0xB2, 0x76, 0xB9, 0x46, 0x31,
        0x30, 0x30, 0x25, 0xA1, 0x43,
    ]

    /// Text with an astral character (a surrogate pair in UTF-16) and ASCII (zero bytes in UTF-16).
    static let mixed = "全镇2019年共有贫困户1451户，𠀀 A-1，100%。"

    /// `text` in UTF-16 code units written by hand (not by iconv), in either byte order.
    static func utf16Bytes(_ text: String, bigEndian: Bool, byteOrderMark: Bool) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMarkRoundTrips(bigEndian: Bool) {
        let bytes = Self.utf16Bytes(Self.mixed, bigEndian: bigEndian, byteOrderMark: true)
        let name = bigEndian ? "utf-16be with BOM" : "utf-16le with BOM"
        let expected = EncodingDetector.Outcome.text(Array(Self.mixed.unicodeScalars), encoding: name)
        #expect(EncodingDetector.decode(bytes, encoding: nil) == expected)
        #expect(EncodingDetector.decode(bytes, encoding: bigEndian ? .utf16BE : .utf16LE) == expected)
    }

    @Test func utf16WithoutByteOrderMarkIsReadWhenDeclared() {
        let bytes = Self.utf16Bytes(Self.mixed, bigEndian: false, byteOrderMark: false)
        #expect(EncodingDetector.decode(bytes, encoding: .utf16LE) == .text(Array(Self.mixed.unicodeScalars), encoding: "utf-16le"))
        // Undeclared and without a BOM, the zero byte of an ASCII character makes it binary.
        let leadingDigits = Self.utf16Bytes("2019年", bigEndian: false, byteOrderMark: false)
        #expect(EncodingDetector.decode(leadingDigits, encoding: nil) == .binary(byteOffset: 1))
    }

    @Test(arguments: [false, true])
    func utf16WithOddLengthIsInvalidAtTheLastByte(bigEndian: Bool) {
        let bytes = Self.utf16Bytes("甲乙", bigEndian: bigEndian, byteOrderMark: true) + [0x41]
        #expect(bytes.count == 7)
        #expect(EncodingDetector.decode(bytes, encoding: nil) == .invalid(byteOffset: 6, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE"))
    }

    @Test func utf16LoneSurrogateIsInvalidAtItsCodeUnit() {
        // BOM, 甲, then a high surrogate followed by 乙 instead of a low surrogate.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x32, 0x75, 0x40, 0xD8, 0x59, 0x4E]
        #expect(EncodingDetector.decode(bytes, encoding: nil) == .invalid(byteOffset: 4, encoding: "UTF-16LE"))
    }

    @Test func utf16NulCharacterIsBinaryAtItsByteOffset() {
        // After the BOM: 𠀀 (two code units), A, then U+0000.
        let bytes = Self.utf16Bytes("𠀀A\u{0}B", bigEndian: false, byteOrderMark: true)
        #expect(EncodingDetector.decode(bytes, encoding: nil) == .binary(byteOffset: 8))
    }

    @Test func gb18030RoundTripsDeclaredAndDetected() {
        let expected = EncodingDetector.Outcome.text(Array(Self.simplified.unicodeScalars), encoding: "gb18030")
        #expect(EncodingDetector.decode(Self.simplifiedGB18030, encoding: .gb18030) == expected)
        #expect(EncodingDetector.decode(Self.simplifiedGB18030, encoding: nil) == expected)
        // GBK holds every character of the sample, so declaring it reads the same text.
        #expect(EncodingDetector.decode(Self.simplifiedGB18030, encoding: .gbk) == .text(Array(Self.simplified.unicodeScalars), encoding: "gbk"))
    }

    @Test func big5RoundTripsDeclaredAndDetected() {
        let expected = EncodingDetector.Outcome.text(Array(Self.traditional.unicodeScalars), encoding: "big5")
        #expect(EncodingDetector.decode(Self.traditionalBig5, encoding: .big5) == expected)
        #expect(EncodingDetector.decode(Self.traditionalBig5, encoding: nil) == expected)
    }

    @Test func bothSamplesAreAmbiguousSoDetectionScoresThem() {
        // Each sample decodes without error in the other encoding, into mojibake...
        guard case .text(let big5AsGB, _) = EncodingDetector.decode(Self.traditionalBig5, encoding: .gb18030),
              case .text(let gbAsBig5, _) = EncodingDetector.decode(Self.simplifiedGB18030, encoding: .big5) else {
            Issue.record("expected both samples to decode in the other encoding")
            return
        }
        // ...which scores far below the real text.
        let right = [Self.simplified, Self.traditional].map { ChineseTextScore.score(Array($0.unicodeScalars)) }
        let wrong = [big5AsGB, gbAsBig5].map(ChineseTextScore.score)
        #expect(right.allSatisfy { $0 > 0.8 })
        #expect(wrong.allSatisfy { $0 < 0.5 })
    }

    @Test func undecodableByteInDeclaredGB18030NamesItsOffset() {
        var bytes = Self.simplifiedGB18030
        // 0xFF is never valid in GB18030; put it between two characters.
        let offset = 40
        bytes.insert(0xFF, at: offset)
        #expect(EncodingDetector.decode(bytes, encoding: .gb18030) == .invalid(byteOffset: offset, encoding: "GB18030"))
    }

    @Test func truncatedGB18030SequenceAtTheEndIsInvalidThere() {
        let bytes = Self.simplifiedGB18030 + [0xB0]
        #expect(EncodingDetector.decode(bytes, encoding: .gb18030) == .invalid(byteOffset: bytes.count - 1, encoding: "GB18030"))
    }

    /// Undeclared UTF-8 is decoded natively; it must give what iconv gives for declared UTF-8,
    /// and leave what is not UTF-8 (surrogates, overlongs, beyond U+10FFFF) to detection.
    @Test func nativeUTF8AgreesWithIconv() {
        let text = Self.simplified + Self.traditional + "\u{1}\t\u{7F}\u{80}\u{7FF}\u{800}\u{FFFD}\u{FFFE}\u{10000}😀\u{10FFFF}"
        let bytes = Array(text.utf8)
        #expect(EncodingDetector.decode(bytes, encoding: nil) == .text(Array(text.unicodeScalars), encoding: "utf-8"))
        #expect(EncodingDetector.decode(bytes, encoding: nil) == EncodingDetector.decode(bytes, encoding: .utf8))
        for notUTF8: [UInt8] in [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE5, 0x85]] {
            guard case .text(_, let encoding) = EncodingDetector.decode(Array("全".utf8) + notUTF8, encoding: nil) else { continue }
            #expect(encoding != "utf-8", "\(notUTF8) read as UTF-8")
        }
    }

    @Test func utf8KeepsTheExistingDecoderBehaviour() {
        #expect(EncodingDetector.decode([0xEF, 0xBB, 0xBF] + Array("甲\r\n乙".utf8), encoding: nil)
            == .text(Array("甲\r\n乙".unicodeScalars), encoding: "utf-8 with BOM"))
        #expect(EncodingDetector.decode(Array("甲乙".utf8), encoding: nil) == .text(["甲", "乙"], encoding: "utf-8"))
        #expect(EncodingDetector.decode(Array("全".utf8) + [0xFF, 0x41], encoding: nil) == .invalid(byteOffset: 3, encoding: "UTF-8"))
        #expect(EncodingDetector.decode([0x41, 0x00, 0x42], encoding: nil) == .binary(byteOffset: 1))
        #expect(EncodingDetector.decode([], encoding: nil) == .text([], encoding: "utf-8"))
    }

    @Test(arguments: [
        ([0xC0, 0x80], 0),                    // overlong NUL
        ([0x41, 0xED, 0xA0, 0x80], 1),        // UTF-16 surrogate
        ([0x41, 0x42, 0xF4, 0x90, 0x80, 0x80], 2), // above U+10FFFF
        ([0xE5, 0x85, 0x41], 0),              // cut-off sequence
    ] as [([UInt8], Int)])
    func declaredUTF8RejectsWhatTheExistingDecoderRejects(bytes: [UInt8], offset: Int) {
        #expect(EncodingDetector.decode(bytes, encoding: .utf8) == .invalid(byteOffset: offset, encoding: "UTF-8"))
    }

    @Test func nulByteInGB18030IsBinary() {
        var bytes = Self.simplifiedGB18030
        bytes.insert(0x00, at: 40)
        #expect(EncodingDetector.decode(bytes, encoding: nil) == .binary(byteOffset: 40))
        #expect(EncodingDetector.decode(bytes, encoding: .gb18030) == .binary(byteOffset: 40))
    }

    @Test func outputBufferGrowsWhenIconvRunsOutOfRoom() {
        let result = IconvConversion.convert(Array(Self.simplified.utf8), range: 0..<Self.simplified.utf8.count, from: ["UTF-8"], initialCapacity: 1)
        #expect(result == .scalars(Array(Self.simplified.unicodeScalars)))
    }

    @Test func declaredNamesAreReadLeniently() {
        #expect(DeclaredEncoding(name: "UTF-8") == .utf8)
        #expect(DeclaredEncoding(name: "utf16le") == .utf16LE)
        #expect(DeclaredEncoding(name: "UTF_16BE") == .utf16BE)
        #expect(DeclaredEncoding(name: "GB2312") == .gbk)
        #expect(DeclaredEncoding(name: "cp950") == .big5)
        #expect(DeclaredEncoding(name: "latin1") == nil)
        #expect(DeclaredEncoding.allCases.map(\.rawValue) == ["utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "big5"])
    }
}
