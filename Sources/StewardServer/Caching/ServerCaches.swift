import Foundation
import NIOCore
import StewardCore
import Vapor

/// What this server remembers of the records between requests, each value for at most a second: safe to lose, and
/// never what two servers could disagree on for longer. Every recorded change forgets it all.
final class ServerCaches: Sendable {
    /// How long a remembered value is trusted, where another server's change may not have cleared it.
    static let lifetime = TimeAmount.seconds(1)

    /// Who tokens and sessions sign in, and their calendar feeds.
    let accounts: AccountCache
    /// Pages of the public inventory, the same for every reader, by filter and page.
    let inventory: ExpiringCache<InventoryPageKey, Page<InventoryEntry>>

    /// Parts of pages drawn alike for readers who see them alike, by how they see them and address
    /// (``Vapor/Request/part(_:sharedBy:read:)``).
    let sharedParts: ExpiringCache<String, SharedPart>
    /// Whole answers the same for every reader (``SharedAnswers``), by address.
    let sharedAnswers: ExpiringCache<String, SharedAnswers.Answer>
    /// Pages drawn the same for every member of the public (signed out), by address.
    let publicPages: ExpiringCache<String, View>

    /// Caches whose values live `lifetime` at most (tests that must not depend on the machine's speed lengthen it).
    init(lifetime: TimeAmount = ServerCaches.lifetime) {
        accounts = AccountCache(lifetime: lifetime)
        inventory = ExpiringCache(lifetime: lifetime, capacity: 1_000)
        sharedParts = ExpiringCache(lifetime: lifetime, capacity: 1_000)
        sharedAnswers = ExpiringCache(lifetime: lifetime, capacity: 1_000)
        publicPages = ExpiringCache(lifetime: lifetime, capacity: 1_000)
    }

    struct InventoryPageKey: Hashable, Sendable {
        let filter: InventoryFilter
        let limit: Int
        let after: String?
    }

    /// Waits for the reads under way (see ``ExpiringCache/settle()``).
    func settle() async {
        await accounts.settle()
        await inventory.settle()
        await sharedParts.settle()
        await sharedAnswers.settle()
        await publicPages.settle()
    }

    /// Forgets everything, so the next request reads the records again.
    func removeAll() {
        accounts.removeAll()
        inventory.removeAll()
        sharedParts.removeAll()
        publicPages.removeAll()
        sharedAnswers.removeAll()
    }
}

extension Application {
    private struct ServerCachesKey: StorageKey {
        typealias Value = ServerCaches
    }

    /// Starts this server's ``ServerCaches``; ``configure(_:settings:)`` calls it.
    func useServerCaches(lifetime: TimeAmount = ServerCaches.lifetime) {
        let caches = ServerCaches(lifetime: lifetime)
        storage[ServerCachesKey.self] = caches
        forgetComposedContext()
        lifecycle.use(ServerCachesSettling(caches: caches))
    }

    /// This server's ``ServerCaches``.
    var caches: ServerCaches {
        get throws {
            guard let caches = storage[ServerCachesKey.self] else {
                throw StewardError(.internalServerError, "the server's caches were not set up at start-up")
            }
            return caches
        }
    }
}

/// Lets the reads of the server's caches finish as the server shuts down, before its database connections close.
private struct ServerCachesSettling: LifecycleHandler {
    let caches: ServerCaches

    func shutdownAsync(_ application: Application) async {
        await caches.settle()
    }
}
