/// Fills `{name}` placeholders of a message template; unknown names are left as written.
public enum MessageTemplate {
    /// The template with each `{name}` replaced by `variables[name]`.
    public static func render(_ template: String, _ variables: [String: String]) -> String {
        var result = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{", let close = template[index...].firstIndex(of: "}") {
                let name = String(template[template.index(after: index)..<close])
                if let value = variables[name] {
                    result += value
                    index = template.index(after: close)
                    continue
                }
            }
            result.append(character)
            index = template.index(after: index)
        }
        return result
    }

    /// The `{name}` placeholders a template uses.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var index = template.startIndex
        while let open = template[index...].firstIndex(of: "{"),
              let close = template[open...].firstIndex(of: "}") {
            names.append(String(template[template.index(after: open)..<close]))
            index = template.index(after: close)
        }
        return names
    }
}
