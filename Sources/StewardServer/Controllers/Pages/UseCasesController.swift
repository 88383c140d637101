import StewardCore
import Vapor

/// Describing how a unit uses a tool, and showing one use.
enum UseCasesController {
    @Sendable static func new(_ request: Request) async throws -> View {
        let tool = try await request.authorizer.tools.tool(try request.id("toolID"))
        try await request.authorizer.require(.propose, in: .organization, on: "use cases")
        let units = try await request.authorizer.units.units().map { try $0.domain() }
        let context = UseCaseFormContext(request: request, tool: try tool.domain(), units: units, form: UseCaseForm())
        return try await request.view.render("use-cases/form", context)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let toolID: AIToolID = try request.id("toolID")
        let form = try request.content.decode(UseCaseForm.self)
        do {
            let useCase = try await request.authorizer.useCases.create(for: toolID, try form.draft().get())
            return request.redirect(to: Paths.useCase.href(try useCase.requireID()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let tool = try await request.authorizer.tools.tool(toolID)
            let units = try await request.authorizer.units.units().map { try $0.domain() }
            let context = UseCaseFormContext(
                request: request, tool: try tool.domain(), units: units, form: form, problems: error.problems)
            return try await rerender(request, "use-cases/form", context)
        }
    }

    @Sendable static func edit(_ request: Request) async throws -> View {
        let useCase = try await request.authorizer.useCases.editable(try request.id("useCaseID"))
        return try await renderForm(request, useCase: useCase, form: UseCaseForm(try useCase.domain()))
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        let id: UseCaseID = try request.id("useCaseID")
        let useCase = try await request.authorizer.useCases.editable(id)
        let form = try request.content.decode(UseCaseForm.self)
        do {
            _ = try await request.authorizer.useCases.update(id, with: try form.draft().get())
            return request.redirect(to: Paths.useCase.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await renderForm(request, useCase: useCase, form: form, error.problems))
        }
    }

    private static func renderForm(
        _ request: Request, useCase: UseCaseModel, form: UseCaseForm, _ problems: [DomainError] = []
    ) async throws -> View {
        let units = try await request.authorizer.units.units().map { try $0.domain() }
        let context = UseCaseFormContext(
            request: request, tool: try useCase.tool.domain(), units: units, form: form, problems: problems,
            editing: UseCaseID(try useCase.requireID()))
        return try await request.view.render("use-cases/form", context)
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        try await render(request, useCaseID: try request.id("useCaseID"))
    }

    /// Renders a use case's page, with the note form's input and problems when a note was refused.
    static func render(
        _ request: Request, useCaseID id: UseCaseID, noteDraft: TextDraft = .empty, approvalDraft: ApprovalDraft? = nil,
        denialDraft: TextDraft = .empty
    ) async throws -> View {
        let authorizer = try request.authorizer
        let useCase = try await authorizer.useCases.useCase(id)
        let steps = try await authorizer.reviews.steps(of: useCase).map { try $0.domain() }
        let review = try ReviewPanelContext(
            request: request, useCase: useCase, steps: steps, now: authorizer.clock(), refusal: approvalDraft,
            denial: denialDraft)
        let mayEdit = authorizer.allows(.edit, in: useCase.zone, standing: authorizer.useCases.standing(to: useCase))
        let context = try UseCaseShowContext(
            request: request, useCase: try useCase.domain(), tool: try useCase.tool.domain(),
            unit: try useCase.unit.domain(), review: review, mayEdit: mayEdit, notes: try await authorizer.notes.notes(on: .useCase(id)),
            noteDraft: noteDraft, federal: try await authorizer.federalInventory.record(of: useCase))
        return try await request.view.render("use-cases/show", context)
    }
}
