import AuditCore

/// Finds the shapes of numbers that are not figures before numerals are read: dates with
/// separators, times, map scales, phone numbers, document numbers and short quoted codes.
///
/// These are found on the raw text because a numeral reader would misread them ("14.07.2016"
/// as the decimal 14.07); the extractor skips the ranges they cover.
enum NonFigureScanner {
    /// Non-figures found by shape, in text order.
    static func scan(_ text: SourceText) -> [NonFigure] {
        let scalars = text.scalars
        var found: [NonFigure] = []
        var index = 0
        while index < scalars.count {
            guard isASCIIDigit(scalars[index]), index == 0 || !isASCIIDigit(scalars[index - 1]) else {
                index += 1
                continue
            }
            if let (kind, end) = shape(at: index, scalars) {
                found.append(NonFigure(kind: kind, text: text.string(index..<end), span: text.span(index..<end)))
                index = end
            } else {
                index += 1
            }
        }
        found += documentNumbers(text)
        return found.sorted { $0.span < $1.span }
    }

    /// Ranges of short quoted segments (“32215”, "1+15+109"): numbers inside them are codes or slogans.
    static func shortQuotes(_ scalars: [Unicode.Scalar], maxLength: Int = 16) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            let open = scalars[index]
            let close: Unicode.Scalar? = switch open {
            case "“": "”"
            case "「": "」"
            case "『": "』"
            case "\"": "\""
            case "《": "》"
            default: nil
            }
            guard let close else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, end - index <= maxLength + 1, scalars[end] != close, scalars[end] != "\n" { end += 1 }
            if end < scalars.count, scalars[end] == close, end - index - 1 <= maxLength {
                ranges.append((index + 1)..<end)
                index = end + 1
            } else {
                index += 1
            }
        }
        return ranges
    }

    private static func shape(at start: Int, _ scalars: [Unicode.Scalar]) -> (NonFigure.Kind, Int)? {
        let first = digitRun(scalars, from: start)
        guard first.upperBound < scalars.count else { return phone(first, scalars) }
        let separator = scalars[first.upperBound]
        // Dates: 2019-1-7, 2019/1/7, 2019.01.07, 14.07.2016.
        if separator == "-" || separator == "/" || separator == "." {
            let second = digitRun(scalars, from: first.upperBound + 1)
            if !second.isEmpty, second.upperBound < scalars.count, scalars[second.upperBound] == separator {
                let third = digitRun(scalars, from: second.upperBound + 1)
                let lengths = (first.count, second.count, third.count)
                if !third.isEmpty, second.count <= 2,
                   (lengths.0 == 4 && third.count <= 2) || (lengths.0 <= 2 && third.count == 4) {
                    return (.date, third.upperBound)
                }
            }
        }
        // Times 15:41 and map scales 1:6000 / 1∶6000.
        if separator == ":" || separator == "：" || separator == "∶" {
            let second = digitRun(scalars, from: first.upperBound + 1)
            if !second.isEmpty {
                if first.count == 1, scalars[first.lowerBound] == "1", second.count >= 3 { return (.mapScale, second.upperBound) }
                if separator != "∶", first.count <= 2, second.count == 2,
                   let hour = Int(String(String.UnicodeScalarView(scalars[first]))), hour < 24,
                   let minute = Int(String(String.UnicodeScalarView(scalars[second]))), minute < 60 {
                    return (.time, second.upperBound)
                }
            }
        }
        // Landline numbers: 0xxx-xxxxxxx.
        if separator == "-", scalars[first.lowerBound] == "0", (3...4).contains(first.count) {
            let second = digitRun(scalars, from: first.upperBound + 1)
            if (7...8).contains(second.count) { return (.phone, second.upperBound) }
        }
        return phone(first, scalars)
    }

    private static func phone(_ run: Range<Int>, _ scalars: [Unicode.Scalar]) -> (NonFigure.Kind, Int)? {
        // Mobile numbers: eleven digits starting with 1, not part of a longer number.
        if run.count == 11, scalars[run.lowerBound] == "1",
           run.upperBound == scalars.count || (scalars[run.upperBound] != "." && scalars[run.upperBound] != "万") {
            return (.phone, run.upperBound)
        }
        return nil
    }

    /// 〔2018〕16号, [2018]16号, 【2018】16号: the year and the number are one document number.
    private static func documentNumbers(_ text: SourceText) -> [NonFigure] {
        let scalars = text.scalars
        var found: [NonFigure] = []
        for index in scalars.indices where ["〔", "[", "【", "［"].contains(scalars[index]) {
            let year = digitRun(scalars, from: index + 1)
            guard year.count == 4, year.upperBound < scalars.count,
                  ["〕", "]", "】", "］"].contains(scalars[year.upperBound]) else { continue }
            let number = digitRun(scalars, from: year.upperBound + 1)
            guard !number.isEmpty, number.upperBound < scalars.count, scalars[number.upperBound] == "号" else { continue }
            let range = index..<(number.upperBound + 1)
            found.append(NonFigure(kind: .documentNumber, text: text.string(range), span: text.span(range)))
        }
        return found
    }

    static func digitRun(_ scalars: [Unicode.Scalar], from start: Int) -> Range<Int> {
        var end = start
        while end < scalars.count, isASCIIDigit(scalars[end]) { end += 1 }
        return start..<end
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
