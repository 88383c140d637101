import Foundation
import PolicyEngine
import StewardAPI
import StewardCore

extension APIHandler {
    func createUnit(_ input: Operations.CreateUnit.Input) async throws -> Operations.CreateUnit.Output {
        let body = switch input.body { case .json(let body): body }
        let unit = try await authorizer.units.create(name: body.name, local: body.local)
        return .created(.init(body: .json(try .init(unit))))
    }

    func listPacks(_ input: Operations.ListPacks.Input) async throws -> Operations.ListPacks.Output {
        let policy = try authorizer.context.policy
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.packs.inForce(paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map { try .init($0, parsedIn: policy) })))
    }

    func adoptPack(_ input: Operations.AdoptPack.Input) async throws -> Operations.AdoptPack.Output {
        let body = switch input.body { case .json(let body): body }
        let adopted = try await authorizer.packs.adopt(PackDraft(source: body.source, unitIDs: body.unitIDs ?? []))
        return .created(.init(body: .json(.init(
            pack: try .init(adopted.version),
            changes: try adopted.preview.changes.map(Components.Schemas.DecisionChange.init)))))
    }
}

extension Components.Schemas.AdoptedPack {
    init(_ model: PolicyAdoptionModel, parsedIn policy: PolicyService? = nil) throws {
        self.init(
            id: try model.requireID().uuidString.lowercased(), packID: model.packID, title: model.title,
            version: model.number, packVersion: model.packVersion, effective: model.effective, unitIDs: model.unitIDs,
            rules: try (policy.map(model.record(reusing:)) ?? model.record()).adoption.pack.rules.count,
            adoptedAt: model.adoptedAt, adoptedBy: model.adoptedBy)
    }
}

extension Components.Schemas.DecisionChange {
    init(_ change: DecisionChange) throws {
        self.init(
            useCaseID: try change.useCase.requireID().uuidString.lowercased(), title: change.useCase.title,
            before: try Vocabulary.convert(change.before.outcome), after: try Vocabulary.convert(change.after.outcome),
            redecided: change.isRedecided, reviewStatus: try Vocabulary.convert(change.useCase.reviewStatus))
    }
}

extension APIHandler {
    func listPeople(_ input: Operations.ListPeople.Input) async throws -> Operations.ListPeople.Output {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await request.people.people(paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map(Components.Schemas.PersonAccount.init))))
    }

    func invitePerson(_ input: Operations.InvitePerson.Input) async throws -> Operations.InvitePerson.Output {
        let body = switch input.body { case .json(let body): body }
        let request = try request
        let invited = try await request.people.invite(PersonDraft(
            username: body.username, displayName: body.displayName, email: body.email ?? "", role: body.role.rawValue,
            unitID: body.unitID ?? "", isSupervisor: body.isSupervisor ?? false, committeeSide: body.committeeSide ?? ""))
        return .created(.init(body: .json(.init(
            person: try .init(invited.person),
            passwordLink: CalendarController.absoluteBase(of: request) + invited.link, mailed: invited.mailed))))
    }

    func updatePerson(_ input: Operations.UpdatePerson.Input) async throws -> Operations.UpdatePerson.Output {
        let body = switch input.body { case .json(let body): body }
        let people = try request.people
        var person = try await people.update(input.path.username, with: PersonDraft(
            displayName: body.displayName, email: body.email ?? "", role: body.role.rawValue, unitID: body.unitID ?? "",
            isSupervisor: body.isSupervisor ?? false, committeeSide: body.committeeSide ?? ""))
        if let active = body.active { person = try await people.setActive(person.username, active) }
        return .ok(.init(body: .json(try .init(person))))
    }
}

extension Components.Schemas.PersonAccount {
    init(_ person: PersonModel) throws {
        self.init(
            id: try person.requireID().uuidString.lowercased(), username: person.username,
            displayName: person.displayName, email: person.email, role: try Vocabulary.convert(person.role),
            unitID: person.$unit.id?.uuidString.lowercased(), isSupervisor: person.isSupervisor,
            committeeSide: try person.committeeSide.map { try Vocabulary.convert($0) }, isActive: person.isActive,
            isAdministrator: person.isAdministrator)
    }
}

extension APIHandler {
    func listContracts(_ input: Operations.ListContracts.Input) async throws -> Operations.ListContracts.Output {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.contracts.contracts(paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map(Components.Schemas.Contract.init))))
    }

    func createContract(_ input: Operations.CreateContract.Input) async throws -> Operations.CreateContract.Output {
        let body = switch input.body { case .json(let body): body }
        let contract = try await authorizer.contracts.save(nil, Self.draft(body), unitIDs: body.unitIDs ?? [])
        return .created(.init(body: .json(try .init(contract))))
    }

    func updateContract(_ input: Operations.UpdateContract.Input) async throws -> Operations.UpdateContract.Output {
        let body = switch input.body { case .json(let body): body }
        guard let id = UUID(uuidString: input.path.contractID) else {
            throw StewardError.notFound("no contract with id \(input.path.contractID.prefix(60))")
        }
        let contract = try await authorizer.contracts.save(id, Self.draft(body), unitIDs: body.unitIDs ?? [])
        return .ok(.init(body: .json(try .init(contract))))
    }

    private static func draft(_ body: Components.Schemas.ContractInput) -> ContractDraft {
        ContractDraft(
            title: body.title, effectiveOn: body.effectiveOn, expiresOn: body.expiresOn ?? "", timeZone: body.timeZone,
            dayCount: body.dayCount.rawValue, workingWeekdays: (body.workingWeekdays ?? []).map(String.init),
            holidays: body.holidays ?? [],
            grievanceSteps: (body.grievanceSteps ?? []).map { ContractDraft.Step(name: $0.name, days: String($0.days)) })
    }
}

extension Components.Schemas.Contract {
    init(_ contract: ContractModel) throws {
        self.init(
            id: try contract.requireID().uuidString.lowercased(), title: contract.title, effectiveOn: contract.effectiveOn,
            expiresOn: contract.expiresOn, timeZone: contract.timeZone, dayCount: try Vocabulary.convert(contract.dayCount),
            workingWeekdays: contract.workingWeekdays, holidays: contract.holidays,
            grievanceSteps: contract.steps.map { .init(name: $0.name, days: $0.days) },
            unitIDs: contract.units.compactMap { $0.id?.uuidString.lowercased() })
    }
}

extension APIHandler {
    func importClassifications(_ input: Operations.ImportClassifications.Input) async throws
        -> Operations.ImportClassifications.Output
    {
        let body = switch input.body { case .csv(let body): body }
        let csv = try await String(collecting: body, upTo: UploadLimits.classificationFile.value)
        let summary = try await authorizer.units.importClassifications(csv: csv)
        return .ok(.init(body: .json(.init(
            units: summary.units, classifications: summary.classifications, tasks: summary.tasks))))
    }
}
