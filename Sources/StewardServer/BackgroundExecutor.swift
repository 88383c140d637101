import Foundation

/// A thread of its own for work that no request waits for: the gateway's usage writes and allowance exchange, and
/// remembered values read again before they expire. Swift tasks otherwise run on the event loops (the server installs
/// them as the global executor), so such work, building SQL statements and encoding their values, would hold up the
/// calls that arrive meanwhile; on these threads the kernel lets the event loops run as soon as they have work.
///
/// Start such work with `Task(executorPreference: BackgroundExecutor.shared) { … }`; what it awaits from an event
/// loop (a database's answer) comes back to this thread. ``idle`` is for work that may wait while the processor is
/// busy, and that someone takes over when it waits too long (the usage writes, see ``UsageRecorder``).
final class BackgroundExecutor: TaskExecutor, @unchecked Sendable {
    /// The background thread for work that must keep a share of a busy processor: a request may wait for what it
    /// reads (a remembered value read again ahead of its expiry), and allowances must be exchanged under a flood.
    static let shared = BackgroundExecutor(name: "background", priority: .lower(niceness: 10))
    /// The thread for work that runs only when the processor has nothing else to do.
    static let idle = BackgroundExecutor(name: "idle", priority: .idle)

    /// How this thread yields to the event loops.
    let priority: ThreadPriority

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    init(name: String, priority: ThreadPriority) {
        self.priority = priority
        Thread { [unowned self] in self.run(named: name) }.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.withLock {
            jobs.append(job)
            condition.signal()
        }
    }

    /// Runs the jobs in the order they came, for the life of the process.
    private func run(named name: String) {
        // Named from the thread itself, where Foundation gives the name to the system (`ps`, `perf`).
        Thread.current.name = name
        priority.apply()
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
