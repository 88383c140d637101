import Fluent
import Foundation
import StewardCore

/// Keeps a tool's status in step with its uses: a tool reaches pilot or approved only through a use (DESIGN.md,
/// "From decision to approval"), and each such move is recorded in its lifecycle like the officer's own moves.
struct ToolStatusFollower: Sendable {
    let authorizer: Authorizer

    /// Moves the use's tool to approved (or pilot) when the use got there first, on `db`.
    func follow(_ useCase: UseCaseModel, on db: any Database) async throws {
        guard let tool = try await AIToolModel.find(useCase.$tool.id, on: db) else { return }
        let target: ToolStatus? = switch useCase.reviewStatus {
        case .approved where tool.status != .approved: .approved
        case .inPilot where tool.status != .approved && tool.status != .pilot: .pilot
        default: nil
        }
        guard let target else { return }
        let from = tool.status
        tool.status = target
        try await tool.save(on: db)
        try await ToolTransitionModel(
            toolID: try tool.requireID(), from: from, to: target,
            reason: "The use \"\(useCase.title)\" was \(target == .approved ? "approved" : "put in pilot").",
            actorName: authorizer.actor.name, occurredAt: authorizer.clock()
        ).create(on: db)
    }
}
