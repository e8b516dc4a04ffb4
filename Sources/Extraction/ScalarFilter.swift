/// A set of scalars tested with one bit lookup instead of a hash: scanners ask it at every
/// position of the text, where hashing dominated the profile.
public struct ScalarFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<Unicode.Scalar> = []

    /// A filter holding `scalars`.
    public init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars {
            if scalar.value < 0x10000 {
                bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
            } else {
                astral.insert(scalar)
            }
        }
    }

    /// Whether `scalar` is in the set.
    @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x10000 { return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        return astral.contains(scalar)
    }
}
