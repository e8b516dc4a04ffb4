import AuditChecks
import Foundation

/// Decides where a run's checks come from.
///
/// `--checks DIR` (repeatable) names folders, later ones overriding earlier checks by id, and the
/// word `builtin` names the suite that ships inside the tool. Without `--checks`, `checks/` in the
/// current folder is used when there is one, otherwise the shipped suite, so an installed binary
/// works anywhere.
enum CheckSelection {
    /// The name that stands for the shipped suite in `--checks`.
    static let builtinName = "builtin"

    /// The sources for `--checks` values `given`.
    static func sources(for given: [String]) -> [CheckSource] {
        if given.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: "checks", isDirectory: &isFolder), isFolder.boolValue {
                return [.directory("checks")]
            }
            return [builtin]
        }
        return given.map { $0 == builtinName ? builtin : .directory($0) }
    }

    /// The suite compiled into the binary from the repository's `checks/` folder.
    static var builtin: CheckSource {
        .embedded(EmbeddedChecks.files.map { (name: "builtin:" + $0.name, text: $0.text) })
    }
}
