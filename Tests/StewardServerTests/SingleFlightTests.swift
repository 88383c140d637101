import Testing

@testable import StewardServer

/// Work many requests ask for at once runs once at a time.
@Suite("One run at a time")
struct SingleFlightTests {
    private actor Runs {
        var count = 0
        func add() { count += 1 }
    }

    @Test("fifty askers while a run is under way share it; a request after it ends starts a new one")
    func sharedRun() async throws {
        let flight = SingleFlight()
        let runs = Runs()
        let (gate, open) = AsyncStream<Void>.makeStream()
        let work: @Sendable () async throws -> Void = {
            await runs.add()
            for await _ in gate { break }
        }

        let tasks = (0..<50).map { _ in flight.run(work) }
        open.yield()
        open.finish()
        for task in tasks { try await task.value }
        #expect(await runs.count == 1)

        try await flight.run(work).value
        #expect(await runs.count == 2)
    }

    @Test("a run that fails gives its error to everyone who waits on it, and the next ask runs again")
    func failedRun() async throws {
        struct Failure: Error {}
        let flight = SingleFlight()
        let runs = Runs()
        await #expect(throws: Failure.self) {
            try await flight.run {
                await runs.add()
                throw Failure()
            }.value
        }
        try await flight.run { await runs.add() }.value
        #expect(await runs.count == 2)
    }
}
