import Foundation
import NIOCore
import Testing
import Vapor

@testable import StewardServer

@Suite("Who is signed in, remembered for a second")
struct AccountCacheTests {
    /// Counts the reads behind a cache.
    actor Reads {
        private(set) var count = 0
        func add() -> Int {
            count += 1
            return count
        }
    }

    @Test("a value is read once, then remembered until it expires or a change forgets it")
    func expiringCache() async throws {
        let reads = Reads()
        // No read ahead of expiry within the test, however slowly a loaded machine runs it (a run starved for over a
        // minute by other work was seen).
        let cache = ExpiringCache<String, Int>(lifetime: .seconds(3600), refreshAfter: .seconds(3600))
        let first = try await cache.value("officer") { await reads.add() }
        let remembered = try await cache.value("officer") { await reads.add() }
        cache.removeAll()
        let afterChange = try await cache.value("officer") { await reads.add() }
        // A value read again only when its lifetime is over: the request that finds it expired waits for the read.
        let short = ExpiringCache<String, Int>(lifetime: .milliseconds(100), refreshAfter: .milliseconds(100))
        _ = try await short.value("officer") { 0 }
        try await Task.sleep(for: .milliseconds(200))
        let afterExpiry = try await short.value("officer") { await reads.add() }

        let values: [Int] = [first, remembered, afterChange, afterExpiry]
        #expect(values == [1, 1, 2, 3])
    }

    @Test("a value past its refresh age is read again in the background while readers keep it")
    func refreshAhead() async throws {
        let reads = Reads()
        let cache = ExpiringCache<String, Int>(lifetime: .seconds(3600), refreshAfter: .milliseconds(100))
        let first = try await cache.value("me") { await reads.add() }
        try await Task.sleep(for: .milliseconds(200))
        let kept = try await cache.value("me") {
            try await Task.sleep(for: .milliseconds(200))
            return await reads.add()
        }
        let duringRead = try await cache.value("me") { await reads.add() }
        _ = try await eventually { cache.freshValue("me") == 2 }
        let refreshed = try await cache.value("me") { 99 }
        let count = await reads.count

        let values: [Int] = [first, kept, duringRead, refreshed]
        #expect(values == [1, 1, 1, 2])
        #expect(count == 2, "one read at first, one in the background")
    }

    @Test("forgetting one value leaves the reads of others to be remembered")
    func removeOne() async throws {
        let reads = Reads()
        let cache = ExpiringCache<String, Int>(lifetime: .seconds(3600), refreshAfter: .seconds(3600))
        async let slow = cache.value("slow") {
            try await Task.sleep(for: .milliseconds(200))
            return await reads.add()
        }
        try await Task.sleep(for: .milliseconds(50))
        cache.remove("other")
        let first = try await slow
        let again = try await cache.value("slow") { await reads.add() }

        #expect(first == 1 && again == 1)
        #expect(cache.freshValue("slow") == 1 && cache.freshValue("other") == nil)
    }

    @Test("settling waits for the reads under way, a forgotten one too, so that none outlives the database")
    func settle() async throws {
        let reads = Reads()
        let cache = ExpiringCache<String, Int>(lifetime: .seconds(3600), refreshAfter: .seconds(3600))
        let waiting = Task {
            try await cache.value("slow") {
                try await Task.sleep(for: .milliseconds(300))
                return await reads.add()
            }
        }
        try await Task.sleep(for: .milliseconds(50))
        cache.removeAll()
        await cache.settle()
        let count = await reads.count

        #expect(count == 1)
        #expect(try await waiting.value == 1)
    }

    @Test("a full cache sweeps out what expired and keeps the rest")
    func sweep() async throws {
        let cache = ExpiringCache<Int, Int>(lifetime: .seconds(3600), capacity: 2)
        for key in 0..<5 { _ = try await cache.value(key) { key } }
        let reads = Reads()
        let kept = try await cache.value(4) { await reads.add() }
        let count = await reads.count

        #expect(kept == 4 && count == 0)
    }

    @Test("requests that miss the same key together wait for one read")
    func oneReadForMany() async throws {
        let reads = Reads()
        let cache = ExpiringCache<String, Int>(lifetime: .seconds(3600), refreshAfter: .seconds(3600))
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.value("inventory") {
                        try await Task.sleep(for: .milliseconds(200))
                        return await reads.add()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let count = await reads.count

        #expect(count == 1 && values == Array(repeating: 1, count: 20))
    }

    @Test("a read begun before a change is not remembered after it, and a failed read is not remembered at all")
    func readAcrossChange() async throws {
        let reads = Reads()
        let cache = ExpiringCache<String, Int>(lifetime: .seconds(3600), refreshAfter: .seconds(3600))
        async let early = cache.value("tool") {
            try await Task.sleep(for: .milliseconds(200))
            return await reads.add()
        }
        try await Task.sleep(for: .milliseconds(50))
        cache.removeAll()
        let before = try await early
        let after = try await cache.value("tool") { await reads.add() }
        await #expect(throws: CancellationError.self) {
            try await cache.value("failing") { throw CancellationError() }
        }
        let retried = try await cache.value("failing") { 7 }

        #expect(before == 1 && after == 2 && retried == 7)
    }

    @Test("the API's signed-in path makes no query when the same token came within the cache's lifetime")
    func meWithoutQueries() async throws {
        let log = QueryLog()
        // Remembered values outlive the test, so that a slow moment of the machine between the two requests (past
        // the second a token is remembered in production) does not make the second read who is signed in again.
        try await withSteward(routes: { app in
            log.attach(to: app)
            app.useServerCaches(lifetime: .seconds(600))
        }) { steward in
            let token = try await steward.token(for: .worker)
            let (replies, counts) = try await log.twoInARow { headers, _ in
                try await steward.send(.GET, "/api/v1/me", headers: headers, bearer: token)
            }
            #expect(replies.allSatisfy { $0.status == .ok })
            #expect(counts.last == 0, "the second answer read who is signed in from the cache: \(counts)")
        }
    }

    @Test("a revoked token is refused at once by the server that revoked it")
    func revokedAtOnce() async throws {
        try await withSteward { steward in
            let token = try await steward.token(for: .worker)
            #expect(try await steward.send(.GET, "/api/v1/me", bearer: token).status == .ok)
            let listed = try await steward.send(.GET, "/api/v1/tokens", bearer: token)
            let id = try #require(try listed.objects().first?["id"] as? String)

            #expect(try await steward.send(.DELETE, "/api/v1/tokens/\(id)", bearer: token).status == .noContent)
            #expect(try await steward.send(.GET, "/api/v1/me", bearer: token).status == .unauthorized)
        }
    }
}
