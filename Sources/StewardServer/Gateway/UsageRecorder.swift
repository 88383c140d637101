import Fluent
import Foundation
import SQLKit
import SQLiteKit
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
/// task writes every ``Gateway/interval`` and that shutdown writes out, statement by statement. What a crash loses is
/// at most the queue and the statements of the batches under way: the calls of the last intervals. When the database
/// falls behind and the queue is full, further events are dropped and counted in the log.
///
/// Statements are built on the ``BackgroundExecutor``. Where SQLite is the database, batches are written on the idle
/// lane (``UsageLane``), an ``IdleSQLiteConnection`` whose SQLite work runs at idle priority, so that no call waits
/// behind it. A processor that stays busy may leave that lane no time at all; when its write has been unfinished for
/// ``catchUpAfter``, the next batches go on the shared lane (the pool's connections, which keep a share of a busy
/// processor), and the idle write hands back the statements it has not begun. The shared lane keeps the batches for
/// ``coolDown`` after the idle lane was last found late, so that a processor that stays busy costs the idle lane one
/// late batch in each such spell, not one in every other.
final class UsageRecorder: @unchecked Sendable {
    /// The most events held before new ones are dropped.
    static let capacity = 50_000
    /// How long the idle lane's write may stay unfinished before the shared lane takes the batches that follow.
    static let catchUpAfter = Duration.milliseconds(500)
    /// How long the shared lane keeps the batches after the idle lane was last found late.
    static let coolDown = Duration.seconds(5)

    private let lock = NSLock()
    private var queue: [UsageRecord] = []
    private var dropped = 0
    /// Each lane's latest write, which its next waits for, so that a lane writes one batch at a time, in order.
    private var lastWrite: [UsageLane: Task<Void, Never>] = [:]
    /// Since when the idle lane has had a write unfinished; nil while it has none.
    private var idleBusySince: ContinuousClock.Instant?
    /// When a batch last found the idle lane late.
    private var idleLateAt: ContinuousClock.Instant?
    /// How many writes the idle lane has begun, so that the last to finish knows it is the last.
    private var idleWritesBegun = 0
    /// How many times an idle write handed back statements it had not begun.
    private var handBacks = 0
    private let database: @Sendable () -> (any Database)?
    private let idleDatabase: @Sendable () -> IdleSQLiteConnection?
    private let logger: Logger

    init(
        database: @escaping @Sendable () -> (any Database)?,
        idleDatabase: @escaping @Sendable () -> IdleSQLiteConnection? = { nil }, logger: Logger
    ) {
        self.database = database
        self.idleDatabase = idleDatabase
        self.logger = logger
    }

    /// Queues one event.
    func record(_ record: UsageRecord) {
        lock.withLock {
            if queue.count < Self.capacity { queue.append(record) } else { dropped += 1 }
        }
    }

    /// Begins writing what is queued now, after the earlier writes of the same lane, and returns the write.
    @discardableResult
    func write() -> Task<Void, Never> {
        lock.withLock {
            let (batch, lost) = (queue, dropped)
            queue = []
            dropped = 0
            let now = ContinuousClock.now
            let idle = idleDatabase()
            if let since = idleBusySince, now - since >= Self.catchUpAfter { idleLateAt = now }
            let lane = UsageLane.choose(
                hasIdle: idle != nil, idleBusyFor: idleBusySince.map { now - $0 },
                sinceIdleLate: idleLateAt.map { now - $0 })
            let previous = lastWrite[lane]
            let write: Task<Void, Never>
            if lane == .idle, let idle {
                if idleBusySince == nil { idleBusySince = now }
                idleWritesBegun += 1
                let number = idleWritesBegun
                write = Task(executorPreference: BackgroundExecutor.shared) {
                    await previous?.value
                    await self.store(batch, lost: lost, handingBack: true) { try await idle.insert($0) }
                    self.lock.withLock { if self.idleWritesBegun == number { self.idleBusySince = nil } }
                }
            } else {
                write = Task(executorPreference: BackgroundExecutor.shared) {
                    await previous?.value
                    // With no database left (the application is gone) the batch is dropped, its losses still logged.
                    let database = self.database()
                    await self.store(batch, lost: lost, handingBack: false) { chunk in
                        if let database { try await Self.insert(chunk, on: database) }
                    }
                }
            }
            lastWrite[lane] = write
            return write
        }
    }

    /// Writes what is queued now and waits for every write begun before: when it returns, every event queued before
    /// the call is in the database.
    func flush() async {
        var handBacksSeen = lock.withLock { handBacks }
        while true {
            write()
            for write in lock.withLock({ Array(lastWrite.values) }) { await write.value }
            // What an idle write handed back meanwhile is queued again: write it too.
            let handBacksNow = lock.withLock { handBacks }
            if handBacksNow == handBacksSeen { return }
            handBacksSeen = handBacksNow
        }
    }

    /// Writes one batch, and logs what a full queue dropped. An idle write that the shared lane has taken over from
    /// hands back the statements it has not begun, to be written with the next batch.
    private func store(
        _ batch: [UsageRecord], lost: Int, handingBack: Bool,
        insert: (ArraySlice<UsageRecord>) async throws -> Void
    ) async {
        if lost > 0 { logger.warning("the usage queue was full: \(lost) gateway usage events were not recorded") }
        guard !batch.isEmpty else { return }
        var start = batch.startIndex
        do {
            // No transaction around the statements: the drivers run a transaction's statements in a task of the
            // event loop, which would build them there, and each statement is atomic on its own.
            while start < batch.endIndex {
                if handingBack, isOverdue() {
                    lock.withLock {
                        queue.insert(contentsOf: batch[start...], at: 0)
                        handBacks += 1
                    }
                    return
                }
                let end = min(start + Self.rowsPerStatement, batch.endIndex)
                try await insert(batch[start..<end])
                start = end
            }
        } catch {
            logger.error(
                "\(batch.endIndex - start) gateway usage events could not be written: \(String(reflecting: error))")
        }
    }

    /// Whether the idle lane's write has been unfinished for longer than it may.
    private func isOverdue() -> Bool {
        lock.withLock { idleBusySince.map { ContinuousClock.now - $0 >= Self.catchUpAfter } ?? false }
    }

    /// How many events one statement writes: each statement is short, so that the calls that arrive while it is
    /// built and written on a busy core wait little.
    static let rowsPerStatement = 32

    /// Writes events as rows, in statements of ``rowsPerStatement``.
    static func write(_ records: [UsageRecord], on database: any Database) async throws {
        for chunk in records.chunked(rowsPerStatement) { try await insert(chunk[...], on: database) }
    }

    /// Writes events as rows of one statement: on SQLite with its own values bound directly
    /// (``SQLiteDatabase/insertUsage(_:)``), elsewhere through SQLKit. Building a Fluent model for each costs more
    /// than the call it records, and SQLKit's encoder for SQLite several times what the insert does.
    private static func insert(_ records: ArraySlice<UsageRecord>, on database: any Database) async throws {
        if let sqlite = database as? any SQLiteDatabase {
            try await sqlite.insertUsage(records)
        } else if let sql = database as? any SQLDatabase {
            try await insertThroughSQLKit(records, on: sql)
        } else {
            throw StewardError(.internalServerError, "the database takes no SQL, so usage rows cannot be written to it")
        }
    }

    /// Writes events as rows of one statement through SQLKit's encoder.
    static func insertThroughSQLKit(_ records: ArraySlice<UsageRecord>, on sql: any SQLDatabase) async throws {
        var insert = sql.insert(into: UsageEventModel.schema).columns(columns)
        for record in records { insert = insert.values(record.row) }
        try await insert.run()
    }

    /// The columns of a `usage_events` row, in the order ``UsageRecord/row`` and ``UsageRecord/sqliteValues`` give.
    static let columns = [
        "id", "at", "person_id", "tool_id", "use_case_id", "unit_id", "verdict", "rule", "findings", "prompt_tokens",
        "completion_tokens", "latency_ms",
    ]
}

extension UsageRecord {
    /// The counts per finding type as JSON, keys sorted (`{"EMAIL_ADDRESS":1,"PERSON":2}`).
    var findingsJSON: String {
        "{" + findings.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }

    /// The values of a `usage_events` row, in the recorder's column order, as SQLite's own values: what SQLKit's
    /// encoder makes of ``row`` (identifiers as upper-case text, times as seconds since 1970).
    var sqliteValues: [SQLiteData] {
        func text(_ id: UUID?) -> SQLiteData { id.map { .text($0.uuidString) } ?? .null }
        func integer(_ value: Int?) -> SQLiteData { value.map { .integer($0) } ?? .null }
        return [
            text(UUID(timeOrderedAt: at)), .float(at.timeIntervalSince1970), text(personID), text(toolID?.uuid),
            text(useCaseID?.uuid), text(unitID), .text(verdict.rawValue), .text(rule.rawValue), .text(findingsJSON),
            integer(promptTokens), integer(completionTokens), .float(latencyMilliseconds),
        ]
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

/// Where usage batches are written: on the idle lane when the database allows it and that lane keeps up, else on the
/// shared lane.
enum UsageLane: Hashable, Sendable {
    case idle
    case shared

    /// The lane for the next batch: idle unless there is none, its write has been unfinished for
    /// ``UsageRecorder/catchUpAfter``, or it was found late less than ``UsageRecorder/coolDown`` ago.
    static func choose(hasIdle: Bool, idleBusyFor: Duration?, sinceIdleLate: Duration?) -> UsageLane {
        guard hasIdle else { return .shared }
        if let late = sinceIdleLate, late < UsageRecorder.coolDown { return .shared }
        guard let busy = idleBusyFor else { return .idle }
        return busy < UsageRecorder.catchUpAfter ? .idle : .shared
    }
}
