import StewardCore
import Vapor

/// The accounts of the organization: the list with the invitation form, and each person's page.
enum PeopleController {
    struct PersonForm: Content {
        var username: String?
        var displayName: String?
        var email: String?
        var role: String?
        var unitID: String?
        var isSupervisor: String?
        var committeeSide: String?

        var draft: PersonDraft {
            PersonDraft(
                username: username ?? "", displayName: displayName ?? "", email: email ?? "", role: role ?? "",
                unitID: unitID ?? "", isSupervisor: isSupervisor == "true", committeeSide: committeeSide ?? "")
        }
    }

    struct StatusForm: Content {
        var active: String?
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        try await renderList(request, draft: PersonDraft(
            displayName: "", email: "", role: Role.worker.rawValue, unitID: "", isSupervisor: false, committeeSide: ""))
    }

    @Sendable static func invite(_ request: Request) async throws -> Response {
        let draft = try request.content.decode(PersonForm.self).draft
        do {
            let invited = try await request.people.invite(draft)
            let issued = IssuedLinkContext(
                request: request, name: invited.person.displayName, path: invited.link, mailed: invited.mailed)
            return try await renderPerson(request, invited.person, issued: issued).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await renderList(request, draft: draft, problems: error.problems))
        }
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        try await renderPerson(request, try await request.people.person(username(request)))
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        let draft = try request.content.decode(PersonForm.self).draft
        do {
            let person = try await request.people.update(try username(request), with: draft)
            return request.redirect(to: Paths.person.href(person.username))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let person = try await request.people.person(username(request))
            var kept = draft
            kept.username = person.username
            return try await rerender(request, try await renderPerson(request, person, draft: kept, problems: error.problems))
        }
    }

    @Sendable static func setStatus(_ request: Request) async throws -> Response {
        let form = try request.content.decode(StatusForm.self)
        let person = try await request.people.setActive(try username(request), form.active == "true")
        return request.redirect(to: Paths.person.href(person.username))
    }

    @Sendable static func issueLink(_ request: Request) async throws -> View {
        let issued = try await request.people.newLink(for: try username(request))
        return try await renderPerson(
            request, issued.person,
            issued: IssuedLinkContext(request: request, name: issued.person.displayName, path: issued.link, mailed: issued.mailed))
    }

    private static func username(_ request: Request) throws -> String {
        guard let username = request.parameters.get("username") else { throw StewardError.notFound("no such person") }
        return username
    }

    private static func renderList(
        _ request: Request, draft: PersonDraft, problems: [DomainError] = []
    ) async throws -> View {
        let paging = try PageRequest(request)
        // Readers of the same access see the list and a blank form alike; a form shown again with its problems is
        // the reader's own.
        let readers = problems.isEmpty ? request.actor.access : nil
        let content = try await request.part("people/index", sharedBy: readers) { token in
            let page = try await request.people.people(paging)
            return PeopleListContext(
                token: token, people: page.items, nextHref: page.nextHref(from: request.url, limit: paging.limit),
                units: try await request.authorizer.units.units(), draft: draft, problems: problems)
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "People", contentHTML: content))
    }

    private static func renderPerson(
        _ request: Request, _ person: PersonModel, draft: PersonDraft? = nil, problems: [DomainError] = [],
        issued: IssuedLinkContext? = nil
    ) async throws -> View {
        let context = PersonShowContext(
            request: request, person: person, units: try await request.authorizer.units.units(), draft: draft,
            problems: problems, issued: issued)
        return try await request.view.render("people/show", context)
    }
}
