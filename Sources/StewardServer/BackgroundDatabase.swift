import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import NIOCore
import NIOPosix
import Vapor

/// Connections to Steward's database for work no request waits for (``BackgroundWork``): the gateway's usage rows
/// and allowance exchange, and the gateway's remembered keys, routes and uses and the policy in force, read again
/// ahead of their expiry. They run on an event loop and a
/// thread of their own at a lower priority than the server's event loops (``ThreadPriority/lower(niceness:)``), so
/// that neither the database's work for them nor the handling of its answers holds up a call that arrives meanwhile;
/// the connections that requests use stay at normal priority.
final class BackgroundDatabase: LifecycleHandler, Sendable {
    /// The priority of the background event loop and of the thread the SQLite driver blocks on.
    static let priority = ThreadPriority.lower(niceness: 10)

    private let group: MultiThreadedEventLoopGroup
    private let threadPool: NIOThreadPool
    private let databases: Databases
    private let logger: Logger

    init(_ storage: StewardSettings.Storage, logger: Logger) throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        databases = Databases(threadPool: threadPool, on: group)
        self.logger = logger
        try storage.use(in: databases, connectionsPerEventLoop: 2)
        group.next().execute { Self.priority.apply() }
        _ = threadPool.runIfActive(eventLoop: group.next()) { Self.priority.apply() }
    }

    /// A handle on the background connections.
    var database: any Database {
        // The one database configured in `init`, the default, always exists.
        databases.database(logger: logger, on: group.next())!
    }

    /// Closes the connections and ends the threads; the application shuts this down after the gateway, which
    /// writes its last usage rows through it.
    func shutdownAsync(_ application: Application) async {
        await databases.shutdownAsync()
        try? await threadPool.shutdownGracefully()
        try? await group.shutdownGracefully()
    }
}

/// Marks the work no request waits for: ``ExpiringCache`` and ``SingleFlight`` run their background reads with it
/// set, and the readers choose ``Application/backgroundDatabase`` then.
enum BackgroundWork {
    @TaskLocal static var isRunning = false

    /// `background` inside background work (when there is one), `request` otherwise.
    static func database(request: any Database, background: (any Database)?) -> any Database {
        isRunning ? background ?? request : request
    }
}

extension Application {
    private struct BackgroundDatabaseKey: StorageKey {
        typealias Value = BackgroundDatabase
    }

    /// Sets up the background connections; `configure` calls it once, before the gateway.
    func useBackgroundDatabase(_ location: StewardSettings.Storage) throws {
        let background = try BackgroundDatabase(location, logger: logger)
        storage[BackgroundDatabaseKey.self] = background
        lifecycle.use(background)
    }

    /// The background connections, or the requests' pool where none were set up.
    var backgroundDatabase: any Database {
        storage[BackgroundDatabaseKey.self]?.database ?? db
    }

    /// The database for the work under way: the background connections inside ``BackgroundWork``, else the
    /// requests' pool.
    var workDatabase: any Database {
        BackgroundWork.database(request: db, background: backgroundDatabase)
    }
}
