import Foundation

/// A thread of its own for work that no request waits for: the gateway's usage writes and allowance exchange, and
/// remembered values read again before they expire. Swift tasks otherwise run on the event loops (the server installs
/// them as the global executor), so such work, building SQL statements and encoding their values, would hold up the
/// calls that arrive meanwhile; on this thread the kernel lets the event loops run as soon as they have work.
///
/// Start such work with `Task(executorPreference: BackgroundExecutor.shared) { … }`; what it awaits from an event
/// loop (a database's answer) comes back to this thread.
final class BackgroundExecutor: TaskExecutor, @unchecked Sendable {
    /// The one background thread of the process. It keeps a share of a busy processor: a request may wait for what
    /// it reads (a remembered value read again ahead of its expiry), and allowances must be exchanged under a flood.
    static let shared = BackgroundExecutor(name: "background", priority: .lower(niceness: 10))

    /// How this thread yields to the event loops.
    let priority: ThreadPriority

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    /// The thread that runs the jobs, once it has started.
    private var thread: pthread_t?

    private init(name: String, priority: ThreadPriority) {
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

    /// Whether the caller runs on this executor's thread: told by the thread itself, not by its name, which a
    /// thread may inherit from the one that started it.
    var isCurrentThread: Bool {
        condition.withLock { thread.map { pthread_equal($0, pthread_self()) != 0 } ?? false }
    }

    /// Runs the jobs in the order they came, for the life of the process.
    private func run(named name: String) {
        condition.withLock { thread = pthread_self() }
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
