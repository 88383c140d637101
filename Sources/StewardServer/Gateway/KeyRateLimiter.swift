import Foundation
import NIOCore

/// A token bucket per gateway key, in this server's memory: a flood from one key is slowed down without a database
/// write per call. The servers sharing a database tell each other the calls they let through (``AllowanceExchange``)
/// and each charges the others' calls to its own buckets, so a key's allowance holds across them, give or take the
/// calls of the moments before the counts are exchanged.
final class KeyRateLimiter: @unchecked Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: NIODeadline
    }

    /// The calls this server let through for one key, counted from when the count began.
    struct Count: Sendable, Hashable {
        /// Names this run of the count: a new generation starts from zero.
        var generation: Int64
        var calls: Int64
    }

    private let rate: Double
    private let burst: Double
    private let lock = NSLock()
    private var buckets: [UUID: Bucket] = [:]
    private var counts: [UUID: Count] = [:]
    /// The counts as last handed to the exchange, and when each last changed.
    private var shared: [UUID: (count: Count, changed: Date)] = [:]

    init(callsPerSecond: Double, burst: Double) {
        rate = callsPerSecond
        self.burst = max(1, burst)
    }

    /// Takes one call from the key's allowance; nil when allowed, else the seconds to wait.
    func take(_ key: UUID, now: NIODeadline = .now()) -> Int? {
        lock.withLock {
            var bucket = refilled(key, now: now)
            defer { buckets[key] = bucket }
            guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up))) }
            bucket.tokens -= 1
            counts[key, default: Count(generation: .random(in: 1...Int64.max), calls: 0)].calls += 1
            return nil
        }
    }

    /// Charges calls that other servers let through to the key's allowance here. A bucket owes at most one burst,
    /// so calls let through on several servers at once never lock a key out for longer than a burst takes to refill.
    func charge(_ key: UUID, calls: Int64, now: NIODeadline = .now()) {
        guard calls > 0 else { return }
        lock.withLock {
            var bucket = refilled(key, now: now)
            bucket.tokens = max(-burst, bucket.tokens - Double(calls))
            buckets[key] = bucket
        }
    }

    /// The counts that changed since the last call, for the exchange to write. A count unchanged for `forgetAfter`
    /// is forgotten, so an idle key costs nothing; its next call starts a new generation.
    func changedCounts(now: Date, forgetAfter: TimeInterval) -> [UUID: Count] {
        lock.withLock {
            var changed: [UUID: Count] = [:]
            for (key, count) in counts {
                if let last = shared[key], last.count == count {
                    guard now.timeIntervalSince(last.changed) >= forgetAfter else { continue }
                    counts[key] = nil
                    shared[key] = nil
                } else {
                    changed[key] = count
                    shared[key] = (count, now)
                }
            }
            return changed
        }
    }

    /// The key's bucket, refilled for the time since it was last used; `lock` is held.
    private func refilled(_ key: UUID, now: NIODeadline) -> Bucket {
        if buckets.count > 100_000 { buckets = [:] }
        var bucket = buckets[key] ?? Bucket(tokens: burst, updated: now)
        let elapsed = Double((now - bucket.updated).nanoseconds) / 1e9
        bucket.tokens = min(burst, bucket.tokens + max(0, elapsed) * rate)
        bucket.updated = now
        return bucket
    }
}
