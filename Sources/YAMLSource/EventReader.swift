import CYAML

/// Owns one libyaml parser and its input, and hands out events one at a time.
///
/// A class so that `deinit` frees the parser and input on every path, thrown errors included.
final class EventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    // libyaml reads the input in place for the whole parse, so it needs a stable copy.
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let path: String
    private var initialized = false
    /// The mark of the end of the text. libyaml moves marks at the end of a text without a final
    /// line break onto a line the text lacks; they are pulled back to here.
    private let endMark: YAMLMark
    /// The length of the text in bytes (the buffer holds at least one byte, even for an empty text).
    private let byteCount: Int

    init(text: String, path: String) throws(YAMLDiagnostic) {
        self.path = path
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        let bytes = text.utf8
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        byteCount = bytes.count
        endMark = Self.mark(byteOffset: bytes.count, in: UnsafeBufferPointer(rebasing: input[0..<bytes.count]))
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLDiagnostic(path: path, mark: nil, message: "cannot initialise the YAML parser: out of memory")
        }
        initialized = true
        // The text is already UTF-8; stop libyaml from guessing from a BOM.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        if initialized { yaml_parser_delete(parser) }
        parser.deinitialize(count: 1)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event; after `.streamEnd` libyaml returns no more events.
    func next() throws(YAMLDiagnostic) -> ParseEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw currentError() }
        defer { yaml_event_delete(&event) }

        let reported = Self.mark(event.start_mark)
        let mark = reported > endMark ? endMark : reported
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_STREAM_END_EVENT:
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            // An explicit tag (`!!str null`) clears plain_implicit: such a scalar must not be typed from its text.
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.plain_implicit != 0
            return .scalar(text, plain: plain, anchor: Self.string(scalar.anchor), mark: mark)
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: Self.string(event.data.sequence_start.anchor), mark: mark)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: Self.string(event.data.mapping_start.anchor), mark: mark)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        case YAML_ALIAS_EVENT:
            return .alias(Self.string(event.data.alias.anchor) ?? "", mark: mark)
        default:
            throw YAMLDiagnostic(path: path, mark: mark, message: "unexpected libyaml event \(event.type.rawValue)")
        }
    }

    private func currentError() -> YAMLDiagnostic {
        let error = parser.pointee
        var message = error.problem.map { String(cString: $0) } ?? "out of memory"
        if let context = error.context {
            message += " " + String(cString: context)
        }
        let mark: YAMLMark
        if error.error == YAML_READER_ERROR {
            // Reader errors carry only a byte offset, not a mark.
            if error.problem_value != -1 {
                let hex = String(UInt32(bitPattern: error.problem_value), radix: 16, uppercase: true)
                message += " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
            }
            mark = Self.mark(byteOffset: error.problem_offset, in: UnsafeBufferPointer(rebasing: input[0..<byteCount]))
        } else {
            // Parser errors without a problem position still have a context position.
            let useContext = error.problem_mark.line == 0 && error.problem_mark.column == 0
                && error.problem_mark.index == 0 && error.context != nil
            let reported = Self.mark(useContext ? error.context_mark : error.problem_mark)
            // At the end of input libyaml reports the line after the last one ("\n{" gives 3:1);
            // a position must be inside the file (found by fuzzing).
            mark = reported > endMark ? endMark : reported
        }
        return YAMLDiagnostic(path: path, mark: mark, message: message)
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The line and scalar column of a byte offset, treating LF, CRLF and lone CR as line breaks as libyaml does.
    private static func mark(byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLMark {
        var line = 1
        var column = 1
        var index = 0
        let end = min(byteOffset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
                line += 1
                column = 1
            } else if let length = unicodeLineBreakLength(at: index, in: bytes), index + length <= end {
                // libyaml's own marks count NEL, LS and PS as line breaks; reader errors must agree.
                line += 1
                column = 1
                index += length
                continue
            } else if byte & 0xC0 != 0x80, byte != UInt8(ascii: "\r") {
                // Continuation bytes belong to the scalar already counted.
                column += 1
            }
            index += 1
        }
        return YAMLMark(line: line, column: column)
    }

    /// The byte length of a NEL (U+0085), LS (U+2028) or PS (U+2029) starting at `index`, if one does.
    private static func unicodeLineBreakLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return 2 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
           bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
            return 3
        }
        return nil
    }
}
