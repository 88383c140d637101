import Foundation
import NIOCore
import NIOPosix
import Testing

@testable import StewardServer

@Suite("Work nobody waits for, on a thread of its own")
struct BackgroundExecutorTests {
    /// Which thread the caller runs on: the background thread, or another.
    private static func thread() -> String { BackgroundExecutor.shared.isCurrentThread ? "background" : "other" }

    @Test("background work runs on the background thread, and comes back to it after waiting for an event loop")
    func runsOnItsThread() async throws {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let names = try await Task(executorPreference: BackgroundExecutor.shared) {
            let before = Self.thread()
            let onLoop = try await loop.submit { Self.thread() }.get()
            return [before, onLoop, Self.thread()]
        }.value
        #expect(names[0] == "background")
        #expect(names[1] != "background")
        #expect(names[2] == "background")
    }

    @Test("the background thread yields to the event loops: its nice value is higher than theirs")
    func lowerPriority() async throws {
        let background = await Task(executorPreference: BackgroundExecutor.shared) {
            getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        }.value
        let loop = try await MultiThreadedEventLoopGroup.singleton.next().submit {
            getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        }.get()
        guard case .lower(let niceness) = BackgroundExecutor.shared.priority else {
            Issue.record("the shared background thread must keep a share of a busy processor")
            return
        }
        #expect(background == loop + niceness || background == 19)
    }

    @Test("a remembered value read again ahead of its expiry is read on the background thread, a first read is not")
    func refreshInBackground() async throws {
        let cache = ExpiringCache<String, String>(lifetime: .seconds(60), refreshAfter: .milliseconds(50))
        let first = try await cache.value("me") { Self.thread() }
        try await Task.sleep(for: .milliseconds(100))
        _ = try await cache.value("me") { Self.thread() }
        let refreshed = try await eventually { cache.freshValue("me") == "background" }
        #expect(first != "background")
        #expect(refreshed, "the value is read again, on the background thread")
    }
}
