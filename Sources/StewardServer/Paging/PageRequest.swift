import Fluent
import Vapor

/// One page of a list, as every list asks for it: `?limit=&after=`, where `after` is the cursor of the last item of
/// the page before. The answer is a plain array with a `Link` header (`rel="next"`) when more follow.
struct PageRequest: Sendable, Equatable {
    static let defaultLimit = 50
    static let maximumLimit = 500

    let limit: Int
    /// The cursor after which the page starts; nil for the first page.
    let after: String?

    init(limit: Int = PageRequest.defaultLimit, after: String? = nil) {
        self.limit = limit
        self.after = after
    }

    /// Reads `limit` and `after` from text, naming the parameter at fault.
    init(limit text: String?, after: String?) throws {
        var limit = Self.defaultLimit
        if let text, !text.isEmpty {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw StewardError(
                    .badRequest, "query parameter `limit`: `\(text.prefix(40))` is not a number from 1 to \(Self.maximumLimit)")
            }
            limit = value
        }
        self.init(limit: limit, after: after?.isEmpty == false ? after : nil)
    }

    /// The page asked for by a request's query string.
    init(_ request: Request) throws {
        try self.init(limit: request.query[String.self, at: "limit"], after: request.query[String.self, at: "after"])
    }

    /// The `after` cursor as a positive whole number, for lists keyed by a sequence number.
    func afterNumber() throws -> Int? {
        guard let after else { return nil }
        guard let number = Int(after), number > 0 else { throw Self.notACursor(after) }
        return number
    }

    /// The record the `after` cursor names by its id, for lists keyed by that record's sort columns; nil on the
    /// first page, a 400 when no such record exists.
    func afterRecord<Record: Model>(_: Record.Type, on database: any Database) async throws -> Record?
    where Record.IDValue == UUID {
        guard let after else { return nil }
        guard let id = UUID(uuidString: after), let record = try await Record.find(id, on: database) else {
            throw Self.notACursor(after)
        }
        return record
    }

    /// The 400 for a cursor this list did not give out.
    static func notACursor(_ text: String) -> StewardError {
        StewardError(.badRequest, "query parameter `after`: `\(text.prefix(60))` is not a cursor of this list")
    }
}

/// A page of items and the cursor of the next page, if there is one.
struct Page<Item: Sendable>: Sendable {
    let items: [Item]
    let next: String?

    /// Cuts `fetched` (up to `limit + 1` items) to a page; the extra item only tells that another page follows.
    init(fetched: [Item], limit: Int, cursor: (Item) -> String) {
        items = Array(fetched.prefix(limit))
        next = fetched.count > limit ? items.last.map(cursor) : nil
    }

    private init(items: [Item], next: String?) {
        self.items = items
        self.next = next
    }

    /// The same page with each item transformed, its cursor kept.
    func map<Other>(_ transform: (Item) throws -> Other) rethrows -> Page<Other> {
        Page<Other>(items: try items.map(transform), next: next)
    }

    /// The link to the next page: `url` with `after` and `limit` set and its other parameters kept.
    func nextHref(from url: URI, limit: Int) -> String? {
        guard let next else { return nil }
        var components = URLComponents(string: url.string) ?? URLComponents()
        var items = (components.queryItems ?? []).filter { $0.name != "after" && $0.name != "limit" }
        items += [URLQueryItem(name: "limit", value: String(limit)), URLQueryItem(name: "after", value: next)]
        components.queryItems = items
        return (components.path.isEmpty ? "/" : components.path) + "?" + (components.percentEncodedQuery ?? "")
    }

    /// The `Link` header value for the next page, or nil on the last page.
    func linkHeader(from url: URI, limit: Int) -> String? {
        nextHref(from: url, limit: limit).map { "<\($0)>; rel=\"next\"" }
    }
}
