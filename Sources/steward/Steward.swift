import ArgumentParser
import NIOCore
import NIOPosix
import StewardServer

/// The `steward` command: run the server and work with policies, data, audits and inventories from a shell.
@main
struct Steward: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steward",
        abstract: "Worker-centered AI governance: inventory, review, policy packs and an audit trail.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, UserCommand.self, AuditCommand.self, PolicyCommand.self,
            GuardCommand.self, BackupCommand.self, RestoreCommand.self, RemindersCommand.self, InventoryCommand.self,
            ExposureCommand.self, ScaleSeedCommand.self,
        ]
    )

    /// Runs the command with Swift concurrency's tasks on SwiftNIO's event loops, the server's own threads, so that a
    /// request handler awaiting the network or the database does not hop between two thread pools; one loop for each
    /// processor the process may run on.
    static func main() async {
        ProcessorAffinity.sizeEventLoops()
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
