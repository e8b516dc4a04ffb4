#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes to Unicode scalars with the C library's iconv, keeping the byte offset of a failure.
enum IconvConversion {
    /// The outcome of one conversion.
    enum Result: Equatable {
        /// Every byte converted.
        case scalars([Unicode.Scalar])
        /// The byte at this offset (into the whole file) starts an invalid or truncated sequence.
        case failed(byteOffset: Int)
        /// iconv knows none of the charset names.
        case unsupported
    }

    /// iconv's name for the scalar values of the host, so its output is already a `UInt32` array.
    private static let hostUTF32: String = {
        #if _endian(little)
        return "UTF-32LE"
        #else
        return "UTF-32BE"
        #endif
    }()

    /// Converts `bytes[range]` from the first of `charsets` that iconv can open.
    ///
    /// Offsets in `.failed` count from the start of `bytes`, not of `range`. `initialCapacity`, in
    /// scalars, defaults to one per input byte, which no supported charset exceeds; tests lower it.
    static func convert(_ bytes: [UInt8], range: Range<Int>, from charsets: [String], initialCapacity: Int? = nil) -> Result {
        for charset in charsets {
            guard let descriptor = open(from: charset) else { continue }
            // iconv_close on every path, including the early returns inside `run`.
            defer { _ = iconv_close(descriptor) }
            return bytes.withUnsafeBufferPointer { buffer in
                UnsafeBufferPointer(rebasing: buffer[range]).withMemoryRebound(to: CChar.self) { input in
                    run(descriptor, input: input, firstOffset: range.lowerBound, capacity: initialCapacity ?? input.count + 4)
                }
            }
        }
        return .unsupported
    }

    /// Opens a converter from `charset` to host-order UTF-32, or nil when iconv does not know the name.
    private static func open(from charset: String) -> iconv_t? {
        let descriptor = iconv_open(hostUTF32, charset)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        return descriptor
    }

    /// Runs an open converter over `input`, growing the output buffer when iconv reports E2BIG.
    private static func run(_ descriptor: iconv_t, input: UnsafeBufferPointer<CChar>, firstOffset: Int, capacity initial: Int) -> Result {
        guard let inputStart = input.baseAddress, input.count > 0 else { return .scalars([]) }
        let unit = MemoryLayout<UInt32>.size
        var capacity = max(initial, 1)
        var output = UnsafeMutableRawPointer.allocate(byteCount: capacity * unit, alignment: MemoryLayout<UInt32>.alignment)
        defer { output.deallocate() }

        // iconv's prototype takes `char **` for the input although it never writes through it.
        let start = UnsafeMutablePointer(mutating: inputStart)
        var inPointer: UnsafeMutablePointer<CChar>? = start
        var inLeft = input.count
        var outPointer: UnsafeMutablePointer<CChar>? = output.bindMemory(to: CChar.self, capacity: capacity * unit)
        var outLeft = capacity * unit

        while true {
            let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            if status != -1 {
                // A stateless charset has nothing to flush, but the call is cheap and keeps stateful ones right.
                _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
                break
            }
            let failure = errno
            if failure == E2BIG {
                let written = capacity * unit - outLeft
                let grown = capacity * 2
                let larger = UnsafeMutableRawPointer.allocate(byteCount: grown * unit, alignment: MemoryLayout<UInt32>.alignment)
                larger.copyMemory(from: output, byteCount: written)
                output.deallocate()
                output = larger
                capacity = grown
                outPointer = (larger + written).bindMemory(to: CChar.self, capacity: grown * unit - written)
                outLeft = grown * unit - written
                continue
            }
            // EILSEQ (invalid sequence) and EINVAL (sequence cut off by the end) both leave the input
            // pointer on the first byte of the sequence that could not be converted.
            let consumed = inPointer.map { $0 - start } ?? 0
            return .failed(byteOffset: firstOffset + consumed)
        }

        let count = (capacity * unit - outLeft) / unit
        let values = UnsafeRawPointer(output).bindMemory(to: UInt32.self, capacity: count)
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { destination, initialized in
            for index in 0..<count {
                // iconv emits only scalar values; the fallback keeps this total should a converter misbehave.
                destination.initializeElement(at: index, to: Unicode.Scalar(values[index]) ?? "\u{FFFD}")
            }
            initialized = count
        }
        return .scalars(scalars)
    }
}
