/// What decoding throws internally: the diagnostics that explain why a value could not be built.
///
/// They are recorded by whoever gives up on the value (an optional field, the top-level call), so a
/// failure that a caller recovers from is reported once, where it is dropped.
struct DecodeFailure: Error {
    var diagnostics: [YAMLDiagnostic]

    init(_ diagnostics: [YAMLDiagnostic]) {
        self.diagnostics = diagnostics
    }

    init(_ diagnostic: YAMLDiagnostic) {
        self.diagnostics = [diagnostic]
    }
}

/// The coding key of a sequence item, shown as `[index]` in key paths.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// The coding key of `superDecoder()`, as other decoders name it.
struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }

    init() {}
    init?(intValue: Int) { nil }
    init?(stringValue: String) { nil }
}

/// The key path as users write it: `examples.flag[0]`.
func keyPathDescription(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
        if let index = key as? IndexKey {
            text += "[\(index.intValue ?? 0)]"
        } else {
            text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
    }
    return text
}
