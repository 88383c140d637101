import ArgumentParser

/// `steward-bench`: benchmarks of the pure libraries, run as a release build on one core.
@main
struct StewardBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steward-bench",
        abstract: "Benchmarks of Steward's pure libraries and the gateway's stub service; results go to docs/performance.md.",
        subcommands: [BiasBenchCommand.self, GuardBenchCommand.self, PolicyBenchCommand.self, GatewayStubCommand.self]
    )
}
