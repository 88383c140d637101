import Foundation

/// One run at a time of work that many requests may ask for at once, such as reading again what the server keeps in
/// memory: whoever asks while it runs gets the run under way instead of starting another.
/// `@unchecked Sendable`: its one variable is read and written under its lock.
final class SingleFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var running: Task<Void, any Error>?

    /// The run under way, or a new run of `work`: on the ``BackgroundExecutor``, as ``BackgroundWork``, when
    /// nobody waits for it.
    func run(inBackground: Bool = false, _ work: @escaping @Sendable () async throws -> Void) -> Task<Void, any Error> {
        lock.withLock {
            if let running { return running }
            // The new run cannot end before it is recorded: its last step waits for this lock.
            let task = Task(executorPreference: inBackground ? BackgroundExecutor.shared : nil) {
                defer { self.lock.withLock { self.running = nil } }
                try await BackgroundWork.$isRunning.withValue(inBackground) { try await work() }
            }
            running = task
            return task
        }
    }
}
