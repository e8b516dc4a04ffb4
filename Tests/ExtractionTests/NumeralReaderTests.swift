import Extraction
import Foundation
import Testing

@Suite struct NumeralReaderTests {
    @Test func placeholder() { #expect(NumeralReader.scan(Array("1".unicodeScalars)).count == 1) }
}
