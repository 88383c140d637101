import Fluent
import Foundation
import NIOCore
import StewardCore
import Vapor

/// What every signed-in request reads: who an API token or a browser session signs in, the session itself, and the
/// path of a person's calendar feed, each remembered on this server for at most a second. So the authenticated path
/// costs a lookup, and a revoked token, a deactivated account or a changed role holds on every server within a second
/// (at once on the server that made the change: every recorded change forgets what this cache knew). Part of
/// ``ServerCaches``.
final class AccountCache: Sendable {
    private let tokens: ExpiringCache<String, Person?>
    private let people: ExpiringCache<UUID, Person?>
    private let feeds: ExpiringCache<UUID, String>
    /// Browser sessions by id, as ``UnchangedSessionSkipping`` last read or wrote them.
    let sessions: ExpiringCache<String, SessionData>

    /// Values that live `lifetime` (``ServerCaches/lifetime``, a second, unless a test lengthens it).
    init(lifetime: TimeAmount) {
        tokens = ExpiringCache(lifetime: lifetime)
        people = ExpiringCache(lifetime: lifetime)
        feeds = ExpiringCache(lifetime: lifetime)
        sessions = ExpiringCache(lifetime: lifetime)
    }

    /// The active person whose unrevoked API token has this digest; `database` is asked for only to read it.
    func person(
        bearing digest: String, on database: @autoclosure @escaping @Sendable () -> any Database
    ) async throws -> Person? {
        try await tokens.value(digest) {
            guard let token = try await APITokenModel.query(on: database())
                .filter(\.$tokenDigest == digest).filter(\.$revokedAt == nil).with(\.$person).first(),
                token.person.isActive
            else { return nil }
            return try token.person.domain()
        }
    }

    /// The person with this id, while their account is active; `database` is asked for only to read it.
    func activePerson(
        _ id: UUID, on database: @autoclosure @escaping @Sendable () -> any Database
    ) async throws -> Person? {
        try await people.value(id) {
            guard let person = try await PersonModel.find(id, on: database()), person.isActive else { return nil }
            return try person.domain()
        }
    }

    /// The path of a person's calendar feed, as `read` finds or makes it.
    func feedPath(of personID: UUID, orRead read: @escaping @Sendable () async throws -> String) async throws -> String {
        try await feeds.value(personID, orRead: read)
    }

    /// Waits for the reads under way (see ``ExpiringCache/settle()``).
    func settle() async {
        await tokens.settle()
        await people.settle()
        await feeds.settle()
    }

    /// Forgets everything, so the next request reads the records again.
    func removeAll() {
        tokens.removeAll()
        people.removeAll()
        feeds.removeAll()
        sessions.removeAll()
    }
}
