import Fluent
import Foundation
import StewardCore

/// Adds an organization's worth of records to a database that already holds one (the demo, or a real one), for
/// measuring pages and lists at scale: units, people, tools with their lifecycle (one in forty in the AI gateway), use
/// cases with the review steps their decisions require, and audit events on a valid, signed chain. Names are numbered
/// and every choice follows the record's number, so two runs make the same organization. Everything is written in
/// batches in one transaction.
struct ScaleSeeder: Sendable {
    /// How much to add.
    struct Counts: Sendable {
        var units = 20
        var people = 2_000
        var tools = 10_000
        var usesPerTool = 5
        var events = 500_000
    }

    let database: any Database
    let context: StewardContext

    /// Rows per insert statement.
    private static let batch = 500

    /// Seeds `counts` and returns a sentence saying what was added.
    func seed(_ counts: Counts) async throws -> String {
        let now = context.clock()
        return try await database.transaction { db in
            let units = try await seedUnits(counts.units, on: db)
            let people = try await seedPeople(counts.people, units: units, on: db)
            let (tools, uses, steps) = try await seedTools(counts, units: units, on: db, now: now)
            try await seedEvents(counts.events, tools: tools, uses: uses, people: people, on: db, now: now)
            return "Added \(units.count) units, \(people.count) people, \(tools.count) tools, \(uses.count) use cases "
                + "with \(steps) review steps, and \(counts.events) audit events."
        }
    }

    private func seedUnits(_ count: Int, on db: any Database) async throws -> [UUID] {
        guard let organization = try await OrganizationModel.query(on: db).first() else {
            throw StewardError(.conflict, "the database holds no organization; start Steward once (it seeds the demo) first")
        }
        let units = try (1...max(1, count)).map { number in
            let unit = BargainingUnitModel()
            unit.id = UUID()
            unit.$organization.id = try organization.requireID()
            unit.name = "Scale unit \(Self.number(number, digits: 3))"
            unit.local = "Local \(500 + number)"
            unit.contractTitle = ""
            return unit
        }
        for batch in units.chunked(Self.batch) { try await batch.create(on: db) }
        return units.compactMap(\.id)
    }

    private func seedPeople(_ count: Int, units: [UUID], on db: any Database) async throws -> [PersonModel] {
        // Everyone gets the demo officer's password, so a benchmark signs in as any of them.
        let hash = try await PersonModel.query(on: db).filter(\.$role == .aiOfficer).first()?.passwordHash ?? ""
        let roles: [Role] = Array(repeating: .worker, count: 40) + Array(repeating: .manager, count: 4)
            + Array(repeating: .unionRep, count: 3) + [.committee, .auditor, .legal]
        let people = (1...max(1, count)).map { number in
            let role = roles[number % roles.count]
            let person = PersonModel(
                username: "scale-\(Self.number(number, digits: 5))", displayName: "Person \(Self.number(number, digits: 5))",
                role: role, passwordHash: hash, unitID: units[number % units.count])
            person.id = UUID()
            person.isSupervisor = role == .manager
            return person
        }
        for batch in people.chunked(Self.batch) { try await batch.create(on: db) }
        return people
    }

    private func seedTools(
        _ counts: Counts, units: [UUID], on db: any Database, now: Date
    ) async throws -> (tools: [AIToolModel], uses: [UseCaseModel], steps: Int) {
        let statuses: [ToolStatus] = [.approved, .approved, .approved, .approved, .pilot, .underReview, .underReview,
                                      .requested, .requested, .denied, .suspended, .retired]
        let categories = ToolCategory.allCases, purposes = Purpose.allCases, data = DataCategory.allCases
        var calendars: [UUID: DueCalendar] = [:]
        var allTools: [AIToolModel] = [], allUses: [UseCaseModel] = []
        var tools: [AIToolModel] = [], transitions: [ToolTransitionModel] = [], uses: [UseCaseModel] = []
        var upstreams: [ToolUpstreamModel] = []
        var steps: [ReviewStepModel] = []
        var stepCount = 0
        func flush() async throws {
            for batch in tools.chunked(Self.batch) { try await batch.create(on: db) }
            for batch in transitions.chunked(Self.batch) { try await batch.create(on: db) }
            for batch in upstreams.chunked(Self.batch) { try await batch.create(on: db) }
            for batch in uses.chunked(Self.batch) { try await batch.create(on: db) }
            for batch in steps.chunked(Self.batch) { try await batch.create(on: db) }
            allTools += tools
            allUses += uses
            tools.removeAll()
            transitions.removeAll()
            upstreams.removeAll()
            uses.removeAll()
            steps.removeAll()
        }
        for number in 1...max(1, counts.tools) {
            let tool = AIToolModel()
            tool.id = UUID()
            tool.zone = .organization
            tool.apply(ToolDetails(
                name: "Scale tool \(Self.number(number, digits: 5))", vendor: "Vendor \(number % 97)", version: "1.\(number % 10)",
                categories: [categories[number % categories.count]], hosting: Hosting.allCases[number % Hosting.allCases.count],
                vendorTrainsOnInputs: number % 7 == 0, hipaaBAA: number % 11 == 0, contact: "it@example.org",
                description: "A tool registered to measure Steward at scale."))
            tool.status = statuses[number % statuses.count]
            tool.conditions = ""
            tool.createdAt = now
            tools.append(tool)
            if tool.status != .requested {
                transitions.append(ToolTransitionModel(
                    toolID: try tool.requireID(), from: .requested, to: tool.status, reason: "Seeded at scale.",
                    actorName: "officer", occurredAt: now))
            }
            if number % Self.gatewayEvery == 0 {
                upstreams.append(try upstream(of: tool, number: number, now: now))
            }
            for index in 0..<counts.usesPerTool {
                let unitID = units[(number + index) % units.count]
                let useCase = UseCaseModel()
                useCase.id = UUID()
                useCase.zone = .organization
                useCase.$tool.id = try tool.requireID()
                useCase.apply(UseCaseDraft(
                    unitID: BargainingUnitID(unitID), title: "Use \(index + 1) of scale tool \(Self.number(number, digits: 5))",
                    description: "", purposes: [purposes[(number + index) % purposes.count]],
                    dataCategories: [data[(number * 3 + index) % data.count]], tier: Tier.allCases[index % Tier.allCases.count],
                    scope: Scope.allCases[number % Scope.allCases.count], decisionRole: .none, flags: []))
                useCase.conditions = ""
                useCase.createdAt = now
                let decision = context.policy.decide(try useCase.domain(), of: try tool.domain())
                if calendars[unitID] == nil { calendars[unitID] = try await DueCalendar.of(unit: unitID, on: db, now: now) }
                guard let calendar = calendars[unitID] else { continue }
                let planned = try ReviewService.planned(useCase, decision: decision, now: now, calendar: calendar)
                if useCase.reviewStatus != .prohibited, let settled = Self.settled(tool.status) {
                    useCase.reviewStatus = settled
                    for step in planned {
                        step.status = .done
                        step.record = "Seeded at scale."
                        step.completedBy = "officer"
                        step.completedAt = now
                    }
                }
                uses.append(useCase)
                stepCount += planned.count
                steps += planned
            }
            if tools.count >= Self.batch { try await flush() }
        }
        try await flush()
        return (allTools, allUses, stepCount)
    }

    /// One tool in this many is in the AI gateway, so that a person's key form offers the uses of a few hundred.
    private static let gatewayEvery = 40

    /// An upstream for a tool in the gateway, at a reserved example address: for pages and lists, never for calls.
    private func upstream(of tool: AIToolModel, number: Int, now: Date) throws -> ToolUpstreamModel {
        let upstream = ToolUpstreamModel()
        upstream.$tool.id = try tool.requireID()
        upstream.gatewayName = "scale-tool-\(Self.number(number, digits: 5))"
        upstream.baseURL = "https://ai.example.org/v1"
        upstream.model = "scale-model"
        upstream.sealedCredential = try context.sealer.seal("scale-seed")
        upstream.updatedBy = "officer"
        upstream.updatedAt = now
        return upstream
    }

    /// The review status of a use of a tool in `status` whose review is settled; nil leaves it as its decision left it.
    private static func settled(_ status: ToolStatus) -> ReviewStatus? {
        switch status {
        case .approved: .approved
        case .pilot: .inPilot
        case .suspended, .retired: .suspended
        case .denied: .denied
        default: nil
        }
    }

    private func seedEvents(
        _ count: Int, tools: [AIToolModel], uses: [UseCaseModel], people: [PersonModel], on db: any Database, now: Date
    ) async throws {
        guard count > 0, !tools.isEmpty, !uses.isEmpty, !people.isEmpty else { return }
        let actions = ["tool.update", "use-case.step-complete", "person.login", "use-case.update", "tool.transition"]
        let actors = people.map { Actor(person: try? $0.domain()) }
        var written = 0
        while written < count {
            let size = min(10_000, count - written)
            let entries = try (written..<(written + size)).map { index -> (entry: AuditEntry, at: Date) in
                let person = people[index % people.count]
                let actor = actors[index % actors.count]
                let action = actions[index % actions.count]
                let (type, id) = action.hasPrefix("use-case")
                    ? ("use-case", uses[index % uses.count].id?.uuidString.lowercased() ?? "")
                    : action == "person.login" ? ("person", person.username)
                    : ("tool", tools[index % tools.count].id?.uuidString.lowercased() ?? "")
                let entry = try AuditEntry(
                    actor: actor, action: action, objectType: type, objectID: id, zone: .organization,
                    summary: "seeded event \(index + 1)", change: ["n": String(index + 1)])
                return (entry, now.addingTimeInterval(Double(index - count) * 30))
            }
            try await AuditTrail(database: db, context: context).appendAll(entries, on: db)
            written += size
        }
    }

    private static func number(_ value: Int, digits: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
