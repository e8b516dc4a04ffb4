import ArgumentParser
import DocumentIntake

/// A byte count from the command line (`64M`, `1G`, `0` for no limit).
struct ByteSize: ExpressibleByArgument {
    /// The count; 0 means no limit.
    var bytes: Int

    /// Reads `64M`, `1.5G`, `512K` or a plain number of bytes.
    init?(argument: String) {
        guard let bytes = ByteCount.parse(argument) else { return nil }
        self.bytes = bytes
    }

    init(bytes: Int) { self.bytes = bytes }

    /// The limit to apply, nil for none.
    var limit: Int? { bytes > 0 ? bytes : nil }
}
