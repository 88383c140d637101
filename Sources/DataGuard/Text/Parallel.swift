import Dispatch

/// Work split over threads with `DispatchQueue.concurrentPerform`, its results returned in order.
enum Parallel {
    /// `body(0)` … `body(count - 1)`, run on as many threads at once as the processors allow.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        defer { results.free() }
        DispatchQueue.concurrentPerform(iterations: count) { k in results.slots[k] = body(k) }
        return results.slots.map { $0! }
    }

    /// `first()` and `second()`, run on two threads at once.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = map(2) { k -> Either<A, B> in k == 0 ? .first(first()) : .second(second()) }
        guard case let .first(a) = results[0], case let .second(b) = results[1] else { preconditionFailure() }
        return (a, b)
    }

    private enum Either<A: Sendable, B: Sendable>: Sendable {
        case first(A)
        case second(B)
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
