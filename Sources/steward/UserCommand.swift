import ArgumentParser
import StewardCore
import StewardServer

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage accounts.", subcommands: [UserCreateCommand.self, UserAdminCommand.self])
}

struct UserCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create an account, for example a real installation's first AI officer.",
        discussion: "The password is read from the STEWARD_PASSWORD environment variable, or else from standard input.")

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Option(name: .long, help: "One of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
    var role: Role

    @ArgumentParser.Option(name: .long, help: "The display name; defaults to the username.")
    var name: String = ""

    @ArgumentParser.Option(name: .long, help: "The e-mail address for reminders and notices.")
    var email: String?

    @ArgumentParser.Argument(help: "The username to sign in with.")
    var username: String

    func run() async throws {
        let password = try PasswordInput.read()
        let settings = database.settings()
        try await StewardRunner.withApplication(settings) { app in
            try await StewardRunner.createPerson(
                in: app, username: username, displayName: name, role: role, password: password, email: email)
        }
        print("Created \(username) as \(role.rawValue).")
    }
}

extension Role: ExpressibleByArgument {}

struct UserAdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Make a person an administrator of this installation, or with --revoke no longer one.",
        discussion: "An administrator invites and manages accounts, bargaining units and policy packs, whatever their role.")

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Flag(name: .long, help: "Take the administrator's rights away again.")
    var revoke = false

    @ArgumentParser.Argument(help: "The username.")
    var username: String

    func run() async throws {
        try await StewardRunner.withApplication(database.settings()) { app in
            try await StewardRunner.setAdministrator(in: app, username: username, !revoke)
        }
        print(revoke ? "\(username) is no longer an administrator." : "\(username) is an administrator.")
    }
}
