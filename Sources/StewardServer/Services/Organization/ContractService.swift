import Fluent
import Foundation
import StewardCore

/// The organization's contracts and its own calendar: recording a contract with its dates, calendar and grievance
/// steps, attaching it to the units it covers, and the time zone and holidays of units no contract covers.
struct ContractService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// Every contract with its units, by title.
    func contracts() async throws -> [ContractModel] {
        try await authorizer.require(.read, in: .organization, on: "contracts")
        return try await ContractModel.query(on: database).with(\.$units).ordered(by: \.$title).all()
    }

    /// One page of the contracts with the units they cover, by title, keyed by the last contract's id.
    func contracts(_ page: PageRequest) async throws -> Page<ContractModel> {
        try await authorizer.require(.read, in: .organization, on: "contracts")
        return try await ContractModel.query(on: database).with(\.$units).page(page, by: \.$title)
    }

    func contract(_ id: UUID) async throws -> ContractModel {
        try await authorizer.require(.read, in: .organization, on: "contracts")
        guard let contract = try await ContractModel.query(on: database).filter(\.$id == id).with(\.$units).first() else {
            throw StewardError.notFound("no contract with id \(id)")
        }
        return contract
    }

    /// Records a new contract (`id` nil) or changes one, and attaches it to exactly the units named: a unit named
    /// leaves the contract it was under, a unit the contract no longer names is left with none.
    /// - Throws: a 422 naming each problem by field (`holidays[2]`, `grievanceSteps[1].days`, `unitIDs[0]`).
    func save(_ id: UUID?, _ draft: ContractDraft, unitIDs: [String]) async throws -> ContractModel {
        try await authorizer.require(.manageOrganization, in: .organization, on: "contracts")
        let contract = if let id { try await self.contract(id) } else { ContractModel() }
        var problems: [DomainError] = []
        let terms = draft.checked(problems: &problems)
        var found: [BargainingUnitModel] = []
        for (index, text) in unitIDs.enumerated() {
            guard let unitID = UUID(uuidString: text), let unit = try await BargainingUnitModel.find(unitID, on: database) else {
                problems.append(DomainError(
                    code: .invalidField, field: "unitIDs[\(index)]", message: "no bargaining unit with id `\(text.prefix(60))`"))
                continue
            }
            found.append(unit)
        }
        guard problems.isEmpty, let terms else { throw StewardError.invalid(problems) }
        let units = found
        contract.apply(terms)
        contract.updatedBy = authorizer.actor.name
        contract.updatedAt = authorizer.clock()
        let isNew = id == nil
        try await database.transaction { db in
            try await contract.save(on: db)
            let contractID = try contract.requireID()
            let named = Set(units.compactMap(\.id))
            for unit in try await BargainingUnitModel.query(on: db).filter(\.$contract.$id == contractID).all()
            where !named.contains(try unit.requireID()) {
                unit.$contract.id = nil
                try await unit.save(on: db)
            }
            for unit in units {
                unit.$contract.id = contractID
                unit.contractTitle = terms.title
                unit.contractExpires = terms.expires?.start(in: .gmt)
                try await unit.save(on: db)
            }
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: isNew ? "contract.create" : "contract.update", objectType: "contract",
                    objectID: contractID.uuidString.lowercased(), zone: .organization,
                    summary: "\(isNew ? "recorded" : "changed") the contract \"\(terms.title)\" for "
                        + (units.isEmpty ? "no unit yet" : units.map(\.name).joined(separator: ", ")),
                    change: ["title": terms.title, "effectiveOn": contract.effectiveOn, "expiresOn": contract.expiresOn ?? "",
                             "timeZone": contract.timeZone, "dayCount": contract.dayCount.rawValue,
                             "holidays": contract.holidays.joined(separator: ","), "grievanceSteps": contract.grievanceSteps,
                             "units": units.compactMap { $0.id?.uuidString.lowercased() }.joined(separator: ",")]))
        }
        return try await self.contract(try contract.requireID())
    }

    /// The organization's own calendar, for units no contract covers.
    func organizationCalendar() async throws -> (timeZone: String, holidays: [String]) {
        try await authorizer.require(.read, in: .organization, on: "the organization's calendar")
        let organization = try await OrganizationModel.query(on: database).first()
        return (organization?.timeZone ?? "UTC", (organization?.holidays ?? "").split(separator: ",").map(String.init))
    }

    /// Sets the organization's time zone and holidays.
    func setOrganizationCalendar(timeZone: String, holidays: [String]) async throws {
        try await authorizer.require(.manageOrganization, in: .organization, on: "the organization's calendar")
        var problems: [DomainError] = []
        var days: Set<LocalDay> = []
        for (index, text) in holidays.enumerated() {
            if let day = LocalDay(text.trimmingCharacters(in: .whitespaces)) {
                days.insert(day)
            } else if let problem = DayField.problem(in: text, field: "holidays[\(index)]") {
                problems.append(problem)
            }
        }
        var calendar: WorkCalendar?
        do { calendar = try WorkCalendar(timeZone: timeZone.trimmingCharacters(in: .whitespaces), holidays: days) } catch {
            problems.append(error)
        }
        guard problems.isEmpty, let calendar else { throw StewardError.invalid(problems) }
        guard let organization = try await OrganizationModel.query(on: database).first() else {
            throw StewardError(.conflict, "Add a bargaining unit first: the organization's record is made with it.")
        }
        organization.timeZone = calendar.timeZone.identifier
        organization.holidays = calendar.holidays.map(\.description).sorted().joined(separator: ",")
        try await database.transaction { db in
            try await organization.save(on: db)
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "organization.calendar", objectType: "organization",
                    objectID: try organization.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "set the organization's calendar to \(organization.timeZone) with "
                        + "\(calendar.holidays.count) holiday(s)",
                    change: ["timeZone": organization.timeZone, "holidays": organization.holidays]))
        }
        authorizer.context.zone.set(calendar.timeZone, at: authorizer.clock())
    }
}

extension Authorizer {
    var contracts: ContractService { ContractService(authorizer: self) }
}
