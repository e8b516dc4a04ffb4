import Foundation
import PackagePlugin

/// Compiles the repository's `checks/*.yaml` into the `figaudit` binary on every build, so an
/// installed binary carries its default suite and the copy can never drift from the folder.
@main
struct EmbedChecks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appendingPathComponent("checks")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        let inputs = names.map { folder.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedChecks.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) default checks",
                executable: try context.tool(named: "embed-checks").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
