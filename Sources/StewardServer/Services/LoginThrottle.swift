import Foundation
import SQLKit

/// Slows down password guessing, per account and per client address, with counters held in the database.
///
/// Each attempt first *claims* a slot: one atomic upsert adds 1 to the counter and returns the new count, before
/// the password is checked, so concurrent attempts each see a different count and cannot all slip under the limit,
/// on one app server or several. The first ``Limit/allowance`` failures are free; after that each further attempt
/// waits, counted from the last failure, for a delay that doubles with every failure up to ``Limit/maxDelay``. An
/// attempt refused for being early gives its slot back, and so does a successful one, so the count is of checked
/// failures. A counter left alone for ``quietPeriod`` starts again from zero.
struct LoginThrottle: Sendable {
    /// How many failures one account or one address gets free, and how the wait grows after that.
    struct Limit: Sendable {
        /// The counter's kind, stored in `login_throttles.scope`.
        let scope: String
        let allowance: Int
        let baseDelay: TimeInterval
        let maxDelay: TimeInterval

        /// The wait before the attempt with this count, counted from the last failure.
        func delay(beforeAttempt count: Int) -> TimeInterval {
            let excess = count - allowance
            guard excess > 0 else { return 0 }
            return min(baseDelay * pow(2, Double(min(excess - 1, 30))), maxDelay)
        }
    }

    /// Failures for one account, whatever address they come from.
    static let account = Limit(scope: "account", allowance: 5, baseDelay: 15, maxDelay: 10 * 60)
    /// Failures from one client address, for any username, known or not: covers spraying across accounts.
    static let address = Limit(scope: "address", allowance: 10, baseDelay: 15, maxDelay: 10 * 60)
    /// A counter without attempts for this long starts again.
    static let quietPeriod: TimeInterval = 60 * 60

    /// The answer to a claim: go ahead, or wait this many seconds.
    enum Claim: Equatable {
        case allowed
        case wait(seconds: Int)
    }

    let sql: any SQLDatabase
    let clock: @Sendable () -> Date

    /// Counts an attempt against `subject` and says whether it may go ahead; a refused attempt is not counted.
    func claim(_ limit: Limit, subject: String) async throws -> Claim {
        let now = clock()
        let row = try await sql.raw("""
            INSERT INTO login_throttles (scope, subject, attempts, last_attempt_at) \
            VALUES (\(bind: limit.scope), \(bind: subject), 1, \(bind: now)) \
            ON CONFLICT (scope, subject) DO UPDATE SET \
            attempts = CASE WHEN login_throttles.last_attempt_at < \(bind: now.addingTimeInterval(-Self.quietPeriod)) \
            THEN 1 ELSE login_throttles.attempts + 1 END, \
            last_attempt_at = excluded.last_attempt_at \
            RETURNING attempts, last_failure_at
            """).first()
        guard let row else { throw StewardError(.internalServerError, "the sign-in counter returned no row") }
        let count = try row.decode(column: "attempts", as: Int.self)
        let lastFailure = try row.decode(column: "last_failure_at", as: Date?.self) ?? now
        let allowedAt = lastFailure.addingTimeInterval(limit.delay(beforeAttempt: count))
        guard now < allowedAt else { return .allowed }
        try await release(limit, subject: subject)
        return .wait(seconds: max(1, Int(allowedAt.timeIntervalSince(now).rounded(.up))))
    }

    /// Gives back a claimed slot: the attempt was refused, or it succeeded and is no failure.
    func release(_ limit: Limit, subject: String) async throws {
        try await sql.raw("""
            UPDATE login_throttles SET attempts = attempts - 1 \
            WHERE scope = \(bind: limit.scope) AND subject = \(bind: subject) AND attempts > 0
            """).run()
    }

    /// Marks a checked attempt as failed; its slot stays counted and later attempts wait from now.
    func recordFailure(_ limit: Limit, subject: String) async throws {
        try await sql.raw("""
            UPDATE login_throttles SET last_failure_at = \(bind: clock()) \
            WHERE scope = \(bind: limit.scope) AND subject = \(bind: subject)
            """).run()
    }

    /// Forgets every failure counted against `subject`.
    func reset(_ limit: Limit, subject: String) async throws {
        try await sql.raw("""
            DELETE FROM login_throttles WHERE scope = \(bind: limit.scope) AND subject = \(bind: subject)
            """).run()
    }
}
