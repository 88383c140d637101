import ArgumentParser

/// `steward policy`: lint, check, diff and explain policy packs (see docs/policy-packs.md).
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Check policy packs and decide use cases with them.",
        subcommands: [
            PolicyLintCommand.self, PolicyCheckCommand.self, PolicyDiffCommand.self, PolicyExplainCommand.self,
        ]
    )
}
