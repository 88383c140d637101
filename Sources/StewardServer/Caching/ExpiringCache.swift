import Foundation
import NIOCore

/// Values remembered on this server for at most ``lifetime``: safe to lose, and two servers disagree on one for no
/// longer than that. A change made on this server calls ``removeAll()`` so that it holds here at once. Requests that
/// miss the same key together wait for one read instead of each reading the records.
final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private enum Slot {
        case ready(Value, expires: NIODeadline)
        case reading(Task<Value, any Error>)
    }

    private enum Lookup {
        case hit(Value)
        case wait(Task<Value, any Error>)
    }

    /// How long a remembered value is trusted.
    let lifetime: TimeAmount
    /// Entries kept before the expired ones are swept out.
    private let capacity: Int
    private let lock = NSLock()
    private var slots: [Key: Slot] = [:]
    /// Counts ``removeAll()`` calls, so that a read begun before one is not remembered after it.
    private var generation = 0

    init(lifetime: TimeAmount, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The value remembered for `key`, or the one `read` gives, which is then remembered.
    func value(_ key: Key, orRead read: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let lookup: Lookup = lock.withLock {
            switch slots[key] {
            case .ready(let value, let expires)? where expires > .now():
                return .hit(value)
            case .reading(let task)?:
                return .wait(task)
            default:
                if slots.count >= capacity { sweep() }
                let generation = self.generation
                let task = Task {
                    do {
                        let value = try await read()
                        self.finish(key, generation: generation, with: value)
                        return value
                    } catch {
                        self.finish(key, generation: generation, with: nil)
                        throw error
                    }
                }
                slots[key] = .reading(task)
                return .wait(task)
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
            if case .ready(let value, let expires)? = slots[key], expires > .now() { return value }
            return nil
        }
    }

    /// Counts ``removeAll()`` calls: read it before reading the records yourself, and give it to ``remember(_:for:readAt:)``.
    var currentGeneration: Int { lock.withLock { generation } }

    /// Remembers what a caller read itself for `key`, unless everything was forgotten since the read began.
    func remember(_ value: Value, for key: Key, readAt generation: Int) {
        lock.withLock {
            guard generation == self.generation else { return }
            if slots.count >= capacity { sweep() }
            slots[key] = .ready(value, expires: .now() + lifetime)
        }
    }

    /// Forgets the value of `key`.
    func remove(_ key: Key) {
        lock.withLock {
            slots[key] = nil
            generation += 1
        }
    }

    /// Forgets every value, so the next request reads the records again.
    func removeAll() {
        lock.withLock {
            slots = [:]
            generation += 1
        }
    }

    private func finish(_ key: Key, generation: Int, with value: Value?) {
        lock.withLock {
            guard generation == self.generation else { return }
            slots[key] = value.map { .ready($0, expires: .now() + lifetime) }
        }
    }

    /// Drops expired values; called with the lock held.
    private func sweep() {
        let now = NIODeadline.now()
        slots = slots.filter {
            if case .ready(_, let expires) = $0.value { return expires > now }
            return true
        }
    }
}
