import PolicyEngine
import StewardCore

/// Timed loops over PolicyEngine, on the calling thread. Each loop tallies its results so the work cannot be
/// optimised away.
enum PolicyTiming {
    /// One timed run: how many decisions in how long, and a tally of outcomes.
    struct Run {
        var decisions = 0
        var seconds = 0.0
        var tally: [Outcome: Int] = [:]

        var decisionsPerSecond: Double { Double(decisions) / seconds }
        var nanosecondsPerDecision: Double { seconds * 1e9 / Double(decisions) }
    }

    /// Parsing, validating and compiling every shipped pack: the best and the median time in milliseconds.
    static func compileTime(repetitions: Int) -> (best: Double, median: Double) {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<repetitions {
            let start = clock.now
            let compiled = try? CompiledPolicy(adopting: ShippedPacks.all())
            times.append(milliseconds(clock.now - start))
            precondition(compiled != nil, "the shipped packs compile")
        }
        times.sort()
        return (times.first ?? 0, times[times.count / 2])
    }

    /// The fastest of several runs.
    static func best(of passes: Int, _ body: () -> Run) -> Run {
        (0..<max(passes, 1)).map { _ in body() }.min { $0.seconds < $1.seconds } ?? Run()
    }

    /// The outcome alone, as the gateway asks on every call.
    static func outcomes(_ policy: CompiledPolicy, _ facts: [FactBits]) -> Run {
        tallied(facts) { policy.outcome(for: $0) }
    }

    /// Every rule evaluated and the fired ones recorded in a reused bitset.
    static func evaluations(_ policy: CompiledPolicy, _ facts: [FactBits]) -> Run {
        var fired = policy.makeFiredRules()
        return tallied(facts) { policy.evaluate($0, into: &fired) }
    }

    /// Times one question over every use case, counting outcomes in a tuple so the loop does not allocate.
    @inline(__always)
    private static func tallied(_ facts: [FactBits], _ decide: (FactBits) -> Outcome) -> Run {
        var counts = (0, 0, 0)
        let seconds = timed {
            for bits in facts {
                switch decide(bits) {
                case .allowed: counts.0 += 1
                case .conditional: counts.1 += 1
                case .prohibited: counts.2 += 1
                }
            }
        }
        return Run(
            decisions: facts.count, seconds: seconds,
            tally: [.allowed: counts.0, .conditional: counts.1, .prohibited: counts.2])
    }

    /// Full decisions: fired rules, merged obligations and the changes that would loosen each one.
    static func decisions(_ policy: CompiledPolicy, _ facts: [UseCaseFacts]) -> Run {
        var tally: [Outcome: Int] = [:]
        let seconds = timed {
            for useCase in facts { tally[policy.decide(useCase).outcome, default: 0] += 1 }
        }
        return Run(decisions: facts.count, seconds: seconds, tally: tally)
    }

    private static func timed(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        body()
        return milliseconds(clock.now - start) / 1000
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
