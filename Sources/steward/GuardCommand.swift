import ArgumentParser

/// `steward guard`: find and redact personal data and PHI in text with DataGuard.
struct GuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guard",
        abstract: "Find and redact personal data and PHI in text.",
        subcommands: [GuardScanCommand.self, GuardRedactCommand.self]
    )
}
