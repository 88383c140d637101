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

    @Test("every pair of statuses is legal exactly when the lifecycle allows it")
    func everyPair() {
        for from in ToolStatus.allCases {
            for to in ToolStatus.allCases {
                let isLegal = (try? from.checkMove(to: to)) != nil
                #expect(isLegal == Self.legalMoves.contains([from, to]), "\(from) → \(to)")
            }
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
