import SQLKit

/// What Steward sets on each SQLite connection it keeps. Both settings belong to a connection, not to the file, so a
/// connection the pool opens again later has SQLite's defaults.
///
/// - With write-ahead logging, `synchronous=NORMAL` lets a commit return once it is in the log, which reaches the
///   disk at each checkpoint, instead of waiting for the disk at every commit (4 ms a commit on the benchmark
///   machine, against 0.06 ms). A crash of Steward loses nothing; a power cut or a crash of the operating system can
///   roll back the transactions since the last checkpoint, and never leaves the file inconsistent.
/// - A write that finds another connection writing sleeps and tries again (after 1, 2, 5, 10 … ms) for up to
///   ``busyTimeoutMilliseconds``, instead of trying again at once without end, as the driver's own handler does: a
///   thread that spins so holds the processor that the writer it waits for needs, which the gateway's usage rows,
///   written at idle priority (``IdleSQLiteConnection``), would get only when it gives up.
enum SQLiteConnectionSettings {
    /// How long a write waits for another connection's before it fails with SQLite's "database is locked".
    static let busyTimeoutMilliseconds = 30_000

    /// Makes the settings on the connection behind `database`.
    static func apply(to database: any SQLDatabase) async throws {
        try await database.raw("PRAGMA busy_timeout=\(unsafeRaw: String(busyTimeoutMilliseconds))").run()
        let mode = try await database.raw("PRAGMA journal_mode").first()?
            .decode(column: "journal_mode", as: String.self)
        guard mode == "wal" else { return }
        try await database.raw("PRAGMA synchronous=NORMAL").run()
    }
}
