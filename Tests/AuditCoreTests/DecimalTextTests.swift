import AuditCore
import Foundation
import Testing

/// `plainText` must write exactly what `description` writes, only faster.
@Suite("Decimal.plainText")
struct DecimalTextTests {
    @Test(arguments: [
        "0", "1208", "-12", "8091.87", "0.5", "-0.05", "80918700", "1.5e4", "120000", "0.000001", "-7.25",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "123456789012345678901234567890",
        "3.14159265358979323846", "0.1", "100.10", "1e-20", "99.999",
    ])
    func matchesDescription(text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(value.plainText == value.description)
    }

    @Test func matchesDescriptionOverARange() {
        for numerator in stride(from: -20_000, through: 20_000, by: 7) {
            for exponent in -7...3 {
                let value = Decimal(sign: numerator < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(abs(numerator)))
                #expect(value.plainText == value.description, "\(numerator)e\(exponent)")
            }
        }
    }

    @Test func exactInt64OnlyForWholeNumbersThatFit() {
        #expect(Decimal(1208).exactInt64 == 1208)
        #expect(Decimal(string: "1.5")!.exactInt64 == nil)
        #expect(Decimal(string: "9223372036854775808")!.exactInt64 == nil)
        #expect(Decimal(string: "1e3")!.exactInt64 == 1000)
    }

    @Test func dividingByAScaleEqualsDivision() {
        let scales = ["1", "10", "1000", "10000", "100000000", "0.1", "0.01", "666.6666666666666666666666666666666667", "15", "-10"]
        for scaleText in scales {
            let scale = Decimal(string: scaleText)!
            for valueText in ["0", "1208", "-12", "8091.87", "80918700", "0.5", "123456789012345678901234567890", "1e120"] {
                let value = Decimal(string: valueText)!
                let fast = value.divided(byScale: scale)
                let slow = value / scale
                #expect(fast == slow && fast.plainText == slow.plainText, "\(valueText) / \(scaleText): \(fast) vs \(slow)")
            }
        }
    }
}
