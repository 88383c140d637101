import StewardCore
import Vapor

/// Recording a contract and changing it; its page shows it to everyone in the organization.
enum ContractsController {
    struct ContractForm: Content {
        var title: String?
        var effectiveOn: String?
        var expiresOn: String?
        var timeZone: String?
        var dayCount: String?
        var workingWeekdays: [String]?
        var holidays: String?
        var grievanceSteps: String?
        var unitIDs: [String]?

        var draft: ContractDraft {
            ContractDraft(
                title: title ?? "", effectiveOn: effectiveOn ?? "", expiresOn: expiresOn ?? "", timeZone: timeZone ?? "",
                dayCount: dayCount ?? "", workingWeekdays: workingWeekdays ?? [],
                holidays: ContractFormContext.lines(holidays ?? ""),
                grievanceSteps: ContractFormContext.steps(grievanceSteps ?? ""))
        }
    }

    @Sendable static func new(_ request: Request) async throws -> View {
        let calendar = try await request.authorizer.contracts.organizationCalendar()
        return try await render(request, nil, ContractDraft(timeZone: calendar.timeZone), unitIDs: [])
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        let contract = try await request.authorizer.contracts.contract(try id(request))
        return try await render(request, contract, contract.draft, unitIDs: contract.units.compactMap { $0.id?.uuidString })
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        try await save(request, nil)
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        try await save(request, try id(request))
    }

    private static func save(_ request: Request, _ id: UUID?) async throws -> Response {
        let form = try request.content.decode(ContractForm.self)
        do {
            let contract = try await request.authorizer.contracts.save(id, form.draft, unitIDs: form.unitIDs ?? [])
            return request.redirect(to: Paths.contract.href(try contract.requireID().uuidString.lowercased()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let contract = if let id { try await request.authorizer.contracts.contract(id) } else { ContractModel?.none }
            return try await rerender(
                request, try await render(request, contract, form.draft, unitIDs: form.unitIDs ?? [], problems: error.problems))
        }
    }

    private static func id(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("contractID").flatMap(UUID.init(uuidString:)) else {
            throw StewardError.notFound("no contract with that id")
        }
        return id
    }

    private static func render(
        _ request: Request, _ contract: ContractModel?, _ draft: ContractDraft, unitIDs: [String],
        problems: [DomainError] = []
    ) async throws -> View {
        let context = ContractFormContext(
            request: request, contract: contract, draft: draft, unitIDs: unitIDs,
            units: try await request.authorizer.units.units(), problems: problems)
        return try await request.view.render("contracts/form", context)
    }
}
