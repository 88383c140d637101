import Crypto
import Fluent
import Foundation
import StewardCore
import Vapor

/// Each person's iCalendar feed of their open review steps, at a secret address they can replace. The address is
/// the feed's id and an HMAC of it with a key from the key directory: the database holds no secret, and replacing
/// the feed makes the old address answer 404.
struct CalendarFeedService: Sendable {
    let authorizer: Authorizer
    /// The file of the feeds' HMAC key in the key directory.
    static let keyFile = "calendar-feed.hmac"

    /// The path of the actor's feed, created on first use.
    func path() async throws -> String {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        guard let cache = authorizer.context.caches?.accounts else { return try await read(for: person.id.uuid) }
        return try await cache.feedPath(of: person.id.uuid) { try await read(for: person.id.uuid) }
    }

    private func read(for personID: UUID) async throws -> String {
        let current = try await CalendarFeedModel.query(on: authorizer.database)
            .filter(\.$person.$id == personID).filter(\.$revokedAt == nil).first()
        let feed = if let current { current } else { try await create(for: personID) }
        return "/calendar/\(try Self.token(of: feed.requireID(), keys: authorizer.context.keys)).ics"
    }

    /// Replaces the actor's feed: its old address stops working and the next ``path()`` is a new one.
    func replace() async throws {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        let feeds = try await CalendarFeedModel.query(on: authorizer.database).filter(\.$person.$id == person.id.uuid)
            .filter(\.$revokedAt == nil).all()
        try await authorizer.database.transaction { db in
            for feed in feeds {
                feed.revokedAt = authorizer.clock()
                try await feed.save(on: db)
            }
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "calendar-feed.replace", objectType: "person", objectID: person.username,
                zone: .organization, summary: "replaced the calendar feed's address", change: ["feeds": feeds.count]))
        }
    }

    private func create(for personID: UUID) async throws -> CalendarFeedModel {
        let feed = CalendarFeedModel()
        feed.$person.id = personID
        feed.createdAt = authorizer.clock()
        try await feed.create(on: authorizer.database)
        return feed
    }

    /// `ID.MAC`, the secret part of a feed's address.
    static func token(of id: UUID, keys: KeyDirectory) throws -> String {
        let key = SymmetricKey(data: try keys.read(keyFile) ?? keys.create(keyFile, Data([UInt8].random(count: 32))))
        let mac = HMAC<SHA256>.authenticationCode(for: Data(id.uuidString.lowercased().utf8), using: key)
        return id.uuidString.lowercased() + "." + Array(mac).base64URLEncoded
    }

    /// The feed of the person whose address this is; nil when the address is not a live feed's.
    static func feed(at token: String, on database: any Database, keys: KeyDirectory) async throws -> CalendarFeedModel? {
        let trimmed = token.hasSuffix(".ics") ? String(token.dropLast(4)) : token
        guard let id = trimmed.split(separator: ".").first.flatMap({ UUID(uuidString: String($0)) }),
              constantTimeEqual(try Self.token(of: id, keys: keys), trimmed),
              let feed = try await CalendarFeedModel.query(on: database).filter(\.$id == id).filter(\.$revokedAt == nil)
                .with(\.$person).first()
        else { return nil }
        return feed
    }
}

/// Compares two secrets in time that does not depend on where they first differ.
private func constantTimeEqual(_ first: String, _ second: String) -> Bool {
    let (a, b) = (Array(first.utf8), Array(second.utf8))
    guard a.count == b.count else { return false }
    return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
}

extension Authorizer {
    var calendarFeed: CalendarFeedService { CalendarFeedService(authorizer: self) }
}
