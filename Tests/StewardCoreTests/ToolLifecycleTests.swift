import StewardCore
import Testing

@Suite("Tool lifecycle")
struct ToolLifecycleTests {
    static let legalMoves: Set<[ToolStatus]> = [
        [.requested, .underReview], [.requested, .denied],
        [.underReview, .pilot], [.underReview, .approved], [.underReview, .denied],
        [.pilot, .approved], [.pilot, .suspended], [.pilot, .denied], [.pilot, .retired],
        [.approved, .suspended], [.approved, .retired],
        [.suspended, .approved], [.suspended, .retired],
        [.denied, .underReview],
    ]

    @Test("every pair of statuses is a direct move exactly when the lifecycle allows it and it is not pilot or approved")
    func everyPair() {
        for from in ToolStatus.allCases {
            for to in ToolStatus.allCases {
                let isLegal = (try? from.checkMove(to: to)) != nil
                let isDirect = Self.legalMoves.contains([from, to]) && to != .pilot && to != .approved
                #expect(isLegal == isDirect, "\(from) → \(to)")
            }
        }
    }

    @Test("pilot and approved are reached through uses, and the refusal says so")
    func throughUses() {
        #expect {
            try ToolStatus.underReview.checkMove(to: .approved)
        } throws: { error in
            (error as? DomainError)?.message.contains("only through its uses") == true
        }
    }

    @Test("an illegal move names the allowed ones")
    func illegalMoveMessage() {
        #expect {
            try ToolStatus.requested.checkMove(to: .approved)
        } throws: { error in
            let error = error as? DomainError
            return error?.code == .illegalTransition && error?.message.contains("under-review, denied") == true
        }
    }

    @Test("retired is final")
    func retiredIsFinal() {
        #expect(ToolStatus.retired.allowedMoves.isEmpty)
        #expect(throws: DomainError.self) { try ToolStatus.retired.checkMove(to: .approved) }
    }

    @Test("only pilot and approved tools are in use")
    func inUse() {
        #expect(ToolStatus.allCases.filter(\.isInUse) == [.pilot, .approved])
    }
}
