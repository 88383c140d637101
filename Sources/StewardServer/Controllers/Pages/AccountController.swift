import StewardCore
import Vapor

/// The signed-in person's own page and their gateway keys.
enum AccountController {
    struct KeyForm: Content {
        var label: String?
        var useCaseID: String?
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        try await render(request)
    }

    /// Makes a key and shows it this once; a refused one shows the form again with its problems.
    @Sendable static func createKey(_ request: Request) async throws -> Response {
        let form = try request.content.decode(KeyForm.self)
        let label = form.label ?? ""
        let use = form.useCaseID ?? ""
        do {
            var useCaseID: UseCaseID?
            if !use.isEmpty {
                guard let id = UseCaseID(use) else {
                    throw StewardError.invalid([
                        DomainError(code: .invalidField, field: "useCaseID", message: "choose one of the uses listed")
                    ])
                }
                useCaseID = id
            }
            let created = try await request.authorizer.gatewayKeys.create(label: label, useCaseID: useCaseID)
            return try await render(request, newKey: (created.key, created.model.label)).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await render(request, label: label, use: use, problems: error.problems))
        }
    }

    struct EmailForm: Content {
        var email: String?
    }

    /// Sets or clears the person's address for reminders; a malformed one shows the page again with the problem.
    @Sendable static func changeEmail(_ request: Request) async throws -> Response {
        let form = try request.content.decode(EmailForm.self)
        do {
            try await request.accounts.changeEmail(of: request.actor, to: form.email ?? "")
            return request.redirect(to: Paths.account.href())
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(
                request, try await render(request, email: form.email ?? "", emailError: error.problems.first?.message))
        }
    }

    struct PasswordForm: Content {
        var currentPassword: String?
        var newPassword: String?
        var confirmation: String?
    }

    /// Changes the person's password once the current one is given; a refused change says why, field by field.
    @Sendable static func changePassword(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PasswordForm.self)
        do {
            try await request.accounts.changePassword(
                of: request.actor, current: form.currentPassword ?? "", new: form.newPassword ?? "",
                confirmation: form.confirmation ?? "")
            return try await render(request, credentials: .init(passwordChanged: true)).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await render(request, credentials: .init(passwordProblems: error.problems)))
        }
    }

    struct TokenForm: Content {
        var label: String?
    }

    /// Issues an API token and shows it this once.
    @Sendable static func issueToken(_ request: Request) async throws -> Response {
        let label = try request.content.decode(TokenForm.self).label ?? ""
        guard let person = request.actor.person else { throw StewardError.signInRequired }
        do {
            let issued = try await request.accounts.issueToken(for: person, label: label)
            return try await render(request, credentials: .init(newToken: issued.token)).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(
                request, try await render(request, credentials: .init(tokenLabel: label, tokenProblems: error.problems)))
        }
    }

    @Sendable static func revokeToken(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("tokenID").flatMap(UUID.init(uuidString:)) else {
            throw StewardError.notFound("no API token of yours with that id")
        }
        try await request.accounts.revokeToken(id, actor: request.actor)
        return request.redirect(to: Paths.account.href())
    }

    @Sendable static func revokeKey(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("gatewayKeyID").flatMap(UUID.init(uuidString:)) else {
            throw StewardError.notFound("no gateway key of yours with that id")
        }
        try await request.authorizer.gatewayKeys.revoke(id)
        return request.redirect(to: Paths.account.href())
    }

    private static func render(
        _ request: Request, newKey: (key: String, label: String)? = nil, label: String = "", use: String = "",
        problems: [DomainError] = [], email: String? = nil, emailError: String? = nil,
        credentials: CredentialsContext.Draft = .init()
    ) async throws -> View {
        let authorizer = try request.authorizer
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        let stored = try await request.accounts.email(of: authorizer.actor)
        let keys = try await authorizer.gatewayKeys.keys()
        let keyUses = try await authorizer.gatewayKeys.defaultUses(of: keys)
        let context = try AccountContext(
            request: request, person: person, keys: keys, keyUses: keyUses,
            uses: try await authorizer.gatewayKeys.useChoices(), newKey: newKey,
            draftLabel: label, draftUse: use, problems: problems, email: email ?? stored, emailError: emailError,
            credentials: try CredentialsContext(
                request: request, tokens: try await request.accounts.tokens(of: authorizer.actor),
                feedPath: try await authorizer.calendarFeed.path(), draft: credentials))
        return try await request.view.render("account", context)
    }
}
