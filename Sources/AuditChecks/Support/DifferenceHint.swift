import AuditCore
import Foundation

/// Likely explanations of a sum that misses its total: a part counted twice or left out, two
/// swapped digits, a unit slip, or a masked part.
enum DifferenceHint {
    /// The hints that fit `sum` against `total`, given the parts' values, as one sentence.
    static func explain(sum: Decimal, total: Decimal, parts: [Decimal], maskedPart: Bool = false, extra: [String] = []) -> String? {
        var hints: [String] = []
        if maskedPart { hints.append("a masked part would recover it") }
        let difference = abs(sum - total)
        if difference > 0 {
            if parts.contains(difference) {
                hints.append("the difference (\(Show.plain(difference))) equals one part: counted twice, or left out")
            }
            if isWhole(difference), isWhole(difference / 9) {
                hints.append("the difference (\(Show.plain(difference))) is a multiple of 9: two digits may be swapped")
            }
            for power in [10, 100, 1000, 10000] where total != 0 && (sum == total * Decimal(power) || total == sum * Decimal(power)) {
                hints.append("the sum and the total differ by a factor of \(power): a unit slip")
            }
        }
        hints += extra
        return hints.isEmpty ? nil : hints.joined(separator: "; ")
    }

    private static func isWhole(_ value: Decimal) -> Bool {
        var copy = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 0, .plain)
        return rounded == value
    }
}
