import Foundation
import NIOCore

/// Values remembered on this server for at most ``lifetime``: safe to lose, and two servers disagree on one for no
/// longer than that. A change made on this server calls ``removeAll()`` so that it holds here at once.
final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        let value: Value
        let expires: NIODeadline
    }

    /// How long a remembered value is trusted.
    let lifetime: TimeAmount
    /// Entries kept before the expired ones are swept out.
    private let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]

    init(lifetime: TimeAmount, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The value remembered for `key`, or the one `read` gives, which is then remembered.
    func value(_ key: Key, orRead read: () async throws -> Value) async throws -> Value {
        if let entry = lock.withLock({ entries[key] }), entry.expires > .now() { return entry.value }
        let value = try await read()
        let expires = NIODeadline.now() + lifetime
        lock.withLock {
            if entries.count >= capacity { entries = entries.filter { $0.value.expires > .now() } }
            entries[key] = Entry(value: value, expires: expires)
        }
        return value
    }

    /// Forgets every value, so the next request reads the records again.
    func removeAll() {
        lock.withLock { entries = [:] }
    }
}
