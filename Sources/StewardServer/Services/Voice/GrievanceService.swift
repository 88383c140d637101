import Fluent
import Foundation
import StewardCore

/// Grievances about AI under each unit's contract (issue 11): the union files and moves them on, the employer
/// answers, both sides agree to extensions and abeyances, and people decide the outcome (Seeds 000 and 003).
struct GrievanceService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// Every grievance with who filed it, newest first.
    func grievances() async throws -> [GrievanceModel] {
        try await listed().all()
    }

    /// The grievances not yet ended, as ``grievances()`` gives them.
    func open() async throws -> [GrievanceModel] {
        try await listed().filter(\.$outcome == nil).all()
    }

    /// One page of the grievances, newest first, keyed by the last one's number.
    func grievances(_ page: PageRequest) async throws -> Page<GrievanceModel> {
        var query = try await listed()
        if let after = try page.afterNumber() { query = query.filter(\.$number < after) }
        let fetched = try await query.limit(page.limit + 1).all()
        return Page(fetched: fetched, limit: page.limit) { String($0.number) }
    }

    /// The grievances the actor may read, newest first, with what their list shows of them.
    private func listed() async throws -> QueryBuilder<GrievanceModel> {
        try await authorizer.require(.readGrievances, in: .organization, on: "grievances")
        return GrievanceModel.query(on: database).with(\.$unit).with(\.$contract).with(\.$steps)
            .with(\.$agreements).with(\.$filedBy).sort(\.$number, .descending)
    }

    /// One grievance with its steps, agreements and what it is about.
    func grievance(_ id: GrievanceID) async throws -> GrievanceModel {
        let missing = StewardError.notFound("no grievance with id \(id)")
        try await authorizer.require(.readGrievances, in: .organization, on: missing)
        guard let grievance = try await GrievanceModel.query(on: database).filter(\.$id == id.uuid).with(\.$unit)
            .with(\.$contract).with(\.$steps).with(\.$agreements).with(\.$tool).with(\.$useCase).with(\.$filedBy)
            .first()
        else { throw missing }
        return grievance
    }

    /// Files a grievance at its unit's contract's first step, about a tool or one of its uses, perhaps taking up a
    /// report.
    func file(
        _ draft: GrievanceDraft, unit unitID: String, tool toolID: String, useCase useCaseID: String,
        report reportID: ConcernReportID?
    ) async throws -> GrievanceModel {
        try await authorizer.require(.fileGrievance, in: .organization, on: "grievances")
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        var problems: [DomainError] = []
        let filing = draft.checked(today: authorizer.today, problems: &problems)
        let unit = try await UUID(uuidString: unitID).asyncMap {
            try await BargainingUnitModel.query(on: database).filter(\.$id == $0).with(\.$contract).first()
        } ?? nil
        let contract = unit?.contract
        if unit == nil {
            problems.append(DomainError(code: .invalidField, field: "unitID", message: "choose the bargaining unit the grievance is filed for"))
        } else if contract?.steps.isEmpty ?? true {
            problems.append(DomainError(
                code: .invalidField, field: "unitID",
                message: "\(unit?.name ?? "The unit")'s contract lists no grievance steps; record them on the contract's page first"))
        }
        let tool = try await reference(toolID, field: "toolID") { try await authorizer.tools.tool(AIToolID($0)) }
        let useCase = try await reference(useCaseID, field: "useCaseID") { try await authorizer.useCases.useCase(UseCaseID($0)) }
        problems += tool.problems + useCase.problems
        if let useCase = useCase.model, let tool = tool.model, useCase.$tool.id != tool.id {
            problems.append(DomainError(code: .invalidField, field: "useCaseID", message: "that use is not a use of \(tool.name)"))
        }
        let report = try await reportID.asyncMap { try await authorizer.reports.report($0) }
        if let report, report.status != .open {
            problems.append(DomainError(code: .invalidField, field: "reportID", message: "the report is \(report.status.rawValue) already"))
        }
        guard problems.isEmpty, let filing, let unit, let contract, let first = contract.steps.first else {
            throw StewardError.invalid(problems)
        }
        let grievance = GrievanceModel()
        grievance.title = filing.title
        grievance.statement = filing.statement
        grievance.remedy = filing.remedy
        grievance.$unit.id = try unit.requireID()
        grievance.$contract.id = try contract.requireID()
        grievance.dayCount = contract.dayCount
        grievance.$tool.id = tool.model?.id ?? report?.$tool.id
        grievance.$useCase.id = useCase.model?.id ?? report?.$useCase.id
        grievance.filedOn = filing.filedOn.description
        grievance.$filedBy.id = person.id.uuid
        grievance.createdAt = authorizer.clock()
        try await database.transaction { db in
            let last = try await GrievanceModel.query(on: db).sort(\.$number, .descending).first()
            grievance.number = (last?.number ?? 0) + 1
            try await grievance.create(on: db)
            let step = GrievanceStepModel()
            step.$grievance.id = try grievance.requireID()
            step.position = 0
            step.name = first.name
            step.days = first.days
            step.startedOn = filing.filedOn.description
            try await step.create(on: db)
            if let report {
                report.status = .grievance
                report.$grievance.id = grievance.id
                try await report.save(on: db)
            }
            try await record(grievance, "grievance.file", "filed \(grievance.reference) \"\(filing.title)\"", ["unit": unit.name], on: db)
        }
        return try await self.grievance(GrievanceID(try grievance.requireID()))
    }

    /// Records the day the current step's meeting was held; either side may.
    func recordMeeting(_ id: GrievanceID, on dayText: String) async throws -> GrievanceModel {
        let (grievance, step) = try await openStep(id)
        _ = try await side()
        let day = try Self.day(dayText, field: "meetingOn", notAfter: authorizer.today)
        step.meetingOn = day.description
        try await save(step, of: grievance, "grievance.meeting", "recorded the \(step.name) meeting of \(grievance.reference) on \(day)")
        return try await self.grievance(id)
    }

    /// Records the employer's answer at the current step.
    func answer(_ id: GrievanceID, text: String, on dayText: String) async throws -> GrievanceModel {
        let (grievance, step) = try await openStep(id)
        try await authorizer.require(.answerGrievance, in: .organization, on: "grievances")
        var problems: [DomainError] = []
        let answer = InputText.bounded(text, field: "answer", limit: 20_000, what: "write the answer given", &problems)
        let day = dayText.trimmingCharacters(in: .whitespaces).isEmpty
            ? authorizer.today : LocalDay(dayText.trimmingCharacters(in: .whitespaces))
        if day == nil || day.map({ $0 > authorizer.today }) == true,
           let problem = DayField.problem(in: dayText, field: "answeredOn", notAfter: authorizer.today) {
            problems.append(problem)
        }
        guard problems.isEmpty, let answer, let day else { throw StewardError.invalid(problems) }
        step.answer = answer
        step.answeredOn = day.description
        step.answeredBy = authorizer.actor.name
        try await save(step, of: grievance, "grievance.answer", "answered \(grievance.reference) at \(step.name)")
        return try await self.grievance(id)
    }

    /// Moves the grievance to the contract's next step, which begins today.
    func advance(_ id: GrievanceID) async throws -> GrievanceModel {
        let (grievance, step) = try await openStep(id)
        try await authorizer.require(.fileGrievance, in: .organization, on: "grievances")
        let steps = grievance.contract.steps
        guard step.position + 1 < steps.count else {
            throw StewardError(
                .conflict, "\(grievance.reference) is at the contract's last step; record its outcome, or take it to arbitration.")
        }
        let next = GrievanceStepModel()
        next.$grievance.id = try grievance.requireID()
        next.position = step.position + 1
        next.name = steps[next.position].name
        next.days = steps[next.position].days
        next.startedOn = authorizer.today.description
        try await database.transaction { db in
            try await next.create(on: db)
            try await record(grievance, "grievance.advance", "moved \(grievance.reference) to \(next.name)", ["step": next.name], on: db)
        }
        return try await self.grievance(id)
    }

    /// One side proposes an extension or an abeyance at the current step; it counts once the other side agrees.
    func propose(_ id: GrievanceID, _ draft: TimeAgreement.Draft) async throws -> GrievanceModel {
        let (grievance, step) = try await openStep(id)
        let side = try await side()
        var problems: [DomainError] = []
        guard let (change, reason) = draft.checked(today: authorizer.today, problems: &problems) else {
            throw StewardError.invalid(problems)
        }
        let agreement = TimeAgreementModel()
        agreement.$grievance.id = try grievance.requireID()
        agreement.stepPosition = step.position
        agreement.kind = change.kind
        switch change {
        case .extensionDays(let days): agreement.days = days
        case .abeyance(let from, let until):
            agreement.fromDay = from.description
            agreement.untilDay = until?.description
        }
        agreement.reason = reason
        agreement.proposedBy = authorizer.actor.name
        agreement.proposedSide = side
        agreement.createdAt = authorizer.clock()
        try await database.transaction { db in
            try await agreement.create(on: db)
            try await record(
                grievance, "grievance.propose-\(change.kind)", "proposed \(Self.describe(change)) on \(grievance.reference)",
                ["reason": reason], on: db)
        }
        return try await self.grievance(id)
    }

    /// The other side agrees to a proposed extension or abeyance.
    func agree(_ id: GrievanceID, to agreementID: UUID) async throws -> GrievanceModel {
        let (grievance, _) = try await openStep(id)
        let side = try await side()
        let agreement = try agreement(agreementID, of: grievance)
        guard agreement.agreedBy == nil else { throw StewardError(.conflict, "Both sides agreed to this already.") }
        guard side != agreement.proposedSide else {
            throw StewardError(.forbidden, "The \(side.rawValue) side proposed this; the other side agrees to it.")
        }
        agreement.agreedBy = authorizer.actor.name
        agreement.agreedOn = authorizer.today.description
        try await database.transaction { db in
            try await agreement.save(on: db)
            try await record(
                grievance, "grievance.agree", "agreed to \(agreement.change.map(Self.describe) ?? agreement.kind) on \(grievance.reference)",
                ["proposedBy": agreement.proposedBy], on: db)
        }
        return try await self.grievance(id)
    }

    /// Ends an agreed abeyance that runs until further notice: the clock runs again from `dayText`.
    func resume(_ id: GrievanceID, agreement agreementID: UUID, on dayText: String) async throws -> GrievanceModel {
        let (grievance, _) = try await openStep(id)
        _ = try await side()
        let agreement = try agreement(agreementID, of: grievance)
        guard case .abeyance(let from, nil)? = agreement.change, agreement.agreedBy != nil else {
            throw StewardError(.conflict, "Only an agreed abeyance that runs until further notice can be resumed.")
        }
        let day = try Self.day(dayText, field: "resumeOn", notAfter: authorizer.today)
        guard day > from else {
            throw StewardError.invalid([DomainError(
                code: .invalidField, field: "resumeOn", message: "the grievance resumes (\(day)) after its abeyance began (\(from))")])
        }
        agreement.untilDay = day.description
        try await database.transaction { db in
            try await agreement.save(on: db)
            try await record(grievance, "grievance.resume", "resumed \(grievance.reference) on \(day)", ["day": day.description], on: db)
        }
        return try await self.grievance(id)
    }

    /// Records how the grievance ended; each outcome is recorded by the side whose decision it is.
    func close(_ id: GrievanceID, outcome text: String, note: String) async throws -> GrievanceModel {
        let (grievance, _) = try await openStep(id)
        let side = try await side()
        guard let outcome = GrievanceOutcome(rawValue: text.trimmingCharacters(in: .whitespaces)) else {
            throw StewardError.invalid([DomainError(
                code: .invalidField, field: "outcome",
                message: "`\(text.prefix(20))` is not an outcome; choose \(GrievanceOutcome.allCases.map(\.rawValue).joined(separator: ", "))")])
        }
        if let owner = outcome.recordedBy, owner != side {
            throw StewardError(.forbidden, "A grievance is \(outcome.rawValue) by the \(owner.rawValue) side.")
        }
        var problems: [DomainError] = []
        let note = InputText.bounded(note, field: "note", limit: 5_000, what: "say what was decided", &problems)
        guard let note else { throw StewardError.invalid(problems) }
        grievance.outcome = outcome
        grievance.outcomeNote = note
        grievance.closedOn = authorizer.today.description
        try await database.transaction { db in
            try await grievance.save(on: db)
            try await record(grievance, "grievance.close", "closed \(grievance.reference): \(outcome.title.lowercased())", ["outcome": outcome.rawValue], on: db)
        }
        return try await self.grievance(id)
    }

    /// The clock of the grievance's current step, or nil once it is closed.
    func clock(of grievance: GrievanceModel) throws -> GrievanceClock? {
        guard grievance.outcome == nil, let step = grievance.steps.max(by: { $0.position < $1.position }),
              let start = LocalDay(step.startedOn)
        else { return nil }
        let agreed = grievance.agreements.filter { $0.agreedBy != nil }.compactMap(\.change)
        let extra = grievance.agreements.filter { $0.agreedBy != nil && $0.stepPosition == step.position }
            .compactMap(\.days).reduce(0, +)
        let pauses = agreed.compactMap { change -> GrievanceClock.Pause? in
            guard case .abeyance(let from, let until) = change else { return nil }
            return GrievanceClock.Pause(from: from, until: until)
        }
        return GrievanceClock(
            calendar: try grievance.contract.terms().calendar, dayCount: grievance.dayCount, limit: step.days + extra,
            start: start, pauses: pauses)
    }

    // MARK: - Parts

    /// The side the actor speaks for in a grievance: the union files, the employer answers.
    private func side() async throws -> TableSide {
        if authorizer.allows(.fileGrievance, in: .organization) { return .union }
        try await authorizer.require(.answerGrievance, in: .organization, on: "grievances")
        return .management
    }

    private func openStep(_ id: GrievanceID) async throws -> (GrievanceModel, GrievanceStepModel) {
        let grievance = try await grievance(id)
        guard grievance.outcome == nil, let step = grievance.steps.max(by: { $0.position < $1.position }) else {
            throw StewardError(.conflict, "\(grievance.reference) is closed: \(grievance.outcome?.title.lowercased() ?? "").")
        }
        return (grievance, step)
    }

    private func agreement(_ id: UUID, of grievance: GrievanceModel) throws -> TimeAgreementModel {
        guard let agreement = grievance.agreements.first(where: { $0.id == id }) else {
            throw StewardError.notFound("no proposed change of time limits with id \(id.uuidString.lowercased()) on \(grievance.reference)")
        }
        return agreement
    }

    private func reference<M>(
        _ text: String, field: String, _ find: (UUID) async throws -> M
    ) async throws -> (model: M?, problems: [DomainError]) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return (nil, []) }
        guard let uuid = UUID(uuidString: text), let model = try? await find(uuid) else {
            return (nil, [DomainError(code: .invalidField, field: field, message: "no record with id `\(text.prefix(40))`")])
        }
        return (model, [])
    }

    private static func day(_ text: String, field: String, notAfter today: LocalDay) throws -> LocalDay {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return today }
        if let problem = DayField.problem(in: text, field: field, notAfter: today) { throw StewardError.invalid([problem]) }
        return LocalDay(text) ?? today
    }

    private static func describe(_ change: TimeAgreement) -> String {
        switch change {
        case .extensionDays(let days): "an extension of \(days) days"
        case .abeyance(let from, let until): "abeyance from \(from)" + (until.map { " until \($0)" } ?? " until further notice")
        }
    }

    private func save(_ step: GrievanceStepModel, of grievance: GrievanceModel, _ action: String, _ summary: String) async throws {
        try await database.transaction { db in
            try await step.save(on: db)
            try await record(grievance, action, summary, ["step": step.name], on: db)
        }
    }

    private func record(
        _ grievance: GrievanceModel, _ action: String, _ summary: String, _ change: [String: String], on db: any Database
    ) async throws {
        try await authorizer.auditTrail(on: db).record(AuditEntry(
            actor: authorizer.actor, action: action, objectType: "grievance",
            objectID: try grievance.requireID().uuidString.lowercased(), zone: .organization, summary: summary, change: change))
    }
}

extension Authorizer {
    var grievances: GrievanceService { GrievanceService(authorizer: self) }
}
