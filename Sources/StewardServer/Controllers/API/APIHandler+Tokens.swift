import Foundation
import StewardAPI
import StewardCore

extension APIHandler {
    func createToken(_ input: Operations.CreateToken.Input) async throws -> Operations.CreateToken.Output {
        let credentials = switch input.body { case .json(let body): body }
        let request = try request
        let person = try await request.accounts.authenticate(
            username: credentials.username, password: credentials.password,
            client: request.remoteAddress?.ipAddress ?? "")
        let issued = try await request.accounts.issueToken(for: try person.domain(), label: credentials.label ?? "API")
        return .created(.init(body: .json(try .init(issued.model, secret: issued.token))))
    }

    func listTokens(_ input: Operations.ListTokens.Input) async throws -> Operations.ListTokens.Output {
        let request = try request
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await request.accounts.tokens(of: request.actor, paging)
        request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map(Components.Schemas.Token.init))))
    }

    func revokeToken(_ input: Operations.RevokeToken.Input) async throws -> Operations.RevokeToken.Output {
        let request = try request
        guard let id = UUID(uuidString: input.path.tokenID) else {
            throw StewardError.notFound("no such API token of yours")
        }
        try await request.accounts.revokeToken(id, actor: request.actor)
        return .noContent(.init())
    }

    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        let request = try request
        let authorizer = try request.authorizer
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        let feed = CalendarController.absoluteBase(of: request) + (try await authorizer.calendarFeed.path())
        return .ok(.init(body: .json(try .init(person, calendarFeedURL: feed))))
    }

    func replaceCalendarFeed(
        _ input: Operations.ReplaceCalendarFeed.Input
    ) async throws -> Operations.ReplaceCalendarFeed.Output {
        try await authorizer.calendarFeed.replace()
        return .noContent(.init())
    }
}
