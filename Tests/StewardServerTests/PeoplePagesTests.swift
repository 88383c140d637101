import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Accounts on screen: inviting a person who sets their own password, changing and deactivating accounts, resets by
/// e-mail, and a person's own password, tokens and feed.
@Suite("People pages")
struct PeoplePagesTests {
    /// Signs in with a username and password through the form; the response to the form.
    static func signIn(_ steward: StewardHarness, _ username: String, _ password: String) async throws -> HTTPReply {
        let anonymous = try await BrowserSession.start(on: steward)
        return try await steward.submit(
            Paths.login.href(), [("username", username), ("password", password)], session: anonymous)
    }

    /// The path of the one-time link a page or message shows.
    static func linkPath(in text: String) throws -> String {
        let range = try #require(text.range(of: #"/password/[A-Za-z0-9_-]+"#, options: .regularExpression), "no link in \(text.prefix(300))")
        return String(text[range])
    }

    @Test("an invited person sets a password through the link once, then signs in; a bad invitation keeps the form")
    func invitation() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let unitID = try await steward.unitID(bearer: try await steward.token(for: .aiOfficer))
            let bad = try await steward.submit(
                "/people", [("username", "worker"), ("displayName", ""), ("email", "nope"), ("role", "boss")],
                session: officer)
            #expect(bad.status == .unprocessableEntity)
            for message in ["`worker` is taken", "give a name of 1 to 100 characters", "not an address like", "choose one of ai-officer"] {
                #expect(bad.body.string.contains(message), "\(message)")
            }

            let invited = try await steward.submit(
                "/people",
                [("username", "NGarcia"), ("displayName", "Nadia Garcia"), ("email", ""), ("role", "worker"),
                 ("unitID", unitID), ("isSupervisor", "true"), ("committeeSide", "union")],
                session: officer)
            #expect(invited.status == .ok)
            #expect(invited.body.string.contains("pass the link on yourself"))
            let path = try Self.linkPath(in: invited.body.string)
            #expect(try await Self.signIn(steward, "ngarcia", "anything at all").status == .unauthorized)

            let form = try await steward.send(.GET, path)
            #expect(form.status == .ok && form.body.string.contains("Welcome, Nadia Garcia"))
            let session = try await BrowserSession.start(on: steward)
            let short = try await steward.submit(path, [("password", "short"), ("confirmation", "short")], session: session)
            #expect(short.status == .unprocessableEntity && short.body.string.contains("use at least 12 characters"))
            let set = try await steward.submit(
                path, [("password", "a long pass phrase"), ("confirmation", "a long pass phrase")], session: session)
            #expect(set.status == .ok && set.body.string.contains("Your password is set"))
            #expect(try await Self.signIn(steward, "ngarcia", "a long pass phrase").status == .seeOther)
            let again = try await steward.send(.GET, path)
            #expect(again.status == .notFound && again.body.string.contains("expired or was used already"))

            let stored = try #require(try await PersonModel.query(on: steward.app.db).filter(\.$username == "ngarcia").first())
            #expect(stored.isSupervisor && stored.committeeSide == .union && stored.$unit.id?.uuidString.lowercased() == unitID)
        }
    }

    @Test("a deactivated person cannot sign in, and their session, token and gateway key stop working until reactivated")
    func deactivation() async throws {
        try await withSteward { steward in
            let workerSession = try await steward.signIn(.worker)
            let token = try await steward.token(for: .worker)
            let key = try await steward.gatewayKey(for: .worker)
            let officer = try await steward.signIn(.aiOfficer)

            let off = try await steward.submit("/people/worker/status", [("active", "false")], session: officer)
            #expect(off.status == .seeOther)
            let refused = try await Self.signIn(steward, "worker", DemoOrganization.password)
            #expect(refused.status == .forbidden && refused.body.string.contains("This account is deactivated"))
            #expect(try await steward.send(.GET, "/tools", session: workerSession).status == .seeOther)
            #expect(try await steward.send(.GET, "/api/v1/tools", bearer: token).status == .unauthorized)
            #expect(try await steward.send(.GET, "/v1/models", bearer: key).status == .unauthorized)
            #expect(try await steward.send(.GET, "/people", session: officer).body.string.contains("Deactivated"))

            let selfOff = try await steward.submit("/people/officer/status", [("active", "false")], session: officer)
            #expect(selfOff.status == .conflict)
            let ownRole = try await steward.submit(
                "/people/officer", [("displayName", "Alex Rivera"), ("role", "worker")], session: officer)
            #expect(ownRole.status == .unprocessableEntity && ownRole.body.string.contains("another officer changes your own role"))

            _ = try await steward.submit("/people/worker/status", [("active", "true")], session: officer)
            #expect(try await Self.signIn(steward, "worker", DemoOrganization.password).status == .seeOther)
            #expect(try await steward.send(.GET, "/api/v1/tools", bearer: token).status == .ok)
        }
    }

    @Test("a reset link is e-mailed to an account's address and sets a new password; an unknown name gets the same answer")
    func resetByMail() async throws {
        let mail = MailFolderReader.make()
        try await withSteward(mail: try ReminderTests.folderMail(mail)) { steward in
            let session = try await BrowserSession.start(on: steward)
            let unknown = try await steward.submit("/password-reset", [("identifier", "nobody")], session: session)
            let known = try await steward.submit("/password-reset", [("identifier", "legal@demo.example.org")], session: session)
            #expect(unknown.status == .ok && known.status == .ok)
            #expect(unknown.body.string.contains("Check your e-mail") && known.body.string.contains("Check your e-mail"))
            let messages = try mail.messages()
            #expect(messages.count == 1)
            let message = try #require(try mail.messages(to: "legal@demo.example.org").first)
            let path = try Self.linkPath(in: message.body)
            #expect(message.body.contains(ReminderTests.publicURL + path))
            _ = try await steward.submit(
                path, [("password", "a brand new phrase"), ("confirmation", "a brand new phrase")], session: session)
            #expect(try await Self.signIn(steward, "legal", "a brand new phrase").status == .seeOther)
            #expect(try await Self.signIn(steward, "legal", DemoOrganization.password).status == .unauthorized)
        }
    }

    @Test("a person changes their own password, and issues and revokes an API token on their account page")
    func ownCredentials() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let wrong = try await steward.submit(
                "/account/password",
                [("currentPassword", "not it"), ("newPassword", "another long phrase"), ("confirmation", "different")],
                session: worker)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("this is not your current password"))
            #expect(wrong.body.string.contains("type the new password twice alike"))
            let changed = try await steward.submit(
                "/account/password",
                [("currentPassword", DemoOrganization.password), ("newPassword", "another long phrase"),
                 ("confirmation", "another long phrase")],
                session: worker)
            #expect(changed.status == .ok && changed.body.string.contains("Your password is changed"))
            #expect(try await Self.signIn(steward, "worker", "another long phrase").status == .seeOther)

            let issued = try await steward.submit("/account/tokens", [("label", "my script")], session: worker)
            let token = try #require(issued.body.string.range(of: #"stw_[A-Za-z0-9_-]+"#, options: .regularExpression))
            let secret = String(issued.body.string[token])
            #expect(try await steward.send(.GET, "/api/v1/me", bearer: secret).status == .ok)
            #expect(issued.body.string.contains("/calendar/"))
            let stored = try #require(try await APITokenModel.query(on: steward.app.db).filter(\.$label == "my script").first())
            _ = try await steward.submit("/account/tokens/\(try stored.requireID())/revocation", [], session: worker)
            #expect(try await steward.send(.GET, "/api/v1/me", bearer: secret).status == .unauthorized)
        }
    }

    @Test("an administrator the installation names manages people and packs whatever their role; others may not")
    func administrator() async throws {
        try await withSteward { steward in
            let manager = try await steward.signIn(.manager)
            #expect(try await steward.send(.GET, "/people", session: manager).status == .forbidden)
            try await StewardRunner.setAdministrator(in: steward.app, username: "manager", true)
            let page = try await steward.send(.GET, "/people", session: manager)
            #expect(page.status == .ok && page.body.string.contains("Invite a person"))
            #expect(try await steward.send(.GET, "/packs/new", session: manager).status == .ok)
            let me = try await steward.send(.GET, "/api/v1/me", bearer: try await steward.token(for: .manager)).object()
            #expect((me["capabilities"] as? JSONObject)?["canManageAccounts"] as? Bool == true)
            let audit = try await AuditEventModel.query(on: steward.app.db).filter(\.$action == "person.admin-grant").count()
            #expect(audit == 1)
        }
    }
}
