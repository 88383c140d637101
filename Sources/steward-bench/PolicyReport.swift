import Foundation
import PolicyEngine

/// The `## PolicyEngine` section of docs/performance.md.
struct PolicyReport {
    let packs: Int
    let rules: Int
    let compile: (best: Double, median: Double)
    let outcome: PolicyTiming.Run
    let evaluation: PolicyTiming.Run
    let decision: PolicyTiming.Run
    let arguments: [String]

    var markdown: String {
        func row(_ name: String, _ run: PolicyTiming.Run) -> String {
            "| \(name) | \(run.decisions.formatted()) | \(format(run.seconds, 3)) s | "
                + "\(Int(run.decisionsPerSecond).formatted()) | \(format(run.nanosecondsPerDecision, 0)) ns |"
        }
        let tally = outcome.tally
        return """
            ## PolicyEngine

            Every shipped pack adopted (\(packs) packs, \(rules) rules), one thread, release build.

            | what | decisions | time | decisions/s | per decision |
            |---|---|---|---|---|
            \(row("outcome only (`CompiledPolicy.outcome(for:)`, the gateway's question)", outcome))
            \(row("every rule, fired set recorded (`evaluate(_:into:)`)", evaluation))
            \(row("full decision (`decide`: fired rules, merged obligations, changes)", decision))

            Outcomes of the generated use cases: \(tally[.allowed] ?? 0) allowed, \(tally[.conditional] ?? 0) \
            conditional, \(tally[.prohibited] ?? 0) prohibited.

            Parsing, validating and compiling the shipped packs: \(format(compile.best, 2)) ms best, \
            \(format(compile.median, 2)) ms median of 200.

            Command: `\(arguments.joined(separator: " "))`
            """
    }

    private func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
