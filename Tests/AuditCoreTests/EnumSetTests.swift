import AuditCore
import Testing

@Suite("EnumSet")
struct EnumSetTests {
    @Test func ordinalsAreDeclarationOrder() {
        #expect(Role.allCases.map(\.ordinal) == Array(0..<Role.allCases.count))
        #expect(Cue.allCases.map(\.ordinal) == Array(0..<Cue.allCases.count))
    }

    @Test func behavesLikeASet() {
        var roles: EnumSet<Role> = [.target, .count]
        #expect(roles.contains(.count) && roles.contains(.target) && !roles.contains(.rate))
        #expect(roles.insert(.rate).inserted)
        #expect(!roles.insert(.rate).inserted)
        #expect(roles.count == 3)
        #expect(Array(roles) == [.count, .rate, .target])
        #expect(roles.remove(.count) == .count && roles.remove(.count) == nil)
        #expect(roles.isSubset(of: [.rate, .target, .achieved]) && !roles.isDisjoint(with: [.rate]))
        #expect(EnumSet<Role>().isEmpty && roles.union([.amount]).count == 3)
        #expect(roles == EnumSet([.target, .rate]))
    }
}
