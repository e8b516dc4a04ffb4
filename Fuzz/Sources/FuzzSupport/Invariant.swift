import AuditCore
import Extraction
import Foundation

/// Invariant failures to let pass: `FUZZ_IGNORE`, substrings of their messages separated by `|`, so
/// that fuzzing can go past a reported bug until it is fixed.
let ignored: [String] = (ProcessInfo.processInfo.environment["FUZZ_IGNORE"] ?? "")
    .split(separator: "|").map(String.init)

/// Stops the run with `message` when an invariant does not hold, so that libFuzzer records the
/// input as a crash (the message is printed above libFuzzer's "deadly signal" line). Returns
/// whether it held, for checks that cannot go on without it.
@discardableResult @inline(__always)
public func invariant(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) -> Bool {
    if condition() { return true }
    let text = message()
    if !ignored.contains(where: { text.contains($0) }) {
        fatalError("invariant failed: \(text)", file: file, line: line)
    }
    return false
}

/// The fuzzer's input as a byte array.
public func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}

/// The fuzzer's input decoded as UTF-8, each invalid sequence replaced by U+FFFD.
public func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// Invariants of a span inside a text: in bounds, and its line and column those the text gives it.
public func checkSpan(_ span: SourceSpan, in text: SourceText, _ what: @autoclosure () -> String) {
    guard invariant(span.offset >= 0 && span.length >= 0 && span.end <= text.count,
                    "\(what()): span \(span.offset)+\(span.length) outside a text of \(text.count) scalars")
    else { return }
    let expected = text.span(span.range)
    invariant(span.line == expected.line && span.column == expected.column,
              "\(what()): span at \(span.line):\(span.column), the text puts offset \(span.offset) at \(expected.line):\(expected.column)")
}

/// Invariants of an interval: no NaN end, ends in order, and not empty.
public func checkInterval(_ interval: Interval, _ what: @autoclosure () -> String) {
    let ends = [interval.lower, interval.upper].compactMap { $0 }
    guard invariant(!ends.contains(where: \.isNaN), "\(what()): interval \(interval) has a NaN end") else { return }
    if let lower = interval.lower, let upper = interval.upper {
        invariant(lower <= upper, "\(what()): interval \(interval) has lower > upper")
        invariant(lower < upper || (interval.lowerClosed && interval.upperClosed),
                  "\(what()): interval \(interval.lowerClosed ? "[" : "(")\(lower), \(upper)\(interval.upperClosed ? "]" : ")") is empty")
    }
}

/// Invariants of an extracted figure: its span lies within the text, `text[span] == figure.text`
/// scalar for scalar, its clause and sentence lie within the text, its interval is well formed.
public func checkFigure(_ figure: Figure, in text: SourceText, index: Int) {
    func what() -> String { "figure #\(index) '\(figure.text)' (\(figure.qualifier.rawValue))" + precisionNote(figure.text) }
    checkSpan(figure.span, in: text, what())
    guard figure.span.offset >= 0, figure.span.length >= 0, figure.span.end <= text.count else { return }
    let written = Array(figure.text.unicodeScalars)
    invariant(Array(text.scalars[figure.span.range]) == written,
              "\(what()): text[span] is '\(text.string(figure.span.range))'")
    for (name, range) in [("clause", figure.clause), ("sentence", figure.sentence)] {
        invariant(range.lowerBound >= 0 && range.upperBound <= text.count,
                  "\(what()): \(name) \(range) outside a text of \(text.count) scalars")
    }
    if let interval = figure.interval { checkInterval(interval, what()) }
    if let value = figure.value { invariant(!value.isNaN, "\(what()): value is NaN") }
}

/// Invariants of a whole extraction: figures in bounds, in text order, non-figures in bounds.
public func checkExtraction(_ extracted: ExtractedDocument) {
    let text = extracted.text
    var previous: SourceSpan?
    for (index, figure) in extracted.figures.enumerated() {
        checkFigure(figure, in: text, index: index)
        if let previous {
            invariant(!(figure.span < previous), "figure #\(index) '\(figure.text)' comes before the one ahead of it")
        }
        previous = figure.span
    }
    for (index, nonFigure) in extracted.nonFigures.enumerated() {
        let what = "non-figure #\(index) '\(nonFigure.text)'"
        checkSpan(nonFigure.span, in: text, what)
        guard nonFigure.span.offset >= 0, nonFigure.span.length >= 0, nonFigure.span.end <= text.count else { continue }
        invariant(Array(text.scalars[nonFigure.span.range]) == Array(nonFigure.text.unicodeScalars),
                  "\(what): text[span] is '\(text.string(nonFigure.span.range))'")
    }
}

/// " [over 38 digits]" for a text with more digits than `Decimal` holds exactly, so that the failures
/// this one reported cause gives (NaN, empty intervals) can be told apart and let pass with FUZZ_IGNORE.
public func precisionNote(_ text: some StringProtocol) -> String {
    let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) || ("０"..."９").contains($0) }.count
    return digits > 38 ? " [over 38 digits]" : ""
}
