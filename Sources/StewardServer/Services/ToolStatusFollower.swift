import Fluent
import Foundation
import StewardCore

/// Keeps a tool's status in step with its uses: a tool reaches pilot or approved only through a use (DESIGN.md,
/// "From decision to approval"), and each such move is recorded in its lifecycle like the officer's own moves.
struct ToolStatusFollower: Sendable {
    let authorizer: Authorizer

    /// Moves the use's tool to approved (or pilot) when the use got there first, on `db`; a tool in pilot whose last
    /// use in pilot was denied (its pilot stopped) is denied with it, so that it leaves the public inventory.
    func follow(_ useCase: UseCaseModel, on db: any Database) async throws {
        guard let tool = try await AIToolModel.find(useCase.$tool.id, on: db) else { return }
        var target: ToolStatus? = switch useCase.reviewStatus {
        case .approved where tool.status != .approved: .approved
        case .inPilot where tool.status != .approved && tool.status != .pilot: .pilot
        default: nil
        }
        if useCase.reviewStatus == .denied, tool.status == .pilot {
            let running = try await UseCaseModel.query(on: db).filter(\.$tool.$id == tool.requireID())
                .filter(\.$reviewStatus ~~ ReviewStatus.allCases.filter(\.isInUse)).count()
            if running == 0 { target = .denied }
        }
        guard let target else { return }
        let from = tool.status
        tool.status = target
        try await tool.save(on: db)
        try await ToolTransitionModel(
            toolID: try tool.requireID(), from: from, to: target,
            reason: "The use \"\(useCase.title)\" was \(target == .approved ? "approved" : target == .pilot ? "put in pilot" : "denied when its pilot stopped").",
            actorName: authorizer.actor.name, occurredAt: authorizer.clock()
        ).create(on: db)
    }
}
