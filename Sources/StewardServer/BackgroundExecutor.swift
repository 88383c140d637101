import Foundation

/// A thread of its own for work that no request waits for: the gateway's usage writes and allowance exchange, and
/// remembered values read again before they expire. Swift tasks otherwise run on the event loops (the server installs
/// them as the global executor), so such work, building SQL statements and encoding their values, would hold up the
/// calls that arrive meanwhile; on this thread the kernel lets the event loops run as soon as they have work.
///
/// Start such work with `Task(executorPreference: BackgroundExecutor.shared) { … }`; what it awaits from an event
/// loop (a database's answer) comes back to this thread.
final class BackgroundExecutor: TaskExecutor, @unchecked Sendable {
    /// The one background thread of the process.
    static let shared = BackgroundExecutor(name: "background")

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    private init(name: String) {
        Thread { [unowned self] in self.run(named: name) }.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.withLock {
            jobs.append(job)
            condition.signal()
        }
    }

    /// How much less than the event loops the thread is given when they all want the processor (a nice value).
    static let niceness: Int32 = 10

    /// Runs the jobs in the order they came, for the life of the process.
    private func run(named name: String) {
        // Named from the thread itself, where Foundation gives the name to the system (`ps`, `perf`).
        Thread.current.name = name
        // On Linux a nice value belongs to a thread, and 0 names the calling one: the event loops keep theirs.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceness)
        var batch: [UnownedJob] = []
        while true {
            condition.withLock {
                while jobs.isEmpty { condition.wait() }
                swap(&batch, &jobs)
            }
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
