import StewardCore
import Vapor

/// The signed-in person's own page: who they are, their e-mail, password, API tokens and calendar feed, and their
/// keys for the AI gateway with the form that makes one.
struct AccountContext: Encodable {
    struct KeyRow: Encodable {
        let label: String
        let defaultUse: String
        let created: String
        let revoked: String?
        let revokeAction: String?
    }

    let layout: LayoutContext
    let displayName: String
    let username: String
    let role: String
    /// The address reminders go to, or what was typed when it was refused.
    let email: String
    let emailError: String?
    let emailAction: String
    let gatewayBase: String
    let keys: [KeyRow]
    /// A key just made, shown this once.
    let newKey: String?
    let newKeyLabel: String
    let createAction: String
    let label: String
    let useOptions: [FormOption]
    /// Whether any use is offered besides none (only uses of tools in the gateway are).
    let hasUseChoices: Bool
    let problems: [String]
    let errors: FieldMessages
    let csrfField: String
    let csrfToken: String
    let credentials: CredentialsContext

    init(
        request: Request, person: Person, keys: [GatewayKeyModel], keyUses: [UUID: UseCaseModel], uses: [UseCaseModel],
        newKey: (key: String, label: String)?, draftLabel: String, draftUse: String, problems: [DomainError],
        email: String, emailError: String?, credentials: CredentialsContext
    ) throws {
        self.credentials = credentials
        self.email = email
        self.emailError = emailError
        emailAction = Paths.accountEmail.href()
        layout = LayoutContext(request: request, title: "Your account")
        displayName = person.displayName
        username = person.username
        role = person.role.title
        gatewayBase = CalendarController.absoluteBase(of: request) + GatewayPaths.base
        self.keys = try keys.map { key in
            KeyRow(
                label: key.label,
                defaultUse: key.$useCase.id.map { keyUses[$0].map(Self.name) ?? "a use no longer open" } ?? "none",
                created: key.createdAt.map(DisplayFormat.dateTime) ?? "",
                revoked: key.revokedAt.map(DisplayFormat.dateTime),
                revokeAction: key.revokedAt == nil ? Paths.gatewayKeyRevocation.href(try key.requireID()) : nil)
        }
        self.newKey = newKey?.key
        newKeyLabel = newKey?.label ?? ""
        createAction = Paths.accountGatewayKeys.href()
        label = draftLabel
        useOptions = [FormOption(value: "", label: "None: each call names its use, or I have only one", isChecked: draftUse.isEmpty)]
            + (try uses.map { use in
                let id = try use.requireID().uuidString.lowercased()
                return FormOption(value: id, label: Self.name(use), isChecked: id == draftUse.lowercased())
            })
        hasUseChoices = !uses.isEmpty
        self.problems = problems.map(\.message)
        errors = FieldMessages(problems)
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
    }

    /// A use as the key form names it: its tool, then its title.
    private static func name(_ use: UseCaseModel) -> String { "\(use.tool.name): \(use.title)" }
}
