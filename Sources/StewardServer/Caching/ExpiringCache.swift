import Foundation
import NIOCore

/// Values remembered on this server for at most ``lifetime`` from the read that gave them: safe to lose, and two
/// servers disagree on one for no longer than that. A change made on this server calls ``removeAll()`` so that it
/// holds here at once. Requests that miss the same key together wait for one read instead of each reading the
/// records. A value older than ``refreshAfter`` is read again in the background by the first request that finds it,
/// while that request and others keep the value they have until its lifetime ends: under steady use nobody waits
/// for a value to be read again.
final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    /// A read under way, numbered so that only the read a slot waits for may fill it.
    private struct Reading {
        let task: Task<Value, any Error>
        let number: Int
    }

    private enum Slot {
        case ready(Value, read: NIODeadline)
        /// Read again in the background, with the value readers keep meanwhile.
        case refreshing(Value, read: NIODeadline, Reading)
        case reading(Reading)
    }

    private enum Lookup {
        case hit(Value)
        case wait(Task<Value, any Error>)
    }

    /// How long a remembered value is trusted.
    let lifetime: TimeAmount
    /// How old a value may grow before the next request has it read again in the background.
    let refreshAfter: TimeAmount
    /// Entries kept before the expired ones are swept out.
    private let capacity: Int
    private let lock = NSLock()
    private var slots: [Key: Slot] = [:]
    /// Counts what was forgotten, so that a value read before is not remembered after (``remember(_:for:since:)``).
    private var generation = 0
    /// Numbers the reads.
    private var reads = 0
    /// The reads under way, by number, whether a slot still waits for them or not.
    private var running: [Int: Task<Value, any Error>] = [:]

    /// A cache whose values live `lifetime` and are read again in the background after `refreshAfter` (by default
    /// half the lifetime: a read that waits its turn on a busy database server still comes back before readers would
    /// have to wait for it).
    init(lifetime: TimeAmount, refreshAfter: TimeAmount? = nil, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.refreshAfter = refreshAfter ?? .nanoseconds(lifetime.nanoseconds / 2)
        self.capacity = capacity
    }

    /// The value remembered for `key`, or the one `read` gives, which is then remembered.
    func value(_ key: Key, orRead read: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let lookup: Lookup = lock.withLock {
            let now = NIODeadline.now()
            switch slots[key] {
            case .ready(let value, let readAt)? where readAt + lifetime > now:
                if readAt + refreshAfter <= now {
                    slots[key] = .refreshing(value, read: readAt, start(key, read, inBackground: true))
                }
                return .hit(value)
            case .refreshing(let value, let readAt, _)? where readAt + lifetime > now:
                return .hit(value)
            case .reading(let reading)?:
                return .wait(reading.task)
            case .ready?, .refreshing?, nil:
                // Nothing, or a value whose lifetime ended before its background read came back: read and wait.
                if slots.count >= capacity { sweep(now) }
                let reading = start(key, read, inBackground: false)
                slots[key] = .reading(reading)
                return .wait(reading.task)
            }
        }
        switch lookup {
        case .hit(let value): return value
        case .wait(let task): return try await task.value
        }
    }

    /// The value remembered for `key` while it is fresh, for callers that cannot wait; nil when there is none.
    func freshValue(_ key: Key) -> Value? {
        lock.withLock {
            switch slots[key] {
            case .ready(let value, let readAt)?, .refreshing(let value, let readAt, _)?:
                return readAt + lifetime > .now() ? value : nil
            case .reading?, nil:
                return nil
            }
        }
    }

    /// Counts what was forgotten: read it before reading the records yourself, and give it to
    /// ``remember(_:for:since:)``.
    var currentGeneration: Int { lock.withLock { generation } }

    /// Remembers what a caller read itself for `key`, unless something was forgotten since the read began.
    func remember(_ value: Value, for key: Key, since generation: Int) {
        lock.withLock {
            guard generation == self.generation else { return }
            let now = NIODeadline.now()
            if slots.count >= capacity { sweep(now) }
            slots[key] = .ready(value, read: now)
        }
    }

    /// Forgets the value of `key`.
    func remove(_ key: Key) {
        lock.withLock {
            slots[key] = nil
            generation += 1
        }
    }

    /// Waits for the reads under way, so that none outlives the database it reads: the server calls it as it shuts
    /// down, before the database connections close.
    func settle() async {
        for task in lock.withLock({ Array(running.values) }) { _ = try? await task.value }
    }

    /// Forgets every value, so the next request reads the records again.
    func removeAll() {
        lock.withLock {
            slots = [:]
            generation += 1
        }
    }

    /// Starts reading `key`'s value, remembered from when the read began; called with the lock held. A read that
    /// nobody waits for runs on the ``BackgroundExecutor`` as ``BackgroundWork``, one that requests wait for where
    /// they run.
    private func start(
        _ key: Key, _ read: @escaping @Sendable () async throws -> Value, inBackground: Bool
    ) -> Reading {
        reads += 1
        let number = reads
        let began = NIODeadline.now()
        let task = Task(executorPreference: inBackground ? BackgroundExecutor.shared : nil) {
            do {
                let value = try await BackgroundWork.$isRunning.withValue(inBackground) { try await read() }
                self.finish(key, number, with: value, readAt: began)
                return value
            } catch {
                self.finish(key, number, with: nil, readAt: began)
                throw error
            }
        }
        running[number] = task
        return Reading(task: task, number: number)
    }

    /// Fills `key`'s slot with what read `number` gave, if the slot still waits for that read: a read begun before
    /// the value was forgotten, or overtaken by another, is dropped. A failed read empties the slot.
    private func finish(_ key: Key, _ number: Int, with value: Value?, readAt: NIODeadline) {
        lock.withLock {
            running[number] = nil
            switch slots[key] {
            case .reading(let reading)? where reading.number == number,
                 .refreshing(_, _, let reading)? where reading.number == number:
                slots[key] = value.map { .ready($0, read: readAt) }
            default:
                return
            }
        }
    }

    /// Drops expired values; called with the lock held.
    private func sweep(_ now: NIODeadline) {
        slots = slots.filter {
            switch $0.value {
            case .ready(_, let readAt), .refreshing(_, let readAt, _): readAt + lifetime > now
            case .reading: true
            }
        }
    }
}
