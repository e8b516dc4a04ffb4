import AuditCore
import Extraction
import Foundation
import YAMLSource

/// The figure file, `figaudit.figures/1`: a document's figures as YAML or JSON with the same content.
///
/// `figaudit extract` writes it and `figaudit audit` reads it, so figures extracted elsewhere (by
/// another extractor, or by hand) can be audited. Every figure has at least `text`, `value` (an
/// exact decimal string, null when masked or missing), `unit`, `qualifier`, `masked` and
/// `location`; the other fields are optional on input.
public enum FigureFile {
    /// The schema name written in every figure file.
    public static let schema = "figaudit.figures/1"

    /// The two encodings of a figure file.
    public enum Format: String, CaseIterable, Sendable {
        /// Block-style YAML.
        case yaml
        /// Pretty-printed JSON.
        case json
    }

    /// File name endings that mark a figure file in a folder walk.
    public static let suffixes = [".figures.yaml", ".figures.yml", ".figures.json"]

    // MARK: - Writing

    /// The figure file of an extracted document.
    public static func render(_ extracted: ExtractedDocument, document: Document, format: Format) -> String {
        let tree = DataTree.object([
            ("schema", .string(schema)),
            ("document", .object([
                ("id", .string(document.id)), ("path", .string(document.path)),
                ("sha256", .string(document.sha256)), ("encoding", .string(document.encoding)),
            ])),
            ("figures", .array(extracted.figures.map(figureTree))),
            ("non-figures", .array(extracted.nonFigures.map { item in
                .object([("kind", .string(item.kind.rawValue)), ("text", .string(item.text)), ("location", location(item.span))])
            })),
        ])
        return format == .json ? tree.json() : tree.yaml()
    }

    static func figureTree(_ figure: Figure) -> DataTree {
        var pairs: [(String, DataTree)] = [
            ("text", .string(figure.text)),
            ("value", figure.value.map { .string(decimal($0)) } ?? .null),
            ("unit", figure.unit.map { .string($0.written) } ?? .null),
            ("canonical-unit", figure.unit.map { .string($0.canonical) } ?? .null),
            ("scale", figure.unit.map { .string(decimal($0.scale)) } ?? .null),
            ("dimension", figure.unit.map { .string($0.dimension.rawValue) } ?? .null),
            ("qualifier", .string(figure.qualifier.rawValue)),
            ("masked", .bool(figure.masked)),
            ("missing", .bool(figure.missingNumber)),
            ("interval", figure.interval.map(intervalTree) ?? .null),
            ("location", location(figure.span)),
            ("label", .string(figure.label)),
            ("roles", .array(figure.roles.sorted().map { .string($0.rawValue) })),
            ("cues", .array(figure.cues.sorted().map { .string($0.rawValue) })),
            ("clause", .object([("offset", .number("\(figure.clause.lowerBound)")), ("length", .number("\(figure.clause.count)"))])),
            ("sentence", .object([("offset", .number("\(figure.sentence.lowerBound)")), ("length", .number("\(figure.sentence.count)"))])),
        ]
        if let group = figure.compoundGroup { pairs.append(("compound", .number("\(group)"))) }
        if !figure.noun.isEmpty { pairs.append(("noun", .string(figure.noun))) }
        if let name = figure.name { pairs.append(("name", .string(name))) }
        return .object(pairs)
    }

    static func intervalTree(_ interval: Interval) -> DataTree {
        .object([
            ("lower", interval.lower.map { .string(decimal($0)) } ?? .null),
            ("upper", interval.upper.map { .string(decimal($0)) } ?? .null),
            ("lower-closed", .bool(interval.lowerClosed)),
            ("upper-closed", .bool(interval.upperClosed)),
        ])
    }

    static func location(_ span: SourceSpan) -> DataTree {
        .object([
            ("line", .number("\(span.line)")), ("column", .number("\(span.column)")),
            ("offset", .number("\(span.offset)")), ("length", .number("\(span.length)")),
        ])
    }

    /// A decimal as plain digits, never in exponent form.
    static func decimal(_ value: Decimal) -> String { value.plainText }

    // MARK: - Reading

    struct Model: Decodable {
        var schema: String
        var document: DocumentInfo
        var text: String?
        var figures: [Entry]
        var nonFigures: [NonFigureEntry]?

        enum CodingKeys: String, CodingKey {
            case schema, document, text, figures
            case nonFigures = "non-figures"
        }
    }

    struct DocumentInfo: Decodable {
        var id: String?
        var path: String?
        var sha256: String?
        var encoding: String?
    }

    struct Location: Decodable {
        var line: Int
        var column: Int
        var offset: Int
        var length: Int
    }

    struct Range: Decodable {
        var offset: Int
        var length: Int
    }

    struct IntervalEntry: Decodable {
        var lower: Decimal?
        var upper: Decimal?
        var lowerClosed: Bool?
        var upperClosed: Bool?

        enum CodingKeys: String, CodingKey {
            case lower, upper
            case lowerClosed = "lower-closed"
            case upperClosed = "upper-closed"
        }
    }

    struct Entry: Decodable {
        var text: String
        var value: Decimal?
        var unit: String?
        var canonicalUnit: String?
        var scale: Decimal?
        var dimension: MeasureDimension?
        var qualifier: Qualifier
        var masked: Bool
        var missing: Bool?
        var interval: IntervalEntry?
        var location: Location
        var label: String?
        var roles: [Role]?
        var cues: [Cue]?
        var clause: Range?
        var sentence: Range?
        var compound: Int?
        var noun: String?
        var name: String?

        enum CodingKeys: String, CodingKey {
            case text, value, unit
            case canonicalUnit = "canonical-unit"
            case scale, dimension, qualifier, masked, missing, interval, location, label, roles, cues, clause, sentence, compound, noun, name
        }
    }

    struct NonFigureEntry: Decodable {
        var kind: NonFigure.Kind
        var text: String
        var location: Location
    }

    /// Reads a figure file into a document and its figures. The document text is the file's `text`
    /// field, or the file at `document.path` when it exists and its SHA-256 matches; without either,
    /// findings keep their positions but have no excerpt.
    /// A file over `maximumBytes` is refused before it is read.
    public static func load(path: String, id: String, maximumBytes: Int? = nil) throws(IntakeError) -> (Document, ExtractedDocument) {
        let bytes = try DocumentLoader.readBytes(path, maximumBytes: maximumBytes)
        guard let source = String(validating: bytes, as: UTF8.self) else {
            if case .invalid(let offset) = TextDecoding.decodeUTF8(bytes) {
                throw .undecodable(path: path, encoding: "UTF-8", byteOffset: offset)
            }
            throw .undecodable(path: path, encoding: "UTF-8", byteOffset: 0)
        }
        let nodes: [YAMLNode]
        do {
            nodes = try YAMLParser.parse(source, path: path)
        } catch {
            throw .invalidFigureFile(path: path, problems: [error.description])
        }
        guard let node = nodes.first else { throw .empty(path: path) }
        let decoder = YAMLDecoder()
        let model = decoder.decode(Model.self, from: node)
        let problems = decoder.finish().filter { $0.severity == .error }
        guard let model, problems.isEmpty else {
            throw .invalidFigureFile(path: path, problems: problems.map(\.description))
        }
        guard model.schema == schema else {
            let mark = node["schema"]?.mark
            let place = mark.map { "\(path):\($0.line):\($0.column)" } ?? path
            throw .invalidFigureFile(path: path, problems: ["\(place): error: unknown schema '\(model.schema)' (expected '\(schema)')"])
        }
        let text = documentText(model, figureFile: path)
        let document = Document(
            id: id, path: path, sha256: DocumentLoader.sha256Hex(bytes),
            encoding: model.document.encoding ?? "utf-8", text: text
        )
        let figures = model.figures.map { figure(from: $0, text: text) }
        let nonFigures = (model.nonFigures ?? []).map { entry in
            NonFigure(kind: entry.kind, text: entry.text, span: span(entry.location))
        }
        return (document, ExtractedDocument(text: text, figures: figures, nonFigures: nonFigures))
    }

    private static func documentText(_ model: Model, figureFile: String) -> SourceText {
        if let text = model.text { return SourceText(text) }
        guard let documentPath = model.document.path else { return SourceText("") }
        let candidates = [documentPath, ((figureFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent(documentPath)]
        for candidate in candidates {
            guard let bytes = try? DocumentLoader.readBytes(candidate) else { continue }
            if let expected = model.document.sha256, expected != DocumentLoader.sha256Hex(bytes) { continue }
            if case .text(let scalars, _) = TextDecoding.decodeUTF8(bytes) { return SourceText(scalars: scalars) }
        }
        return SourceText("")
    }

    private static func span(_ location: Location) -> SourceSpan {
        SourceSpan(offset: location.offset, length: location.length, line: location.line, column: location.column)
    }

    private static func figure(from entry: Entry, text: SourceText) -> Figure {
        let lexicon = entry.unit.flatMap(UnitLexicon.entry(named:))
        let unit = entry.unit.map { written in
            MeasureUnit(
                written: written, canonical: entry.canonicalUnit ?? lexicon?.canonical ?? written,
                scale: entry.scale ?? lexicon?.scale ?? 1, dimension: entry.dimension ?? lexicon?.dimension ?? .count
            )
        }
        let interval = entry.interval.map { Interval(lower: $0.lower, upper: $0.upper, lowerClosed: $0.lowerClosed ?? true, upperClosed: $0.upperClosed ?? true) }
            ?? entry.value.map { Interval.exactly($0) }
        let place = span(entry.location)
        var figure = Figure(
            text: entry.text, span: place, value: entry.value, interval: interval, unit: unit,
            qualifier: entry.qualifier, masked: entry.masked, missingNumber: entry.missing ?? false,
            label: entry.label ?? "", roles: EnumSet(entry.roles ?? []), cues: EnumSet(entry.cues ?? []),
            clause: entry.clause.map { $0.offset..<($0.offset + $0.length) },
            sentence: entry.sentence.map { $0.offset..<($0.offset + $0.length) },
            compoundGroup: entry.compound, name: entry.name
        )
        figure.noun = entry.noun ?? ""
        return figure
    }
}
