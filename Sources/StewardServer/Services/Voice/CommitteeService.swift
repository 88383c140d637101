import Fluent
import Foundation
import SQLKit
import StewardCore

/// The joint labor-management committee (Seed 003): its members from both sides, its meetings with agendas drawn
/// from what is pending, the minutes people write, its decisions (one can complete a use's committee review) and
/// the action items it gives out.
struct CommitteeService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// An agenda item proposed from the records: its key for the form, its title and where it leads.
    struct PendingItem: Sendable {
        let key: String
        let title: String
        let href: String
    }

    /// The committee's members: those whose side is recorded with their account, and the committee's own role.
    func members() async throws -> [PersonModel] {
        try await authorizer.require(.read, in: .organization, on: "the joint committee")
        return try await PersonModel.query(on: database).filter(\.$isActive == true)
            .group(.or) { $0.filter(\.$committeeSide != nil).filter(\.$role == .committee) }
            .sort(\.$displayName).all()
    }

    /// How the actor stands to the committee: a member when their side is recorded.
    func standing() -> Set<Standing> {
        authorizer.actor.person?.committeeSide == nil ? [] : [.committeeMember]
    }

    /// Whether the actor keeps the committee's records.
    func mayKeepRecords() -> Bool {
        authorizer.allows(.keepCommitteeRecords, in: .organization, standing: standing())
    }

    /// Every meeting, the latest day first.
    func meetings() async throws -> [CommitteeMeetingModel] {
        try await authorizer.require(.read, in: .organization, on: "the joint committee")
        return try await CommitteeMeetingModel.query(on: database).with(\.$decisions).with(\.$actions)
            .sort(\.$heldOn, .descending).all()
    }

    /// One meeting with its agenda, decisions and action items.
    func meeting(_ id: UUID) async throws -> CommitteeMeetingModel {
        let missing = StewardError.notFound("no meeting with id \(id.uuidString.lowercased())")
        try await authorizer.require(.read, in: .organization, on: missing)
        guard let meeting = try await Self.inFull(CommitteeMeetingModel.query(on: database).filter(\.$id == id)).first()
        else { throw missing }
        return meeting
    }

    /// One page of the meetings with their agendas, decisions and action items, the latest day first, keyed by the
    /// last meeting's id: a query a kind of record, however many meetings there are.
    func meetingsInFull(_ page: PageRequest) async throws -> Page<CommitteeMeetingModel> {
        try await authorizer.require(.read, in: .organization, on: "the joint committee")
        return try await Self.inFull(CommitteeMeetingModel.query(on: database))
            .page(page, by: \.$heldOn, descending: true)
    }

    /// `query` with each meeting's agenda, decisions with their steps and actions with their owners.
    private static func inFull(_ query: QueryBuilder<CommitteeMeetingModel>) -> QueryBuilder<CommitteeMeetingModel> {
        query.with(\.$items).with(\.$decisions) { $0.with(\.$step) }.with(\.$actions) { $0.with(\.$owner) }
    }

    /// Whether the committee meets twice a year, from its first meeting on.
    func cadence() async throws -> CommitteeCadence {
        cadence(of: try await meetings())
    }

    /// Whether `meetings`, all the committee's, are twice a year.
    func cadence(of meetings: [CommitteeMeetingModel]) -> CommitteeCadence {
        CommitteeCadence(meetings: meetings.compactMap { LocalDay($0.heldOn) }, today: authorizer.today)
    }

    /// How many of each kind of pending item an agenda offers: the soonest due; a large organization has more
    /// reviews open than one meeting takes up.
    static let pendingLimit = 40

    /// What is pending before the committee: uses awaiting its review and pilots to evaluate, soonest due first,
    /// audits due within a month, open grievances (by number and unit only, since everyone reads the agenda); at most
    /// ``pendingLimit`` of each kind.
    func pending() async throws -> [PendingItem] {
        let steps = try await soonestOpen([.committeeReview, .pilot])
        var items = steps.map { step in
            let what = step.kind == .pilot ? "Pilot to evaluate" : "Committee review"
            return PendingItem(
                key: "step:\(step.id.uuidString.lowercased())", title: "\(what): \(step.toolName), \(step.useCaseTitle)",
                href: Paths.step.href(ReviewStepID(step.id)))
        }
        // Audits of uses in service that fall due within a month, or are overdue.
        let soon = authorizer.today.adding(days: 30).start(in: .gmt)
        let audits = try await soonestOpen([.audit, .biasAudit], dueBy: soon)
        items += audits.filter(\.useCaseStatus.isInUse).map { step in
            PendingItem(
                key: "step:\(step.id.uuidString.lowercased())",
                title: "\(step.kind.title) due \(step.due.map { LocalDay($0, in: .gmt).description } ?? ""): \(step.toolName), \(step.useCaseTitle)",
                href: Paths.step.href(ReviewStepID(step.id)))
        }
        let grievances = try await GrievanceModel.query(on: database).filter(\.$outcome == nil).with(\.$unit)
            .sort(\.$number).limit(Self.pendingLimit).all()
        items += try grievances.map { grievance in
            PendingItem(
                key: "grievance:\(try grievance.requireID().uuidString.lowercased())",
                title: "Open grievance \(grievance.reference) (\(grievance.unit.name))",
                href: Paths.grievance.href(GrievanceID(try grievance.requireID())))
        }
        return items
    }

    /// An open step as the agenda names it.
    private struct OpenStep {
        let id: UUID
        let kind: ObligationKind
        let due: Date?
        let useCaseTitle: String
        let useCaseStatus: ReviewStatus
        let toolName: String
    }

    /// The open steps of `kinds` due soonest (by `dueBy` when given), at most ``pendingLimit``, with the titles of
    /// their uses and tools. One query a kind, each a range of the kind's open steps in due order that stops once it
    /// has enough, joined to the use and the tool for the few columns the agenda shows: reading whole records of
    /// uses and tools cost most of the committee's page.
    private func soonestOpen(_ kinds: [ObligationKind], dueBy: Date? = nil) async throws -> [OpenStep] {
        guard let sql = database as? any SQLDatabase else {
            throw StewardError(.internalServerError, "the committee's agenda needs an SQL database")
        }
        func column(_ name: String, of table: String) -> SQLColumn { SQLColumn(name, table: table) }
        var steps: [OpenStep] = []
        for kind in kinds {
            var select = sql.select()
                .column(column("id", of: ReviewStepModel.schema)).column(column("due", of: ReviewStepModel.schema))
                .column(SQLAlias(column("title", of: UseCaseModel.schema), as: SQLIdentifier("use_case_title")))
                .column(SQLAlias(column("review_status", of: UseCaseModel.schema), as: SQLIdentifier("use_case_status")))
                .column(SQLAlias(column("name", of: AIToolModel.schema), as: SQLIdentifier("tool_name")))
                .from(ReviewStepModel.schema)
                .join(UseCaseModel.schema, on: column("id", of: UseCaseModel.schema), .equal,
                      column("use_case_id", of: ReviewStepModel.schema))
                .join(AIToolModel.schema, on: column("id", of: AIToolModel.schema), .equal,
                      column("tool_id", of: UseCaseModel.schema))
                .where(column("kind", of: ReviewStepModel.schema), .equal, SQLBind(kind.rawValue))
                .where(column("status", of: ReviewStepModel.schema), .equal, SQLBind(StepStatus.open.rawValue))
            if let dueBy {
                select = select.where(column("due", of: ReviewStepModel.schema), .isNot, SQLLiteral.null)
                    .where(column("due", of: ReviewStepModel.schema), .lessThanOrEqual, SQLBind(dueBy))
            }
            let rows = try await select.orderBy(column("due", of: ReviewStepModel.schema))
                .orderBy(column("id", of: ReviewStepModel.schema)).limit(Self.pendingLimit).all()
            steps += try rows.map { row in
                OpenStep(
                    id: try row.decode(column: "id"), kind: kind, due: try row.decode(column: "due"),
                    useCaseTitle: try row.decode(column: "use_case_title"),
                    useCaseStatus: try row.decode(column: "use_case_status"), toolName: try row.decode(column: "tool_name"))
            }
        }
        let undated = Date.distantFuture
        return Array(steps.sorted { ($0.due ?? undated) < ($1.due ?? undated) }.prefix(Self.pendingLimit))
    }

    /// Schedules (or records) a meeting with the chosen pending items and any others as its agenda.
    func schedule(heldOn: String, pending keys: [String], extraItems: String) async throws -> CommitteeMeetingModel {
        try await requireKeeper()
        var problems: [DomainError] = []
        guard let (day, extra) = CommitteeRecordDrafts.meeting(heldOn: heldOn, extraItems: extraItems, problems: &problems) else {
            throw StewardError.invalid(problems)
        }
        let chosen = try await pending().filter { keys.contains($0.key) }
        let meeting = CommitteeMeetingModel()
        meeting.heldOn = day.description
        meeting.createdBy = authorizer.actor.name
        meeting.createdAt = authorizer.clock()
        try await database.transaction { db in
            try await meeting.create(on: db)
            let lines = chosen.map { ($0.title, Optional($0.href)) } + extra.map { ($0, String?.none) }
            for (position, line) in lines.enumerated() {
                let item = CommitteeAgendaItemModel()
                item.$meeting.id = try meeting.requireID()
                item.position = position
                item.title = line.0
                item.href = line.1
                try await item.create(on: db)
            }
            try await audit(meeting, "committee.meeting", "scheduled a joint committee meeting on \(day)", ["items": String(lines.count)], on: db)
        }
        return try await self.meeting(try meeting.requireID())
    }

    /// Records the minutes of a meeting that has been held.
    func writeMinutes(_ id: UUID, _ text: String) async throws -> CommitteeMeetingModel {
        let meeting = try await meeting(id)
        try await requireKeeper()
        var problems: [DomainError] = []
        guard let minutes = CommitteeRecordDrafts.minutes(text, problems: &problems) else { throw StewardError.invalid(problems) }
        guard let day = LocalDay(meeting.heldOn), day <= authorizer.today else {
            throw StewardError(.conflict, "The meeting of \(meeting.heldOn) has not been held yet; write its minutes afterwards.")
        }
        meeting.minutes = minutes
        meeting.minutesBy = authorizer.actor.name
        try await database.transaction { db in
            try await meeting.save(on: db)
            try await audit(meeting, "committee.minutes", "wrote the minutes of the meeting of \(meeting.heldOn)", ["length": String(minutes.count)], on: db)
        }
        return try await self.meeting(id)
    }

    /// Records a decision; one that names an open committee-review step completes it with the decision as its record.
    func decide(_ id: UUID, _ text: String, step stepText: String) async throws -> CommitteeMeetingModel {
        let meeting = try await meeting(id)
        try await requireKeeper()
        var problems: [DomainError] = []
        let decisionText = CommitteeRecordDrafts.decision(text, problems: &problems)
        var step: ReviewStepModel?
        let stepText = stepText.trimmingCharacters(in: .whitespaces)
        if !stepText.isEmpty {
            step = try await UUID(uuidString: stepText).asyncMap {
                try await ReviewStepModel.query(on: database).filter(\.$id == $0).with(\.$useCase).first()
            } ?? nil
            if step?.kind != .committeeReview || step?.status.isOpen != true {
                problems.append(DomainError(code: .invalidField, field: "stepID", message: "choose an open committee review, or none"))
            }
        }
        guard problems.isEmpty, let decisionText else { throw StewardError.invalid(problems) }
        guard let day = LocalDay(meeting.heldOn), day <= authorizer.today else {
            throw StewardError(.conflict, "The meeting of \(meeting.heldOn) has not been held yet; record its decisions afterwards.")
        }
        let decision = CommitteeDecisionModel()
        decision.$meeting.id = try meeting.requireID()
        decision.text = decisionText
        decision.$step.id = try step?.requireID()
        decision.recordedBy = authorizer.actor.name
        decision.createdAt = authorizer.clock()
        if let step {
            try await authorizer.reviews.complete(
                step, record: "Decided by the joint committee at its meeting of \(meeting.heldOn): \(decisionText)",
                saving: decision, action: "committee.decision",
                summary: "the joint committee completed the committee review of \"\(step.useCase.title)\"",
                change: ["meeting": meeting.heldOn])
        } else {
            try await database.transaction { db in
                try await decision.create(on: db)
                try await audit(meeting, "committee.decision", "recorded a decision of the meeting of \(meeting.heldOn)", ["decision": decisionText], on: db)
            }
        }
        return try await self.meeting(id)
    }

    /// Gives a person something to do by a day.
    func assign(_ id: UUID, _ text: String, owner username: String, dueOn: String) async throws -> CommitteeMeetingModel {
        let meeting = try await meeting(id)
        try await requireKeeper()
        var problems: [DomainError] = []
        let item = CommitteeRecordDrafts.action(text, dueOn: dueOn, today: authorizer.today, problems: &problems)
        let owner = try await PersonModel.query(on: database).filter(\.$username == username).filter(\.$isActive == true).first()
        if owner == nil {
            problems.append(DomainError(code: .invalidField, field: "owner", message: "choose the person who will do it"))
        }
        guard problems.isEmpty, let item, let owner else { throw StewardError.invalid(problems) }
        let action = CommitteeActionModel()
        action.$meeting.id = try meeting.requireID()
        action.text = item.0
        action.$owner.id = try owner.requireID()
        action.dueOn = item.1.description
        action.createdAt = authorizer.clock()
        try await database.transaction { db in
            try await action.create(on: db)
            try await audit(meeting, "committee.action", "gave \(owner.username) an action item due \(item.1)", ["action": item.0], on: db)
        }
        return try await self.meeting(id)
    }

    /// Marks an action item done: its owner or a keeper of the records.
    func complete(action actionID: UUID) async throws -> CommitteeActionModel {
        let missing = StewardError.notFound("no action item with id \(actionID.uuidString.lowercased())")
        guard let action = try await CommitteeActionModel.query(on: database).filter(\.$id == actionID).with(\.$meeting).first()
        else { throw missing }
        if action.$owner.id != authorizer.actor.person?.id.uuid { try await requireKeeper() }
        guard action.doneOn == nil else { throw StewardError(.conflict, "The action item was done on \(action.doneOn ?? "").") }
        action.doneOn = authorizer.today.description
        try await database.transaction { db in
            try await action.save(on: db)
            try await audit(action.meeting, "committee.action-done", "finished an action item of the meeting of \(action.meeting.heldOn)", ["action": action.text], on: db)
        }
        return action
    }

    private func requireKeeper() async throws {
        try await authorizer.require(
            .keepCommitteeRecords, in: .organization, standing: standing(), on: .notFound("the joint committee"))
    }

    private func audit(
        _ meeting: CommitteeMeetingModel, _ action: String, _ summary: String, _ change: [String: String], on db: any Database
    ) async throws {
        try await authorizer.auditTrail(on: db).record(AuditEntry(
            actor: authorizer.actor, action: action, objectType: "committee-meeting",
            objectID: try meeting.requireID().uuidString.lowercased(), zone: .organization, summary: summary, change: change))
    }
}

extension Authorizer {
    var committee: CommitteeService { CommitteeService(authorizer: self) }
}
