import AuditCore
@testable import DocumentIntake
import Extraction
import Foundation
import Testing

@Suite("Figure files")
struct FigureFileTests {
    static let text = "全镇建档立卡贫困户 1451户,5364人,投资8091.87万元,发展桑园6500余亩,22**人,参保率达 **%以上,投资万元。"

    static func extracted() -> (Document, ExtractedDocument) {
        let source = SourceText(text)
        let document = Document(id: "doc", path: "doc.txt", sha256: "0", text: source)
        return (document, FigureExtractor.extract(source))
    }

    @Test("a figure file read back gives the same figures", arguments: FigureFile.Format.allCases)
    func roundTrip(_ format: FigureFile.Format) throws {
        let (document, extracted) = Self.extracted()
        let folder = try TemporaryFolder()
        let rendered = FigureFile.render(extracted, document: document, format: format)
        // The text travels with the figures here, so that excerpts work without the source file.
        let withText = format == .json
            ? rendered.replacingOccurrences(of: "\"figures\": [", with: "\"text\": \(DataTree.quoted(Self.text)),\n  \"figures\": [")
            : rendered.replacingOccurrences(of: "\"figures\":\n", with: "\"text\": \(DataTree.quoted(Self.text))\n\"figures\":\n")
        let path = try folder.write(Array(withText.utf8), to: "doc.figures.\(format.rawValue)")
        let (loaded, figures) = try FigureFile.load(path: path, id: "doc")
        #expect(figures.figures == extracted.figures)
        #expect(figures.nonFigures == extracted.nonFigures)
        #expect(loaded.text.count == Self.text.unicodeScalars.count)
    }

    @Test func jsonAndYAMLCarryTheSameContent() {
        let (document, extracted) = Self.extracted()
        let json = FigureFile.render(extracted, document: document, format: .json)
        let yaml = FigureFile.render(extracted, document: document, format: .yaml)
        #expect(json.contains("\"value\": \"80918700\""))
        #expect(yaml.contains("\"value\": \"80918700\""))
        #expect(json.components(separatedBy: "\"text\":").count == yaml.components(separatedBy: "\"text\":").count)
    }

    @Test func aBrokenFigureFileIsLocated() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array("schema: figaudit.figures/1\ndocument: {id: x}\nfigures:\n  - text: 12户\n    value: twelve\n".utf8), to: "x.figures.yaml")
        do {
            _ = try FigureFile.load(path: path, id: "x")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("\(path):5:12: error: expected a number for 'figures[0].value', found 'twelve'"))
            #expect(error.description.contains("missing required key 'figures[0].qualifier'"))
        }
    }
}
