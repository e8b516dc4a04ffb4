import Foundation
@testable import YAMLSource

/// The single document of `text`, parsed as `checks/test.yaml`.
func document(_ text: String, path: String = "checks/test.yaml") throws -> YAMLNode {
    let documents = try YAMLParser.parse(text, path: path)
    guard documents.count == 1 else { throw YAMLDiagnostic(path: path, mark: nil, message: "expected one document, got \(documents.count)") }
    return documents[0]
}

/// The description of the diagnostic `parse` throws, or nil when it parses.
func parseFailure(_ text: String, path: String = "checks/test.yaml", maxNodes: Int = 100_000, maxDepth: Int = 200) -> String? {
    do {
        _ = try YAMLParser.parse(text, path: path, maxNodes: maxNodes, maxDepth: maxDepth)
        return nil
    } catch {
        return error.description
    }
}

/// Decodes `type` from the single document of `text` and returns the value with every diagnostic `finish()` gives.
func decodeAll<T: Decodable>(_ type: T.Type, from text: String) throws -> (value: T?, diagnostics: [String]) {
    let decoder = YAMLDecoder()
    let value = decoder.decode(type, from: try document(text))
    return (value, decoder.finish().map(\.description))
}

enum CheckSeverity: String, Decodable, CaseIterable {
    case error, warning, info
}

struct Examples: Decodable, Equatable {
    var flag: [String]
    var pass: [String]?
}

struct Check: Decodable {
    var id: String
    var title: String
    var severity: CheckSeverity?
    var tolerance: Double?
    var patterns: [String]?
}

struct CheckFile: Decodable {
    var checks: [Check]
}

/// One optional field of every supported kind, to provoke each type error in isolation.
struct Fields: Decodable {
    var title: String?
    var max: Int?
    var small: Int8?
    var count: UInt?
    var tolerance: Double?
    var ratio: Float?
    var amount: Decimal?
    var enabled: Bool?
    var patterns: [String]?
    var examples: Examples?
    var severity: CheckSeverity?
}
