import AuditChecks
import AuditCore
import DocumentIntake
import Extraction
import FuzzSupport

/// The engine with the default suite, built on the first input.
let engine = AuditEngine(suite: Fixtures.defaultSuite)

/// Bytes -> UTF-8 (checked against the standard library, then decoded with replacement) -> numerals,
/// figures and the default check suite; tables too when the first line has a comma or a tab.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = bytes(data, size)
    checkDecoding(raw)

    let text = SourceText(String(decoding: raw, as: UTF8.self))
    let scalars = text.scalars
    checkScan(scalars, in: 0..<scalars.count)
    // A range cut out of the middle, as the extractor scans sentence by sentence.
    checkScan(scalars, in: (scalars.count / 3)..<(scalars.count - scalars.count / 4))

    let extracted = FigureExtractor.extract(text)
    checkExtraction(extracted)
    let audit = engine.audit(Document(id: "fuzz", path: "fuzz.txt", sha256: "", text: text), extracted: extracted)
    checkAudit(audit, text: text)

    let firstLine = scalars.prefix { $0 != "\n" && $0 != "\r" }
    if firstLine.contains(",") || firstLine.contains("\t") {
        let tabs = firstLine.contains("\t")
        let table = TableReader.read(text, tabs: tabs)
        checkExtraction(table)
        if let data = table.table {
            for record in data.records + (data.total.map { [$0] } ?? []) {
                for cell in record.cells.values {
                    checkSpan(cell.span, in: text, "cell \(record.row):\(cell.columnNumber)")
                    if let figure = cell.figure { checkFigure(figure, in: text, index: -1) }
                }
            }
        }
        let path = tabs ? "fuzz.tsv" : "fuzz.csv"
        let tableAudit = engine.audit(Document(id: "fuzz", path: path, sha256: "", text: text), extracted: table)
        checkAudit(tableAudit, text: text)
    }
    return 0
}
