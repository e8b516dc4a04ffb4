import AuditCore
import Testing

@Suite("Unicode.Scalar.isSpace")
struct ScalarSpaceTests {
    @Test("agrees with the White_Space property on every scalar")
    func agreesWithTheProperty() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isSpace != scalar.properties.isWhitespace { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }
}
