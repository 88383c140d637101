import Fluent
import Foundation
import StewardCore

/// Seeds the demo organization into an empty database.
struct DemoSeeder: Sendable {
    let database: any Database
    let passwordHash: String
    let context: StewardContext

    /// Whether the database already holds an organization (demo or real).
    static func hasOrganization(on database: any Database) async throws -> Bool {
        try await OrganizationModel.query(on: database).count() > 0
    }

    func seed() async throws {
        try await database.transaction { db in
            let organization = OrganizationModel(name: DemoOrganization.name, kind: "union", isDemo: true)
            try await organization.create(on: db)
            var unitIDs: [UUID] = []
            for unit in DemoOrganization.units {
                let model = BargainingUnitModel(
                    organizationID: try organization.requireID(), name: unit.name, local: unit.local,
                    contractTitle: unit.contract, contractExpires: Calendar(identifier: .gregorian).date(from: unit.expires))
                try await model.create(on: db)
                unitIDs.append(try model.requireID())
                try await seedClassifications(unit, unitID: try model.requireID(), on: db)
            }
            var officer: PersonModel?
            for person in DemoOrganization.people {
                let model = PersonModel(
                    username: person.username, displayName: person.name, role: person.role, passwordHash: passwordHash,
                    unitID: person.role == .worker || person.role == .unionRep ? unitIDs.first : nil,
                    email: DemoOrganization.email(of: person.username))
                try await model.create(on: db)
                if person.role == .aiOfficer { officer = model }
            }
            for tool in DemoOrganization.tools {
                try await seed(tool, unitIDs: unitIDs, officerName: officer?.username ?? "officer", on: db)
            }
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: .anonymous, action: "demo.seed", objectType: "organization",
                    objectID: try organization.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "seeded the demo organization \(DemoOrganization.name)",
                    change: ["tools": DemoOrganization.tools.map(\.details.name)]))
        }
    }

    private func seedClassifications(_ unit: DemoOrganization.Unit, unitID: UUID, on db: any Database) async throws {
        for classification in unit.classifications {
            let model = JobClassificationModel(
                unitID: unitID, title: classification.title, headcount: classification.headcount)
            try await model.create(on: db)
            for (task, share) in classification.tasks {
                try await ClassificationTaskModel(classificationID: try model.requireID(), task: task, sharePercent: share)
                    .create(on: db)
            }
        }
    }

    private func seed(_ tool: DemoOrganization.Tool, unitIDs: [UUID], officerName: String, on db: any Database)
        async throws
    {
        let model = AIToolModel()
        model.zone = .organization
        model.apply(tool.details)
        model.status = tool.path.last ?? .requested
        model.conditions = tool.conditions
        try await model.create(on: db)
        var from = ToolStatus.requested
        for (step, to) in tool.path.enumerated() {
            try await ToolTransitionModel(
                toolID: try model.requireID(), from: from, to: to, reason: "Demo history, step \(step + 1).",
                actorName: officerName, occurredAt: context.clock()
            ).create(on: db)
            from = to
        }
        for use in tool.uses {
            let useCase = UseCaseModel()
            useCase.zone = .organization
            useCase.$tool.id = try model.requireID()
            useCase.apply(use.draft(BargainingUnitID(unitIDs[use.unit])))
            useCase.reviewStatus = .submitted
            useCase.conditions = ""
            try await useCase.create(on: db)
            let decision = context.policy.decide(try useCase.domain(), of: try model.domain())
            try await ReviewService.plan(useCase, decision: decision, on: db, now: context.clock())
            if let settled = Self.settledStatus(of: tool), useCase.reviewStatus == .inReview {
                try await ReviewService.settleForDemo(useCase, as: settled, by: officerName, on: db, now: context.clock())
            }
        }
    }

    /// The review status the demo's uses of a tool show: approved uses for an approved tool, a pilot for a tool in
    /// pilot, suspended uses (approved once) for a tool suspended or retired; the uses of every other tool stay in
    /// review.
    private static func settledStatus(of tool: DemoOrganization.Tool) -> ReviewStatus? {
        switch tool.path.last {
        case .approved: .approved
        case .suspended, .retired: .suspended
        case .pilot: .inPilot
        default: nil
        }
    }
}
