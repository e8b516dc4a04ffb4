import AuditChecks
import AuditCore
import DocumentIntake
import Extraction
import Foundation

/// Invariants of an audit: every finding, related span and verification lies within the text.
public func checkAudit(_ audit: DocumentAudit, text: SourceText) {
    for (index, finding) in audit.findings.enumerated() {
        let what = "finding #\(index) [\(finding.check)] '\(finding.message)'"
        if let span = finding.span { checkSpan(span, in: text, what) }
        for related in finding.related { checkSpan(related, in: text, "\(what), related span") }
    }
    for (index, verification) in audit.verified.enumerated() {
        let what = "verification #\(index) [\(verification.check)]"
        checkSpan(verification.span, in: text, what)
        for related in verification.related { checkSpan(related, in: text, "\(what), related span") }
    }
    for item in audit.unevaluated {
        if let span = item.span { checkSpan(span, in: text, "unevaluated [\(item.check)]") }
    }
}

/// Invariants of the UTF-8 decoder, checked against the standard library's own validation:
/// it accepts exactly the valid UTF-8 without NUL, gives the same scalars, and puts a failure at
/// the first byte that is not valid (or at the first NUL).
public func checkDecoding(_ raw: [UInt8]) {
    let bom = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = raw[bom...]
    switch TextDecoding.decodeUTF8(raw) {
    case .text(let scalars, _):
        invariant(!body.contains(0), "decodeUTF8 accepted a NUL byte")
        guard let reference = String(validating: body, as: UTF8.self) else {
            invariant(false, "decodeUTF8 accepted bytes that are not valid UTF-8")
            return
        }
        invariant(Array(reference.unicodeScalars) == scalars, "decodeUTF8 gave other scalars than the standard library")
    case .invalid(let offset):
        invariant(offset >= bom && offset < raw.count, "decodeUTF8: invalid byte offset \(offset) outside \(bom)..<\(raw.count)")
        let prefix = raw[bom..<offset]
        invariant(!prefix.contains(0), "decodeUTF8: a NUL before the invalid byte at \(offset) went unreported")
        invariant(String(validating: prefix, as: UTF8.self) != nil, "decodeUTF8: the bytes before offset \(offset) are not valid either")
        invariant(String(validating: body, as: UTF8.self) == nil, "decodeUTF8 rejected valid UTF-8 at byte \(offset)")
    case .binary(let offset):
        invariant(offset >= bom && offset < raw.count && raw[offset] == 0, "decodeUTF8: binary at \(offset), which is not a NUL byte")
        let prefix = raw[bom..<offset]
        invariant(!prefix.contains(0), "decodeUTF8: an earlier NUL than \(offset) went unreported")
        invariant(String(validating: prefix, as: UTF8.self) != nil, "decodeUTF8: invalid bytes before the NUL at \(offset) went unreported")
    }
}

/// Invariants of the numeral scanner over `range`: readings in order, not overlapping, non-empty,
/// inside the range, with well-formed masks.
public func checkScan(_ scalars: [Unicode.Scalar], in range: Range<Int>) {
    let readings = NumeralReader.scan(scalars, in: range)
    var lastEnd = range.lowerBound
    for reading in readings {
        func what() -> String {
            "numeral at \(reading.range)" + precisionNote(String(String.UnicodeScalarView(scalars[reading.range.clamped(to: 0..<scalars.count)])))
        }
        invariant(!reading.range.isEmpty, "\(what()) is empty")
        invariant(reading.range.lowerBound >= lastEnd, "\(what()) overlaps or precedes the one before, which ends at \(lastEnd)")
        invariant(reading.range.upperBound <= range.upperBound, "\(what()) runs past the scanned range \(range)")
        invariant(!reading.value.isNaN && !reading.resolution.isNaN && !reading.approximationStep.isNaN, "\(what()) has a NaN")
        if let mask = reading.masked, let lower = mask.lower, let upper = mask.upper {
            invariant(lower <= upper, "\(what()): mask bounds \(lower) > \(upper)")
        }
        lastEnd = reading.range.upperBound
    }
}
