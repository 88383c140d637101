import StewardCore
import Vapor

/// Setting a password through a one-time link, and asking for one by e-mail; no sign-in needed.
enum PasswordController {
    struct SetForm: Content {
        var password: String?
        var confirmation: String?
    }

    struct ResetForm: Content {
        var identifier: String?
    }

    @Sendable static func form(_ request: Request) async throws -> Response {
        let secret = request.parameters.get("secret") ?? ""
        do {
            let (_, person) = try await request.passwordLinks.link(secret)
            return try await request.view.render(
                "password/set", PasswordContext(request: request, title: "Choose your password", person: person, secret: secret)
            ).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .notFound {
            return try await message(request, "This link no longer works", error.reason, status: .notFound)
        }
    }

    @Sendable static func set(_ request: Request) async throws -> Response {
        let secret = request.parameters.get("secret") ?? ""
        let form = try request.content.decode(SetForm.self)
        do {
            let person = try await request.passwordLinks.setPassword(
                secret, password: form.password ?? "", confirmation: form.confirmation ?? "")
            return try await message(
                request, "Your password is set",
                "Sign in as \(person.username) with the password you chose.", status: .ok, signIn: true)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let (_, person) = try await request.passwordLinks.link(secret)
            let context = PasswordContext(
                request: request, title: "Choose your password", person: person, secret: secret, problems: error.problems)
            return try await rerender(request, try await request.view.render("password/set", context))
        } catch let error as StewardError where error.status == .notFound {
            return try await message(request, "This link no longer works", error.reason, status: .notFound)
        }
    }

    @Sendable static func resetForm(_ request: Request) async throws -> View {
        try await request.view.render("password/reset", PasswordContext(request: request, title: "Forgot your password?"))
    }

    @Sendable static func requestReset(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ResetForm.self)
        do {
            try await request.passwordLinks.requestReset(
                for: form.identifier ?? "", client: request.remoteAddress?.ipAddress ?? "")
            return try await message(
                request, "Check your e-mail",
                "If an active account has that username or address and an e-mail address, a link to set a new password is on its way. It works for an hour.",
                status: .ok)
        } catch let error as StewardError where error.status == .conflict || error.status == .tooManyRequests {
            let response = try await message(request, "No link was sent", error.reason, status: error.status)
            response.headers.add(contentsOf: error.headers)
            return response
        }
    }

    private static func message(
        _ request: Request, _ title: String, _ text: String, status: HTTPResponseStatus, signIn: Bool = false
    ) async throws -> Response {
        let context = PasswordContext(request: request, title: title, message: text, signIn: signIn)
        let response = try await request.view.render("password/message", context).encodeResponse(for: request)
        response.status = status
        return response
    }
}
