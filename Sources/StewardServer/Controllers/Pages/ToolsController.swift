import StewardCore
import Vapor

/// The tool registry's pages: list, show, request, edit and lifecycle moves.
enum ToolsController {
    @Sendable static func index(_ request: Request) async throws -> View {
        let status = try statusFilter(request)
        let paging = try PageRequest(request)
        let authorizer = try request.authorizer
        // Below the frame the list depends on its address and on the reader's access alone.
        let content = try await request.sharedPart("tools/_content", seenAs: request.actor.access) {
            let page = try await authorizer.tools.page(status: status, paging)
            return ToolListContext(
                request: request, tools: try page.items.map { try $0.domain() }, status: status,
                nextHref: page.nextHref(from: request.url, limit: paging.limit))
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Tools", contentHTML: content))
    }

    /// The `status` filter; an unknown status is a 400 naming the parameter and the statuses there are.
    private static func statusFilter(_ request: Request) throws -> ToolStatus? {
        guard let text = request.query[String.self, at: "status"], !text.isEmpty else { return nil }
        guard let status = ToolStatus(rawValue: text) else {
            let allowed = ToolStatus.allCases.map(\.rawValue)
            throw StewardError(
                .badRequest, "query parameter `status`: unknown value `\(text.prefix(40))`"
                    + Suggestion.hint(for: text, among: allowed) + "Allowed: " + allowed.joined(separator: ", "))
        }
        return status
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        try await render(request, toolID: try request.id("toolID"))
    }

    /// Renders a tool's page, with the move form's or the note form's input and problems when one was refused.
    static func render(
        _ request: Request, toolID: AIToolID, moveDraft: MoveDraft = .empty, noteDraft: TextDraft = .empty,
        upstreamDraft: UpstreamDraft? = nil, upstreamProblems: [DomainError] = []
    ) async throws -> View {
        let authorizer = try request.authorizer
        let model = try await authorizer.tools.tool(toolID)
        let gateway = GatewayPanelContext(
            request: request, toolID: toolID, upstream: try await authorizer.upstreams.upstream(of: toolID),
            draft: upstreamDraft, problems: upstreamProblems)
        let context = ToolShowContext(
            request: request, tool: try model.domain(), transitions: try await authorizer.tools.transitions(of: model),
            uses: try await authorizer.useCases.list(for: model).map { try $0.domain() },
            notes: try await authorizer.notes.notes(on: .tool(toolID)), policy: try request.application.policy,
            gateway: gateway, moveDraft: moveDraft, noteDraft: noteDraft)
        return try await request.view.render("tools/show", context)
    }

    @Sendable static func new(_ request: Request) async throws -> View {
        let context = ToolFormContext(request: request, form: ToolForm(), action: Paths.tools.href(), isNew: true)
        return try await request.view.render("tools/form", context)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ToolForm.self)
        do {
            let tool = try await request.authorizer.tools.register(try form.details().get())
            return request.redirect(to: Paths.tool.href(try tool.requireID()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let context = ToolFormContext(
                request: request, form: form, action: Paths.tools.href(), isNew: true, problems: error.problems)
            return try await rerender(request, "tools/form", context)
        }
    }

    @Sendable static func edit(_ request: Request) async throws -> View {
        let id: AIToolID = try request.id("toolID")
        let tool = try await request.authorizer.tools.tool(id)
        try await request.authorizer.require(.edit, in: tool.zone, on: "no tool with id \(id)")
        let context = ToolFormContext(
            request: request, form: ToolForm(try tool.domain()), action: Paths.editTool.href(id), isNew: false)
        return try await request.view.render("tools/form", context)
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        let id: AIToolID = try request.id("toolID")
        let form = try request.content.decode(ToolForm.self)
        do {
            _ = try await request.authorizer.tools.update(id, with: try form.details().get())
            return request.redirect(to: Paths.tool.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let context = ToolFormContext(
                request: request, form: form, action: Paths.editTool.href(id), isNew: false, problems: error.problems)
            return try await rerender(request, "tools/form", context)
        }
    }

    struct MoveForm: Content {
        var to: String?
        var reason: String?
        var conditions: String?
    }

    @Sendable static func move(_ request: Request) async throws -> Response {
        let id: AIToolID = try request.id("toolID")
        let form = try request.content.decode(MoveForm.self)
        do {
            guard let target = form.to.flatMap(ToolStatus.init(rawValue:)) else {
                throw StewardError.invalid([DomainError(
                    code: .invalidField, field: "status",
                    message: "choose a status: " + ToolStatus.allCases.map(\.rawValue).joined(separator: ", "))])
            }
            _ = try await request.authorizer.tools.move(
                id, to: target, reason: form.reason ?? "", conditions: form.conditions ?? "")
            return request.redirect(to: Paths.tool.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let draft = MoveDraft(
                to: form.to ?? "", reason: form.reason ?? "", conditions: form.conditions ?? "", problems: error.problems)
            let view = try await render(request, toolID: id, moveDraft: draft)
            return try await rerender(request, view)
        }
    }
}

extension ToolsController {
    struct UpstreamForm: Content {
        var gatewayName: String?
        var baseURL: String?
        var model: String?
        var credential: String?
    }

    /// The AI officer sets where the gateway sends the tool's calls.
    @Sendable static func setUpstream(_ request: Request) async throws -> Response {
        let id: AIToolID = try request.id("toolID")
        let form = try request.content.decode(UpstreamForm.self)
        let draft = UpstreamDraft(
            gatewayName: form.gatewayName ?? "", baseURL: form.baseURL ?? "", model: form.model ?? "",
            credential: form.credential ?? "")
        do {
            _ = try await request.authorizer.upstreams.set(id, draft)
            return request.redirect(to: Paths.tool.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(
                request, try await render(request, toolID: id, upstreamDraft: draft, upstreamProblems: error.problems))
        }
    }
}

/// Shows a form again after bad input, with status 422 so clients and tests can tell.
func rerender(_ request: Request, _ template: String, _ context: some Encodable) async throws -> Response {
    try await rerender(request, try await request.view.render(template, context))
}

func rerender(_ request: Request, _ view: View) async throws -> Response {
    let response = try await view.encodeResponse(for: request)
    response.status = .unprocessableEntity
    return response
}
