import ArgumentParser
import PolicyEngine
import StewardCore

/// `steward-bench policy`: PolicyEngine's decisions per second on one core over generated use cases with every
/// shipped pack adopted, and the time to compile the packs.
struct PolicyBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Measure PolicyEngine: pack compile time and decisions per second with every shipped pack adopted."
    )

    @Option(help: "How many use cases to generate and decide.")
    var useCases = 1_000_000

    @Option(help: "How many of them to decide in full (fired rules, merged obligations, changes).")
    var explained = 100_000

    @Option(help: "Timed passes over the use cases; the best pass is reported.")
    var passes = 3

    @Option(help: "The seed of the use-case generator, so runs can be repeated.")
    var seed: UInt64 = 2026

    @Option(help: "The chance that a generated use case has each set value and each boolean fact.")
    var chance = 0.05

    func run() throws {
        let compile = PolicyTiming.compileTime(repetitions: 200)
        let policy = try CompiledPolicy(adopting: ShippedPacks.all())
        var generator = SplitMix64(seed: seed)
        let facts = (0..<useCases).map { _ in FactBits(UseCaseFacts.random(using: &generator, chance: chance)) }
        let fullFacts = (0..<min(explained, useCases)).map { _ in UseCaseFacts.random(using: &generator, chance: chance)
        }

        let outcome = PolicyTiming.best(of: passes) { PolicyTiming.outcomes(policy, facts) }
        let evaluation = PolicyTiming.best(of: passes) { PolicyTiming.evaluations(policy, facts) }
        let decision = PolicyTiming.best(of: 1) { PolicyTiming.decisions(policy, fullFacts) }
        let report = PolicyReport(
            packs: policy.packs.count, rules: policy.ruleCount, compile: compile, outcome: outcome,
            evaluation: evaluation, decision: decision, arguments: CommandLine.arguments)
        print(report.markdown)
    }
}

/// A small seeded random number generator (SplitMix64), so that every run decides the same use cases.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
