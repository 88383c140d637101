import ArgumentParser
import StewardServer

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Work with the audit trail.", subcommands: [AuditVerifyCommand.self])
}

struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the audit trail's hash chain; exit 0 only when it holds, else name the first broken event.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let settings = database.settings()
        let outcome = try await StewardRunner.withApplication(settings) { app in
            try await StewardRunner.verifyAuditTrail(in: app)
        }
        switch outcome {
        case .holds(let count):
            print("The audit trail holds: every hash of its \(count) event\(count == 1 ? "" : "s") verified.")
        case .broken(let description):
            print("The audit trail is broken at \(description)")
            throw ExitCode.failure
        }
    }
}
