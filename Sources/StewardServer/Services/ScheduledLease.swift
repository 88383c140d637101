import Fluent
import NIOCore
import Foundation
import SQLKit
import Vapor

/// A lease on a scheduled job, held in the database: of all the servers sharing it, the one that holds the job's
/// lease runs it, so reminders go out and the trail's heads are signed once however many servers there are. A
/// lease lapses on its own, so a server that stops hands the job to the next one that asks.
struct ScheduledLease: Sendable {
    let database: any Database

    /// Takes the lease on `job` for `holder` until `duration` from `now`, when it is free, lapsed or already
    /// `holder`'s; one statement, so two servers asking at once cannot both get it.
    /// - Returns: whether `holder` holds it now.
    func acquire(_ job: String, holder: String, for duration: TimeInterval, now: Date) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return true }
        let nowMillis = Int64((now.timeIntervalSince1970 * 1000).rounded())
        let until = nowMillis + Int64((duration * 1000).rounded())
        let rows = try await sql.raw("""
            INSERT INTO scheduled_leases (name, holder, expires_at) VALUES (\(bind: job), \(bind: holder), \(bind: until))
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE scheduled_leases.expires_at <= \(bind: nowMillis) OR scheduled_leases.holder = \(bind: holder)
            RETURNING holder
            """).all()
        return !rows.isEmpty
    }
}

extension Application {
    private struct ServerIdentityKey: StorageKey {
        typealias Value = String
    }

    /// This server's name among those sharing the database, made once when it starts.
    var serverIdentity: String {
        get {
            if let identity = storage[ServerIdentityKey.self] { return identity }
            let identity = "\(ProcessInfo.processInfo.hostName)-\(UUID().uuidString.lowercased())"
            storage[ServerIdentityKey.self] = identity
            return identity
        }
    }

    /// Runs `job` now if this server takes its lease for most of `interval`, which the job's schedule repeats on.
    func runLeased(_ job: String, every interval: TimeAmount, _ work: () async throws -> Void) async throws {
        let seconds = Double(interval.nanoseconds) / 1e9 * 0.9
        guard try await ScheduledLease(database: db).acquire(job, holder: serverIdentity, for: seconds, now: clock()) else {
            logger.debug("another server holds the lease on \(job)")
            return
        }
        try await work()
    }
}
