import ArgumentParser

/// The `steward` command: run the server and work with policies, data, audits and inventories from a shell.
@main
struct Steward: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steward",
        abstract: "Worker-centered AI governance: inventory, review, policy packs and an audit trail.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, UserCommand.self, AuditCommand.self, PolicyCommand.self,
            GuardCommand.self, BackupCommand.self, RestoreCommand.self, RemindersCommand.self,
        ]
    )
}
