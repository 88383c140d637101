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
            organization.timeZone = DemoOrganization.timeZone
            organization.holidays = DemoOrganization.holidays.joined(separator: ",")
            try await organization.create(on: db)
            var unitIDs: [UUID] = []
            for unit in DemoOrganization.units {
                let model = BargainingUnitModel(
                    organizationID: try organization.requireID(), name: unit.name, local: unit.local,
                    contractTitle: unit.contract, contractExpires: Calendar(identifier: .gregorian).date(from: unit.expires))
                model.$contract.id = try await seedContract(of: unit, on: db)
                try await model.create(on: db)
                unitIDs.append(try model.requireID())
                try await seedClassifications(unit, unitID: try model.requireID(), on: db)
            }
            var officer: PersonModel?
            var people: [String: UUID] = [:]
            for person in DemoOrganization.people {
                let model = PersonModel(
                    username: person.username, displayName: person.name, role: person.role, passwordHash: passwordHash,
                    unitID: person.role == .worker || person.role == .unionRep ? unitIDs.first : nil,
                    email: DemoOrganization.email(of: person.username))
                model.isSupervisor = person.role == .manager
                model.committeeSide = DemoOrganization.committeeSide(of: person.username)
                try await model.create(on: db)
                people[person.username] = try model.requireID()
                if person.role == .aiOfficer { officer = model }
            }
            for worker in DemoOrganization.moreWorkers {
                let model = PersonModel(
                    username: worker.username, displayName: worker.name, role: .worker, passwordHash: passwordHash,
                    unitID: unitIDs[worker.unit], email: DemoOrganization.email(of: worker.username))
                try await model.create(on: db)
                people[worker.username] = try model.requireID()
            }
            var tools: [String: UUID] = [:]
            for tool in DemoOrganization.tools {
                tools[tool.details.name] = try await seed(
                    tool, unitIDs: unitIDs, officerName: officer?.username ?? "officer", on: db)
            }
            try await seedTraining(tools: tools, people: people, by: officer?.displayName ?? "", on: db)
            try await seedPublishedDisclosures(on: db)
            try await seedGatewayUsage(tools: tools, people: people, on: db)
            try await seedVoice(tools: tools, people: people, unitIDs: unitIDs, on: db)
            try await seedCommittee(people: people, on: db)
            try await seedAudit(people: people, on: db)
            try await seedInformationRequest(on: db)
            try await seedExposure(people: people, on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: .anonymous, action: "demo.seed", objectType: "organization",
                    objectID: try organization.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "seeded the demo organization \(DemoOrganization.name)",
                    change: ["tools": DemoOrganization.tools.map(\.details.name)]))
        }
    }

    private func seedContract(of unit: DemoOrganization.Unit, on db: any Database) async throws -> UUID {
        var problems: [DomainError] = []
        guard let terms = DemoOrganization.contract(of: unit).checked(problems: &problems) else {
            throw StewardError(.internalServerError, "the demo contract \(unit.contract) does not check: \(problems)")
        }
        let contract = ContractModel()
        contract.apply(terms)
        contract.updatedBy = "steward"
        contract.updatedAt = context.clock()
        try await contract.create(on: db)
        return try contract.requireID()
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

    private func seedTraining(tools: [String: UUID], people: [String: UUID], by officer: String, on db: any Database)
        async throws
    {
        let today = LocalDay(context.clock(), in: .gmt)
        for course in DemoOrganization.courses {
            guard let toolID = tools[course.tool] else { continue }
            let model = TrainingCourseModel(
                toolID: AIToolID(toolID), title: course.title, audience: course.audience,
                validForMonths: course.validForMonths)
            try await model.create(on: db)
            let more = course.tool == "DraftMate" && course.audience == .everyone ? DemoOrganization.moreCompletions : []
            for completion in course.completions + more {
                guard let personID = people[completion.username] else { continue }
                try await TrainingRecordModel(
                    courseID: TrainingCourseID(try model.requireID()), personID: personID,
                    completedOn: today.adding(days: -completion.daysAgo), source: .entered, recordedBy: officer
                ).create(on: db)
            }
        }
    }

    /// The demo's calls through the gateway, each attributed to its use (or, when refused for want of one, to the
    /// person's unit).
    private func seedGatewayUsage(tools: [String: UUID], people: [String: UUID], on db: any Database) async throws {
        let persons = try await PersonModel.query(on: db).all()
        let units = Dictionary(uniqueKeysWithValues: try persons.map { (try $0.requireID(), $0.$unit.id) })
        var uses: [UUID: UseCaseModel] = [:]
        for useCase in try await UseCaseModel.query(on: db).all() { uses[useCase.$tool.id] = useCase }
        let now = context.clock()
        let records = DemoOrganization.calls.compactMap { call -> UsageRecord? in
            guard let personID = people[call.username], let toolID = tools[call.tool] else { return nil }
            let use = call.verdict == .refuse && call.rule == .useNotApproved ? nil : uses[toolID]
            return UsageRecord(
                at: now.addingTimeInterval(-Double(call.daysAgo) * 86_400 - Double(call.username.count * 97 % 3_600)),
                personID: personID, toolID: AIToolID(toolID), useCaseID: use.flatMap { $0.id.map(UseCaseID.init) },
                unitID: use?.$unit.id ?? units[personID] ?? nil, verdict: call.verdict, rule: call.rule,
                findings: call.findings, promptTokens: call.verdict == .refuse ? nil : 180, completionTokens: call.verdict == .refuse ? nil : 240,
                latencyMilliseconds: 900)
        }
        try await UsageRecorder.write(records, on: db)
    }

    /// The demo's review team on a use's open committee review, with no vote cast yet.
    private func seedReviewTeam(of useCase: UseCaseModel, on db: any Database) async throws {
        guard let step = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == useCase.requireID())
            .filter(\.$kind == .committeeReview).filter(\.$status == .open).first()
        else { return }
        let people = try await PersonModel.query(on: db).filter(\.$username ~~ DemoOrganization.reviewTeam.map(\.username)).all()
        for seat in DemoOrganization.reviewTeam {
            guard let person = people.first(where: { $0.username == seat.username }) else { continue }
            let member = ReviewTeamMemberModel()
            member.$step.id = try step.requireID()
            member.$person.id = try person.requireID()
            member.side = seat.side
            member.comment = ""
            try await member.create(on: db)
        }
    }

    /// What has crossed the table so far in a use's open bargaining: a session and the union's proposal.
    private func seedBargaining(of useCase: UseCaseModel, by officer: String, on db: any Database) async throws {
        guard let step = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == useCase.requireID())
            .filter(\.$kind == .decisionalBargaining).filter(\.$status == .open).first()
        else { return }
        let today = LocalDay(context.clock(), in: .gmt)
        for entry in DemoOrganization.bargaining {
            let model = BargainingEntryModel()
            model.$step.id = try step.requireID()
            model.kind = entry.kind
            model.side = entry.side
            model.heldOn = today.adding(days: -entry.daysAgo).description
            model.text = entry.text
            model.recordedBy = entry.side == .union ? "rep" : officer
            try await model.create(on: db)
        }
    }

    /// A running pilot for a use in pilot: a plan, its participants, a measure and a survey answer.
    private func seedPilot(of useCase: UseCaseModel, by officer: String, on db: any Database) async throws {
        guard let step = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == useCase.requireID())
            .filter(\.$kind == .pilot).first()
        else { return }
        let today = LocalDay(context.clock(), in: .gmt)
        let pilot = PilotModel()
        pilot.$step.id = try step.requireID()
        pilot.scope = "Two social-work teams summarize case files before home visits; every summary is checked against the file."
        pilot.startsOn = today.adding(days: -30).description
        pilot.endsOn = today.adding(days: 60).description
        pilot.startedAt = context.clock()
        pilot.startedBy = officer
        pilot.findings = "{}"
        try await pilot.create(on: db)
        let people = try await PersonModel.query(on: db).filter(\.$username ~~ DemoOrganization.pilotParticipants).all()
        for person in people {
            try await PilotParticipantModel(pilotID: try pilot.requireID(), personID: try person.requireID()).create(on: db)
        }
        let metric = PilotMetricModel()
        metric.$pilot.id = try pilot.requireID()
        metric.criterion = .efficiency
        metric.recordedOn = today.adding(days: -7).description
        metric.value = "Preparation for a visit took 25 minutes on average, down from 40 (timesheets of both teams)."
        metric.recordedBy = officer
        try await metric.create(on: db)
    }

    /// Seeds a tool with its history and uses; answers its id.
    private func seed(_ tool: DemoOrganization.Tool, unitIDs: [UUID], officerName: String, on db: any Database)
        async throws -> UUID
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
                if settled == .inPilot { try await seedPilot(of: useCase, by: officerName, on: db) }
            }
            if useCase.reviewStatus == .inReview {
                try await seedReviewTeam(of: useCase, on: db)
                try await seedBargaining(of: useCase, by: officerName, on: db)
            }
        }
        return try model.requireID()
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
