import StewardCore
import Vapor

/// The iCalendar feed of a person's open steps, read by calendar programs without signing in: the address is the
/// secret. Replacing it is done from "What's due".
enum CalendarController {
    @Sendable static func feed(_ request: Request) async throws -> Response {
        let context = try request.application.steward
        guard let token = request.parameters.get("feed"),
              let feed = try await CalendarFeedService.feed(at: token, on: request.db, keys: context.keys)
        else { throw StewardError.noRoute(request.urlPath) }
        let owner = Authorizer(
            actor: Actor(person: try feed.person.domain()), database: request.db, context: context,
            logger: request.logger)
        let steps = try await owner.reviews.openSteps(page: PageRequest(limit: PageRequest.maximumLimit)).items
        let base = absoluteBase(of: request)
        let events = try steps.compactMap { model -> ICalendar.Event? in
            let step = try model.domain()
            guard let due = step.due else { return nil }
            return ICalendar.Event(
                uid: "\(step.id)@steward", day: due.formatted(.iso8601.year().month().day().dateSeparator(.omitted)),
                summary: step.kind.title, url: base + Paths.step.href(step.id))
        }
        let stamp = context.clock().formatted(
            .iso8601.year().month().day().dateSeparator(.omitted).time(includingFractionalSeconds: false)
                .timeSeparator(.omitted)) + "Z"
        let response = Response(status: .ok, body: .init(string: ICalendar.feed(
            name: "Steward: what's due", stamp: stamp, events: events)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        return response
    }

    @Sendable static func replace(_ request: Request) async throws -> Response {
        try await request.authorizer.calendarFeed.replace()
        return request.redirect(to: Paths.due.href())
    }

    /// `https://host` (or `http://` where cookies are not marked Secure) from the request's Host header.
    static func absoluteBase(of request: Request) -> String {
        let host = request.headers.first(name: .host) ?? "localhost"
        return (request.application.secureCookies ? "https://" : "http://") + host
    }
}
