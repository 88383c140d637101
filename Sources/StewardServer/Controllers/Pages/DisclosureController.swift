import StewardCore
import Vapor

/// What workers are told about a use, and publishing it.
enum DisclosureController {
    @Sendable static func show(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        let (useCase, disclosure, step) = try await authorizer.disclosures.disclosure(try request.id("useCaseID"))
        let mayPublish = step.map { step in
            step.status.isOpen && useCase.reviewStatus.isOpen
                && authorizer.allows(.completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step))
        } ?? false
        let context = try DisclosureContext(
            request: request, useCase: useCase, disclosure: disclosure, step: step, mayPublish: mayPublish)
        return try await request.view.render("disclosure/show", context)
    }

    /// The public version of a published use's disclosure, linked from the inventory; no sign-in needed.
    @Sendable static func publicPage(_ request: Request) async throws -> View {
        let id: UseCaseID = try request.id("useCaseID")
        let authorizer = try request.authorizer
        let disclosure = try await authorizer.disclosures.publicDisclosure(id)
        let context = DisclosureContext.Public(
            layout: LayoutContext(request: request, title: disclosure.title), title: disclosure.title,
            sections: disclosure.sections.map { .init(heading: $0.heading, lines: $0.lines) },
            inventoryHref: Paths.inventory.href(),
            biasAudits: try await authorizer.biasAudits.published(of: id).map { audit in
                .init(href: Paths.publicBiasAudit.href(try audit.requireID().uuidString.lowercased()), conductedOn: audit.conductedOn)
            })
        return try await request.view.render("inventory/use", context)
    }

    @Sendable static func publish(_ request: Request) async throws -> Response {
        let id: UseCaseID = try request.id("useCaseID")
        _ = try await request.authorizer.disclosures.publish(id)
        return request.redirect(to: Paths.useCaseDisclosure.href(id))
    }
}
