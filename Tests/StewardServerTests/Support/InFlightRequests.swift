import Foundation
import Vapor

/// Counts the requests the test server is still answering, so that a test that ends early (a client that gave up
/// on a slow answer) does not tear the application down under a handler that is still using its database.
final class InFlightRequests: AsyncMiddleware, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        lock.withLock { count += 1 }
        defer { lock.withLock { count -= 1 } }
        return try await next.respond(to: request)
    }

    /// Waits until no request is being answered, or `limit` has passed.
    func waitUntilIdle(limit: Duration = .seconds(300)) async {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while lock.withLock({ count }) > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
    }
}
