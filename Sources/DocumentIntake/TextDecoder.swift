/// Decodes document bytes into Unicode scalars, keeping the byte offset of the first bad byte.
public enum TextDecoding {
    /// The outcome of decoding: scalars, or the byte offset where decoding failed.
    public enum Outcome: Equatable {
        /// Decoded scalars, with a leading byte-order mark removed.
        case text([Unicode.Scalar], encoding: String)
        /// The bytes are not valid UTF-8 from this byte offset.
        case invalid(byteOffset: Int)
        /// A NUL byte at this offset marks the file as binary.
        case binary(byteOffset: Int)
    }

    /// Decodes UTF-8, with or without a byte-order mark, in one pass that also validates.
    public static func decodeUTF8(_ bytes: [UInt8]) -> Outcome {
        var start = 0
        var encoding = "utf-8"
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
            encoding = "utf-8 with BOM"
        }
        // Scalars are written into uninitialized storage (at most one per byte): appending one at a
        // time checked capacity and uniqueness at every character of every document.
        var failure: Outcome?
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count - start) { output, written in
            failure = bytes.withUnsafeBufferPointer { buffer -> Outcome? in
                var index = start
                var count = 0
                let end = buffer.count
                defer { written = count }
                while index < end {
                    let lead = buffer[index]
                    if lead < 0x80 {
                        if lead == 0 { return .binary(byteOffset: index) }
                        output[count] = Unicode.Scalar(lead)
                        count += 1
                        index += 1
                        continue
                    }
                    // Three bytes, most of a Chinese text, take a straight path: both continuation
                    // bytes, no overlong form (at least 0x800), no surrogate (0xD800-0xDFFF).
                    if lead & 0xF0 == 0xE0, index + 2 < end {
                        let second = buffer[index + 1]
                        let third = buffer[index + 2]
                        let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                        if second & 0xC0 == 0x80, third & 0xC0 == 0x80, value >= 0x800, value & 0xF800 != 0xD800 {
                            // Valid by the tests above: a bit cast spares checking it again.
                            output[count] = unsafeBitCast(value, to: Unicode.Scalar.self)
                            count += 1
                            index += 3
                            continue
                        }
                    }
                    let (length, minimum): (Int, UInt32)
                    switch lead {
                    case 0xC2...0xDF: (length, minimum) = (2, 0x80)
                    case 0xE0...0xEF: (length, minimum) = (3, 0x800)
                    case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
                    default: return .invalid(byteOffset: index)
                    }
                    guard index + length <= end else { return .invalid(byteOffset: index) }
                    var value = UInt32(lead) & (0xFF >> (length + 1))
                    for next in 1..<length {
                        let byte = buffer[index + next]
                        guard byte & 0xC0 == 0x80 else { return .invalid(byteOffset: index) }
                        value = value << 6 | UInt32(byte & 0x3F)
                    }
                    guard value >= minimum, let scalar = Unicode.Scalar(value) else {
                        return .invalid(byteOffset: index)
                    }
                    output[count] = scalar
                    count += 1
                    index += length
                }
                return nil
            }
        }
        return failure ?? .text(scalars, encoding: encoding)
    }
}
