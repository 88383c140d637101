import Foundation
import Synchronization

@testable import StewardServer

/// A clock that stands still until a test moves it, so throttling tests do not depend on how fast the machine is.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    /// Moves the clock forward.
    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

extension StewardHarness {
    /// Makes the server read its time from `clock` from now on.
    func use(_ clock: TestClock) {
        app.clock = { clock.now }
    }
}
