import Foundation
import NIOCore

/// A token bucket per gateway key, in this server's memory: a flood from one key is slowed down without a database
/// write per call. Each server keeps its own buckets, so behind a load balancer a key's allowance is per server.
final class KeyRateLimiter: @unchecked Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: NIODeadline
    }

    private let rate: Double
    private let burst: Double
    private let lock = NSLock()
    private var buckets: [UUID: Bucket] = [:]

    init(callsPerSecond: Double, burst: Double) {
        rate = callsPerSecond
        self.burst = max(1, burst)
    }

    /// Takes one call from the key's allowance; nil when allowed, else the seconds to wait.
    func take(_ key: UUID, now: NIODeadline = .now()) -> Int? {
        lock.withLock {
            var bucket = buckets[key] ?? Bucket(tokens: burst, updated: now)
            let elapsed = Double((now - bucket.updated).nanoseconds) / 1e9
            bucket.tokens = min(burst, bucket.tokens + max(0, elapsed) * rate)
            bucket.updated = now
            defer {
                if buckets.count > 100_000 { buckets = [:] }
                buckets[key] = bucket
            }
            guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up))) }
            bucket.tokens -= 1
            return nil
        }
    }
}
