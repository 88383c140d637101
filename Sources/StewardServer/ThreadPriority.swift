import Foundation

/// How much of the processor a thread of work nobody waits for claims, beside the event loops that answer requests.
/// Each applies to the calling thread only: on Linux a thread's scheduling belongs to it, not to its process.
enum ThreadPriority: Sendable {
    /// Yields when the event loops want the processor, within the kernel's slice, and keeps a share of a busy one
    /// (a nice value above the event loops').
    case lower(niceness: Int32)
    /// Runs only when nothing else of normal priority wants the processor, and gives it up at once when something
    /// does (Linux's `SCHED_IDLE`): on a busy processor such a thread may wait indefinitely. Threads it starts inherit
    /// the policy, so such a thread must start none, nor wake a task of the global executor, whose pool may start a
    /// thread from the one that wakes it.
    case idle

    /// Linux's number for `SCHED_IDLE`, which the C headers hide behind `_GNU_SOURCE`.
    static let idlePolicy: Int32 = 5

    /// Gives the calling thread this priority; where the system refuses the idle policy, the lowest nice value
    /// instead.
    func apply() {
        switch self {
        case .lower(let niceness):
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        case .idle:
            var parameters = sched_param(sched_priority: 0)
            if sched_setscheduler(0, Self.idlePolicy, &parameters) != 0 {
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
            }
        }
    }
}
