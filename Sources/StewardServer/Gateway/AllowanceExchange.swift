import Fluent
import Foundation
import SQLKit
import Vapor

/// Shares the calls each gateway key made among the servers on one database, so that a key's allowance holds
/// however many servers a load balancer spreads its calls over. Every ``Gateway/interval`` each server writes its
/// count per key (one row a server and key, the count since the count began) and reads the counts the others wrote
/// lately, charging what they let through since it last looked to its own buckets. A key can so exceed its allowance by
/// the calls other servers let through within about two intervals. The servers' clocks must agree within
/// ``lookback``, as they must for sessions to expire alike.
final class AllowanceExchange: @unchecked Sendable {
    /// How far back, by this server's clock, the counts other servers wrote are read.
    static let lookback: TimeInterval = 5
    /// A count that has not changed for this long is forgotten by the server that keeps it; others forget it later,
    /// and the database's row goes after twice as long.
    static let forgetAfter: TimeInterval = 600

    /// Where another server's count of one key stood when last read.
    private struct Seen {
        var count: KeyRateLimiter.Count
        var changed: Date
    }

    private struct Counter: Hashable {
        let server: String
        let key: UUID
    }

    private let limiter: KeyRateLimiter
    private let server: String
    private let database: @Sendable () -> (any Database)?
    private let clock: @Sendable () -> Date
    private let logger: Logger
    private let lock = NSLock()
    private var seen: [Counter: Seen] = [:]
    private var hasRead = false
    /// When rows no server updates any more were last removed.
    private var lastSweep: Date?
    private var lastRound: Task<Void, Never>?

    init(limiter: KeyRateLimiter, server: String, database: @escaping @Sendable () -> (any Database)?,
         clock: @escaping @Sendable () -> Date, logger: Logger) {
        self.limiter = limiter
        self.server = server
        self.database = database
        self.clock = clock
        self.logger = logger
    }

    /// Writes this server's changed counts and charges what the others let through, after any round begun before.
    func exchange() async {
        let round: Task<Void, Never> = lock.withLock {
            let previous = lastRound
            let round = Task(executorPreference: BackgroundExecutor.shared) {
                await previous?.value
                do {
                    try await self.run()
                } catch {
                    self.logger.warning("gateway allowances could not be exchanged: \(String(reflecting: error))")
                }
            }
            lastRound = round
            return round
        }
        await round.value
    }

    /// One round; rounds run one at a time, so `seen` changes between awaits only here.
    private func run() async throws {
        guard let sql = database() as? any SQLDatabase else { return }
        let now = clock()
        let millis = Int64((now.timeIntervalSince1970 * 1000).rounded())
        let changed = limiter.changedCounts(now: now, forgetAfter: Self.forgetAfter)
        for chunk in Array(changed).chunked(500) {
            var insert = sql.insert(into: "gateway_key_calls")
                .columns("server", "key_id", "generation", "calls", "updated_at")
            for (key, count) in chunk {
                insert = insert.values(SQLBind(server), SQLBind(key), SQLBind(count.generation), SQLBind(count.calls),
                                       SQLBind(millis))
            }
            try await insert.onConflict(with: ["server", "key_id"]) {
                $0.set(excludedValueOf: "generation").set(excludedValueOf: "calls").set(excludedValueOf: "updated_at")
            }.run()
        }
        let since = millis - Int64(Self.lookback * 1000)
        let rows = try await sql.select().columns("server", "key_id", "generation", "calls").from("gateway_key_calls")
            .where("updated_at", .greaterThanOrEqual, SQLBind(since)).where("server", .notEqual, SQLBind(server)).all()
        let firstRead = !hasRead
        hasRead = true
        for row in rows {
            let counter = Counter(server: try row.decode(column: "server"), key: try row.decode(column: "key_id"))
            let count = KeyRateLimiter.Count(
                generation: try row.decode(column: "generation"), calls: try row.decode(column: "calls"))
            let before = seen[counter]
            guard before?.count != count else { continue }
            seen[counter] = Seen(count: count, changed: now)
            // On the first read the counts are where this server starts from: calls made before it began are not
            // charged again.
            guard !firstRead else { continue }
            let earlier = before?.count.generation == count.generation ? before?.count.calls ?? 0 : 0
            limiter.charge(counter.key, calls: count.calls - earlier)
        }
        // Old rows are removed every `forgetAfter`, the first time one `forgetAfter` after this server started.
        guard let swept = lastSweep else {
            lastSweep = now
            return
        }
        guard now.timeIntervalSince(swept) >= Self.forgetAfter else { return }
        lastSweep = now
        try await sweep(now: now, on: sql)
    }

    /// Forgets counts no server has changed for long, here and in the database.
    private func sweep(now: Date, on sql: any SQLDatabase) async throws {
        let millis = Int64((now.timeIntervalSince1970 * 1000).rounded())
        seen = seen.filter { now.timeIntervalSince($0.value.changed) < Self.forgetAfter * 1.5 }
        try await sql.delete(from: "gateway_key_calls")
            .where("updated_at", .lessThan, SQLBind(millis - Int64(Self.forgetAfter * 2 * 1000))).run()
    }
}
