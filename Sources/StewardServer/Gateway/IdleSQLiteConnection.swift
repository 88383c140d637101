import Logging
import NIOCore
import NIOPosix
import SQLiteKit

/// One connection to the SQLite file whose work runs on a thread of its own at idle priority (``ThreadPriority/idle``):
/// the gateway's usage rows are written there, so that SQLite's work for them (the inserts and their commits) runs
/// when the processor has nothing else to do and gives way at once to a call that arrives. The connections of the
/// pool that requests use run on threads of normal priority, and there a write of usage rows holds the processor for
/// up to a kernel slice while a call waits.
final class IdleSQLiteConnection: Sendable {
    /// The one thread SQLite's calls for this connection run on.
    let pool: NIOThreadPool
    private let connection: SQLiteConnection
    /// The connection for SQL statements.
    let sql: any SQLDatabase

    private init(pool: NIOThreadPool, connection: SQLiteConnection) {
        self.pool = pool
        self.connection = connection
        sql = connection.sql()
    }

    /// Opens the file at `path`, which Steward has already set up (write-ahead logging included), with the settings
    /// of the pool's connections (``SQLiteConnectionSettings``).
    static func open(path: String, on eventLoop: any EventLoop, logger: Logger) async throws -> IdleSQLiteConnection {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        var connection: SQLiteConnection?
        do {
            let opened = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: pool, logger: logger, on: eventLoop)
            connection = opened
            let idle = IdleSQLiteConnection(pool: pool, connection: opened)
            try await SQLiteConnectionSettings.apply(to: idle.sql)
            // The thread lowers itself last. From then on what it answers wakes either an event loop (a future) or a
            // task of the background thread (``insert(_:)``), never one of the global executor (see
            // ``ThreadPriority/idle``).
            try await pool.runIfActive(eventLoop: eventLoop) { ThreadPriority.idle.apply() }.get()
            return idle
        } catch {
            try? await connection?.close().get()
            try? await pool.shutdownGracefully()
            throw error
        }
    }

    /// Writes usage events as rows of one statement (``SQLiteDatabase/insertUsage(_:)``). Await it from the
    /// ``BackgroundExecutor`` only: the idle thread wakes the task that waits.
    func insert(_ records: ArraySlice<UsageRecord>) async throws {
        try await connection.insertUsage(records)
    }

    /// Closes the connection and ends its thread.
    func close() async {
        try? await connection.close().get()
        try? await pool.shutdownGracefully()
    }
}
