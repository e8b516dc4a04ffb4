import Foundation

// Writes a Swift file that holds the given YAML files as string literals:
// embed-checks OUTPUT.swift FILE.yaml...
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-checks OUTPUT.swift FILE...\n".utf8))
    exit(2)
}

func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

var source = "// Generated at build time by the EmbedChecks plugin from checks/*.yaml; do not edit.\n\n"
source += "/// The default check suite, compiled into the binary.\n"
source += "enum EmbeddedChecks {\n"
source += "    /// Each default check file's name and text.\n"
source += "    static let files: [(name: String, text: String)] = [\n"
for path in arguments.dropFirst() {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-checks: cannot read \(path)\n".utf8))
        exit(1)
    }
    let name = (path as NSString).lastPathComponent
    source += "        (name: \(literal(name)), text: \(literal(text))),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-checks: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
