/// One audited document: where it came from, its decoded text, and the digest of its bytes.
public struct Document: Sendable {
    /// The file name without its extension; names the document's reports.
    public var id: String
    /// The path as given on the command line, or as found when walking a folder.
    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes as read.
    public var sha256: String
    /// The name of the encoding the bytes were decoded from.
    public var encoding: String
    /// The decoded text.
    public var text: SourceText

    /// Creates a document from already decoded text.
    public init(id: String, path: String, sha256: String, encoding: String = "utf-8", text: SourceText) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.text = text
    }
}
