import AuditCore
import DocumentIntake
import Extraction
import Foundation

// Extraction throughput: figaudit-bench FOLDER [--repeat N]
// Loads every *.txt below FOLDER into memory first, then times FigureExtractor.extract alone
// (no reports, no checks) and prints MB/s of UTF-8 input and figures per second.
let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: figaudit-bench FOLDER [--repeat N]\n".utf8))
    exit(2)
}
let repeats = arguments.firstIndex(of: "--repeat").flatMap { Int(arguments[$0 + 1]) } ?? 1
let (sources, errors) = DocumentFinder.find(paths: [folder], extensions: ["txt"])
errors.forEach { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
var texts: [SourceText] = []
var bytes = 0
for source in sources {
    guard let document = try? DocumentLoader.load(path: source.path, id: source.id) else { continue }
    texts.append(document.text)
    bytes += (try? FileManager.default.attributesOfItem(atPath: source.path)[.size] as? Int) ?? 0
}
let clock = ContinuousClock()
var figures = 0
let elapsed = clock.measure {
    for _ in 0..<repeats {
        for text in texts { figures += FigureExtractor.extract(text).figures.count }
    }
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let megabytes = Double(bytes * repeats) / 1_000_000
print(String(format: "extraction: %d documents, %.1f MB in %.2f s = %.2f MB/s, %.0f figures/s (one core)",
             texts.count * repeats, megabytes, seconds, megabytes / seconds, Double(figures) / seconds))
