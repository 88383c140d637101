import Foundation

/// Bounds how many test servers run at once. Every suite starts together, and each server holds database
/// connections: unbounded, a run of several hundred tests asks a PostgreSQL server for more connections than it
/// allows, and a small machine spends its time switching between servers instead of answering them.
actor TestServerSlots {
    static let shared = TestServerSlots(limit: configuredLimit)

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = max(1, limit) }

    /// Waits for a free slot and takes it.
    func acquire() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives a slot back, handing it straight to the longest waiter if there is one.
    func release() {
        if waiting.isEmpty {
            inUse -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// `STEWARD_TEST_SERVERS`, or 32.
    private static var configuredLimit: Int {
        ProcessInfo.processInfo.environment["STEWARD_TEST_SERVERS"].flatMap(Int.init) ?? 32
    }
}

/// A failure while a test's server was being set up, with the underlying error's full description (the PostgreSQL
/// driver hides its details from plain descriptions).
struct TestSetupFailure: Error, CustomStringConvertible {
    let description: String

    init(_ error: any Error) { description = "setting up the test server failed: " + String(reflecting: error) }
}
