import Fluent
import Foundation
import StewardCore

/// The union's requests to the employer for information about AI (issue 11): the union asks and follows up, the
/// employer answers item by item, and the due day is counted on the unit's contract calendar. Both sides and the
/// joint committee read them, as they read grievances.
struct InformationRequestService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// Every request, newest first.
    func requests() async throws -> [InformationRequestModel] {
        try await authorizer.require(.readGrievances, in: .organization, on: "information requests")
        return try await InformationRequestModel.query(on: database).with(\.$unit).with(\.$items).with(\.$followUps)
            .sort(\.$number, .descending).all()
    }

    /// One request with its items and follow-ups.
    func request(_ id: UUID) async throws -> InformationRequestModel {
        let missing = StewardError.notFound("no information request with id \(id.uuidString.lowercased())")
        try await authorizer.require(.readGrievances, in: .organization, on: missing)
        guard let request = try await InformationRequestModel.query(on: database).filter(\.$id == id).with(\.$unit)
            .with(\.$items).with(\.$followUps).with(\.$grievance).first()
        else { throw missing }
        return request
    }

    /// The union asks the employer for the items of `draft`, due `days` later on the unit's contract calendar.
    func ask(_ draft: InformationRequestDraft, unit unitText: String, grievance grievanceText: String) async throws
        -> InformationRequestModel
    {
        try await authorizer.require(.fileGrievance, in: .organization, on: "information requests")
        var problems: [DomainError] = []
        let checked = draft.checked(problems: &problems)
        let unit = try await UUID(uuidString: unitText).asyncMap { try await BargainingUnitModel.find($0, on: database) } ?? nil
        if unit == nil {
            problems.append(DomainError(code: .invalidField, field: "unitID", message: "choose the bargaining unit the request is made for"))
        }
        let grievanceText = grievanceText.trimmingCharacters(in: .whitespaces)
        let grievance = grievanceText.isEmpty ? nil
            : try await UUID(uuidString: grievanceText).asyncMap { try await GrievanceModel.find($0, on: database) } ?? nil
        if !grievanceText.isEmpty, grievance == nil {
            problems.append(DomainError(code: .invalidField, field: "grievanceID", message: "choose one of the grievances, or none"))
        }
        guard problems.isEmpty, let checked, let unit else { throw StewardError.invalid(problems) }
        let now = authorizer.clock()
        let calendar = try await DueCalendar.of(unit: unit.id, on: database, now: now)
        let request = InformationRequestModel()
        request.title = checked.title
        request.$unit.id = try unit.requireID()
        request.$grievance.id = grievance?.id
        request.askedOn = authorizer.today.description
        request.dueOn = LocalDay(calendar.due(checked.days, after: now), in: .gmt).description
        request.askedBy = authorizer.actor.name
        request.createdAt = now
        try await database.transaction { db in
            let last = try await InformationRequestModel.query(on: db).sort(\.$number, .descending).first()
            request.number = (last?.number ?? 0) + 1
            try await request.create(on: db)
            for (position, item) in checked.items.enumerated() {
                let model = InformationRequestItemModel()
                model.$request.id = try request.requireID()
                model.position = position
                model.text = item.text
                model.relevance = item.relevance
                try await model.create(on: db)
            }
            try await audit(request, "information-request.ask", "asked the employer for information: \(request.reference)", ["due": request.dueOn], on: db)
        }
        return try await self.request(try request.requireID())
    }

    /// The employer answers one item; an answer may be partial and is replaced by a fuller one later.
    func answer(_ id: UUID, item itemID: UUID, text: String) async throws -> InformationRequestModel {
        let request = try await openRequest(id)
        try await authorizer.require(.answerGrievance, in: .organization, on: "information requests")
        guard let item = request.items.first(where: { $0.id == itemID }) else {
            throw StewardError.notFound("no item with id \(itemID.uuidString.lowercased()) on \(request.reference)")
        }
        var problems: [DomainError] = []
        guard let answer = InputText.bounded(text, field: "answer", limit: 20_000, what: "write the answer given", &problems) else {
            throw StewardError.invalid(problems)
        }
        item.answer = answer
        item.answeredOn = authorizer.today.description
        item.answeredBy = authorizer.actor.name
        try await database.transaction { db in
            try await item.save(on: db)
            try await audit(request, "information-request.answer", "answered item \(item.position + 1) of \(request.reference)", [:], on: db)
        }
        return try await self.request(id)
    }

    /// The union follows up on what is still missing, with a new due day `days` later.
    func followUp(_ id: UUID, text: String, days daysText: String) async throws -> InformationRequestModel {
        let request = try await openRequest(id)
        try await authorizer.require(.fileGrievance, in: .organization, on: "information requests")
        var problems: [DomainError] = []
        let text = InputText.bounded(text, field: "followUp", limit: 5_000, what: "say what is still missing", &problems)
        let days = Int(daysText.trimmingCharacters(in: .whitespaces))
        if days.map({ !(1...90).contains($0) }) ?? true {
            problems.append(DomainError(code: .invalidField, field: "days", message: "`\(daysText.prefix(20))` is not a time to answer; give 1 to 90 days"))
        }
        guard problems.isEmpty, let text, let days else { throw StewardError.invalid(problems) }
        let now = authorizer.clock()
        let calendar = try await DueCalendar.of(unit: request.$unit.id, on: database, now: now)
        let followUp = InformationFollowUpModel()
        followUp.$request.id = try request.requireID()
        followUp.text = text
        followUp.sentOn = authorizer.today.description
        followUp.dueOn = LocalDay(calendar.due(days, after: now), in: .gmt).description
        followUp.sentBy = authorizer.actor.name
        followUp.createdAt = now
        request.dueOn = followUp.dueOn
        try await database.transaction { db in
            try await followUp.create(on: db)
            try await request.save(on: db)
            try await audit(request, "information-request.follow-up", "followed up \(request.reference), now due \(followUp.dueOn)", [:], on: db)
        }
        return try await self.request(id)
    }

    /// The union closes a request it has what it needs from.
    func close(_ id: UUID) async throws -> InformationRequestModel {
        let request = try await openRequest(id)
        try await authorizer.require(.fileGrievance, in: .organization, on: "information requests")
        request.closedOn = authorizer.today.description
        try await database.transaction { db in
            try await request.save(on: db)
            try await audit(request, "information-request.close", "closed \(request.reference)", [:], on: db)
        }
        return try await self.request(id)
    }

    private func openRequest(_ id: UUID) async throws -> InformationRequestModel {
        let request = try await request(id)
        guard request.closedOn == nil else {
            throw StewardError(.conflict, "\(request.reference) was closed on \(request.closedOn ?? "").")
        }
        return request
    }

    private func audit(
        _ request: InformationRequestModel, _ action: String, _ summary: String, _ change: [String: String], on db: any Database
    ) async throws {
        try await authorizer.auditTrail(on: db).record(AuditEntry(
            actor: authorizer.actor, action: action, objectType: "information-request",
            objectID: try request.requireID().uuidString.lowercased(), zone: .organization, summary: summary, change: change))
    }
}

extension Authorizer {
    var informationRequests: InformationRequestService { InformationRequestService(authorizer: self) }
}
