/// Asks `condition` every `interval` until it holds or `limit` has passed, and tells whether it held. For work done
/// off the request path at a lower priority, which a machine busy with other work may put off for seconds: the wait
/// ends as soon as the work is seen done, so a long limit costs a quiet machine nothing.
func eventually(
    within limit: Duration = .seconds(120), every interval: Duration = .milliseconds(20),
    _ condition: () async throws -> Bool
) async throws -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + limit
    while try await !condition() {
        guard clock.now < deadline else { return false }
        try await Task.sleep(for: interval)
    }
    return true
}
