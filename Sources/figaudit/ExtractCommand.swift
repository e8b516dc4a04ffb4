import ArgumentParser
import AuditCore
import DocumentIntake
import Extraction
import Foundation

extension FigureFile.Format: ExpressibleByArgument {}

extension DeclaredEncoding: ExpressibleByArgument {
    /// Reads an encoding name as `--encoding` gives it (case, '-' and '_' ignored).
    public init?(argument: String) { self.init(name: argument) }
}

/// `figaudit extract PATH...`: writes each document's figures as a figure file.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the figures of documents as figure files (figaudit.figures/1).",
        discussion: """
        Without --out, figure files go to standard output, one after another (YAML documents are
        separated by ---). With --out, each document's figures go to <out>/<id>.figures.<format>.
        """
    )

    @Argument(help: "Files, or folders walked recursively for *.txt, in sorted order.")
    var paths: [String]

    @Option(help: ArgumentHelp("The encoding of the inputs: utf-8, utf-16le, utf-16be, gb18030, gbk or big5; detected per file when absent.", valueName: "name"))
    var encoding: DeclaredEncoding?

    @Option(name: .customLong("max-document-size"), help: ArgumentHelp(
        "Refuse documents larger than this (K, M or G suffix; 0 for no limit; default 64M).", valueName: "size"))
    var maxDocumentSize = ByteSize(bytes: ByteCount.defaultDocumentLimit)

    @Option(help: "yaml or json.")
    var format: FigureFile.Format = .yaml

    @Option(help: ArgumentHelp("Folder for the figure files; standard output when absent.", valueName: "dir"))
    var out: String?

    func run() throws {
        let (sources, findErrors) = DocumentFinder.find(paths: paths, extensions: ["txt"])
        var errors = findErrors.map(\.description)
        var first = true
        for source in sources where !DocumentFinder.isFigureFile(source.path) {
            let document: Document
            do {
                document = try DocumentLoader.load(path: source.path, id: source.id, encoding: encoding, maximumBytes: maxDocumentSize.limit)
            } catch {
                errors.append(error.description)
                continue
            }
            let file = FigureFile.render(FigureExtractor.extract(document.text), document: document, format: format)
            if let out {
                do {
                    try ReportWriter.write(file, named: "\(document.id).figures.\(format.rawValue)", in: out)
                } catch {
                    errors.append("\(out)/\(document.id).figures.\(format.rawValue): error: cannot write: \(error.localizedDescription)")
                }
            } else {
                if !first && format == .yaml { print("---") }
                print(file, terminator: "")
                first = false
            }
        }
        errors.forEach { printError($0) }
        if !errors.isEmpty { throw ExitStatus.usageOrInput }
    }
}
