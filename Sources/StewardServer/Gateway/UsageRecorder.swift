import Fluent
import Foundation
import SQLKit
import StewardCore
import Vapor

/// One call through the gateway as it is recorded: never its text.
struct UsageRecord: Sendable {
    let at: Date
    let personID: UUID
    let toolID: AIToolID?
    let useCaseID: UseCaseID?
    let unitID: UUID?
    let verdict: GatewayVerdict
    let rule: GatewayRule
    /// Findings per type.
    let findings: [String: Int]
    let promptTokens: Int?
    let completionTokens: Int?
    let latencyMilliseconds: Double
}

/// Writes usage events in batches, off the request path: calls add to a bounded queue that the gateway's background
/// task writes every ``Gateway/interval`` (on the ``BackgroundExecutor``) and that shutdown writes out, statement by
/// statement. What a crash loses is at most the queue and the statements of the batch under way: the calls of the
/// last interval. Short statements keep each piece of work short, so that the calls that wait behind it on a busy
/// core wait little. When the database falls behind and the queue is full, further events are dropped and counted in
/// the log.
final class UsageRecorder: @unchecked Sendable {
    /// The most events held before new ones are dropped.
    static let capacity = 50_000

    private let lock = NSLock()
    private var queue: [UsageRecord] = []
    private var dropped = 0
    /// The latest write, which the next waits for, so that writes happen one at a time and in order.
    private var lastWrite: Task<Void, Never>?
    private let database: @Sendable () -> (any Database)?
    private let logger: Logger

    init(database: @escaping @Sendable () -> (any Database)?, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// Queues one event.
    func record(_ record: UsageRecord) {
        lock.withLock {
            if queue.count < Self.capacity { queue.append(record) } else { dropped += 1 }
        }
    }

    /// Writes what is queued now, after any write begun before: when it returns, every event queued before the
    /// call is in the database.
    func flush() async {
        let write: Task<Void, Never> = lock.withLock {
            let (batch, lost, previous) = (queue, dropped, lastWrite)
            queue = []
            dropped = 0
            let write = Task(executorPreference: BackgroundExecutor.shared) {
                await previous?.value
                await self.store(batch, lost: lost)
            }
            lastWrite = write
            return write
        }
        await write.value
    }

    /// Writes one flush's events, and logs what a full queue dropped.
    private func store(_ batch: [UsageRecord], lost: Int) async {
        if lost > 0 { logger.warning("the usage queue was full: \(lost) gateway usage events were not recorded") }
        guard !batch.isEmpty, let sql = database() as? any SQLDatabase else { return }
        do {
            // No transaction around the statements: the drivers run a transaction's statements in a task of the
            // event loop, which would build them there, and each statement is atomic on its own.
            try await Self.write(batch, on: sql)
        } catch {
            logger.error("\(batch.count) gateway usage events could not be written: \(String(reflecting: error))")
        }
    }

    /// How many events one statement writes: each statement is short, so that the calls that arrive while it is
    /// built and written on a busy core wait little.
    static let rowsPerStatement = 32

    /// Writes events as rows with SQL directly: building a Fluent model for each costs more than the call it records.
    static func write(_ records: [UsageRecord], on sql: any SQLDatabase) async throws {
        for chunk in records.chunked(rowsPerStatement) {
            var insert = sql.insert(into: UsageEventModel.schema).columns(columns)
            for record in chunk { insert = insert.values(record.row) }
            try await insert.run()
        }
    }

    private static let columns = [
        "id", "at", "person_id", "tool_id", "use_case_id", "unit_id", "verdict", "rule", "findings", "prompt_tokens",
        "completion_tokens", "latency_ms",
    ]
}

extension UsageRecord {
    /// The counts per finding type as JSON, keys sorted (`{"EMAIL_ADDRESS":1,"PERSON":2}`).
    var findingsJSON: String {
        "{" + findings.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }

    /// The values of a `usage_events` row, in the recorder's column order.
    var row: [any SQLExpression] {
        [
            SQLBind(UUID(timeOrderedAt: at)), SQLBind(at), SQLBind(personID), SQLBind(toolID?.uuid),
            SQLBind(useCaseID?.uuid), SQLBind(unitID),
            SQLBind(verdict.rawValue), SQLBind(rule.rawValue), SQLBind(findingsJSON), SQLBind(promptTokens),
            SQLBind(completionTokens), SQLBind(latencyMilliseconds),
        ]
    }
}
