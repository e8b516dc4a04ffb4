/// An enumeration whose cases fit in a bit set: each case has a small, fixed ordinal.
public protocol BitSetElement: CaseIterable, Hashable, Comparable, Sendable {
    /// The case's position in `allCases`, below 32.
    var ordinal: Int { get }
}

/// A set of cases of a small enumeration, held in one machine word.
///
/// Figures carry their roles and cues as such sets, and checks ask `contains` for every figure
/// they look at: a bit test, where a hashed `Set` showed in every profile.
///
/// Its members are `@inlinable` so that other modules get them specialized for `Role` and `Cue`:
/// unspecialized, building an empty set took 1.7% of an audit.
public struct EnumSet<Element: BitSetElement>: Hashable, Sendable, ExpressibleByArrayLiteral, Sequence {
    @usableFromInline var bits: UInt32

    /// The empty set.
    @inlinable public init() { bits = 0 }

    /// The set of `elements`.
    @inlinable public init(_ elements: some Sequence<Element>) {
        bits = 0
        for element in elements { bits |= Self.bit(element) }
    }

    /// The set of the listed elements.
    @inlinable public init(arrayLiteral elements: Element...) {
        bits = 0
        for element in elements { bits |= Self.bit(element) }
    }

    @inlinable @inline(__always) static func bit(_ element: Element) -> UInt32 { 1 << UInt32(element.ordinal) }

    /// Whether `element` is in the set.
    @inlinable @inline(__always) public func contains(_ element: Element) -> Bool { bits & Self.bit(element) != 0 }

    /// Adds `element`; returns whether it was absent, as `Set.insert` does.
    @inlinable @discardableResult
    public mutating func insert(_ element: Element) -> (inserted: Bool, memberAfterInsert: Element) {
        let absent = !contains(element)
        bits |= Self.bit(element)
        return (absent, element)
    }

    /// Removes `element`, returning it if it was present.
    @discardableResult
    public mutating func remove(_ element: Element) -> Element? {
        guard contains(element) else { return nil }
        bits &= ~Self.bit(element)
        return element
    }

    /// Whether the set is empty.
    @inlinable public var isEmpty: Bool { bits == 0 }

    /// How many elements the set holds.
    public var count: Int { bits.nonzeroBitCount }

    /// Whether the sets share no element.
    public func isDisjoint(with other: EnumSet) -> Bool { bits & other.bits == 0 }

    /// Whether every element of this set is in `other`.
    public func isSubset(of other: EnumSet) -> Bool { bits & ~other.bits == 0 }

    /// The elements of either set.
    public func union(_ other: EnumSet) -> EnumSet {
        var result = self
        result.bits |= other.bits
        return result
    }

    /// The elements, in declaration order.
    public func makeIterator() -> IndexingIterator<[Element]> {
        Element.allCases.filter { contains($0) }.makeIterator()
    }
}
