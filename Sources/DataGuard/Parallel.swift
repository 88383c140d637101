import Dispatch
import Synchronization

/// Work split over threads with `DispatchQueue.concurrentPerform`, its results returned in order.
enum Parallel {
    /// `body(0)` … `body(count - 1)`, run on up to `threads` threads at once, each taking the next index as it
    /// comes free.
    static func map<T: Sendable>(_ count: Int, threads: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        defer { results.free() }
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
            while case let k = next.take(), k < count { results.slots[k] = body(k) }
        }
        return results.slots.map { $0! }
    }

    /// `first()` and `second()`, run on two threads at once.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = map(2, threads: 2) { k -> Either<A, B> in k == 0 ? .first(first()) : .second(second()) }
        guard case let .first(a) = results[0], case let .second(b) = results[1] else { preconditionFailure() }
        return (a, b)
    }

    private enum Either<A: Sendable, B: Sendable>: Sendable {
        case first(A)
        case second(B)
    }

    /// The next index to run, shared by the threads of one ``map(_:threads:_:)``.
    private final class Counter: Sendable {
        private let next = Atomic<Int>(0)

        func take() -> Int { next.add(1, ordering: .relaxed).oldValue }
    }

    /// One slot for each iteration's result, written by that iteration's thread only and read after all have ended.
    private struct Results<T>: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<T?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        func free() {
            _ = slots.deinitialize()
            slots.deallocate()
        }
    }
}
