import Fluent
import Foundation
import SQLKit
import StewardCore

/// Counts refused requests per actor, action, target and hour, with one atomic upsert per refusal.
struct RefusalLog: Sendable {
    let database: any Database
    let clock: @Sendable () -> Date

    /// Adds one refusal of `action` in `zone` on `target` by `actor`.
    func count(_ actor: Actor, _ action: Action, in zone: Zone, on target: String) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let now = AuditChain.truncate(clock())
        let hour = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
        try await sql.raw("""
            INSERT INTO access_refusals (id, actor_name, action, zone, target, hour, count, last_at)
            VALUES (\(bind: UUID()), \(bind: actor.name), \(bind: action.rawValue), \(bind: zone.rawValue), \
            \(bind: String(target.prefix(300))), \(bind: hour), 1, \(bind: now))
            ON CONFLICT (actor_name, action, zone, target, hour)
            DO UPDATE SET count = access_refusals.count + 1, last_at = excluded.last_at
            """).run()
    }

    /// The newest counts first.
    func recent(limit: Int) async throws -> [AccessRefusalModel] {
        try await AccessRefusalModel.query(on: database).sort(\.$lastAt, .descending).limit(limit).all()
    }

    /// How many refusals were counted in all. Summed here: PostgreSQL's SUM of a bigint is a numeric.
    func total() async throws -> Int {
        try await AccessRefusalModel.query(on: database).all(\.$count).reduce(0, +)
    }
}
