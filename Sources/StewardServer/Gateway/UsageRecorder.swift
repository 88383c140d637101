import Fluent
import Foundation
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

/// Writes usage events in batches, off the request path: calls add to a bounded queue that a background task writes
/// every ``interval`` and that shutdown writes out. What a crash loses is at most the queue: the calls of the last
/// interval. When the database falls behind and the queue is full, further events are dropped and counted in the log.
final class UsageRecorder: LifecycleHandler, @unchecked Sendable {
    /// How often the queue is written.
    static let interval = Duration.milliseconds(500)
    /// The most events held before new ones are dropped.
    static let capacity = 50_000

    private let lock = NSLock()
    private var queue: [UsageRecord] = []
    private var dropped = 0
    private var task: Task<Void, Never>?
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

    /// Writes what is queued now.
    func flush() async {
        let (batch, lost) = lock.withLock { () -> ([UsageRecord], Int) in
            defer {
                queue = []
                dropped = 0
            }
            return (queue, dropped)
        }
        if lost > 0 { logger.warning("the usage queue was full: \(lost) gateway usage events were not recorded") }
        guard !batch.isEmpty, let database = database() else { return }
        do {
            for chunk in batch.chunked(200) {
                try await chunk.map(UsageEventModel.init).create(on: database)
            }
        } catch {
            logger.error("\(batch.count) gateway usage events could not be written: \(String(reflecting: error))")
        }
    }

    func didBootAsync(_ application: Application) async throws {
        task = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.interval)
                await self?.flush()
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        task?.cancel()
        await flush()
    }
}

extension UsageEventModel {
    convenience init(_ record: UsageRecord) {
        self.init()
        at = record.at
        personID = record.personID
        toolID = record.toolID?.uuid
        useCaseID = record.useCaseID?.uuid
        unitID = record.unitID
        verdict = record.verdict.rawValue
        rule = record.rule.rawValue
        let data = (try? JSONSerialization.data(withJSONObject: record.findings, options: [.sortedKeys])) ?? Data("{}".utf8)
        findings = String(decoding: data, as: UTF8.self)
        promptTokens = record.promptTokens
        completionTokens = record.completionTokens
        latencyMilliseconds = record.latencyMilliseconds
    }
}
