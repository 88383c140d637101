import Crypto
import Fluent
import Foundation
import SQLKit
import StewardCore
import Vapor

/// One-time links that set a password: a new account's invitation (valid a week) and a reset a person asks for
/// (valid an hour). The link's secret is shown or mailed once; only its digest is kept, and issuing a new link for a
/// person ends their earlier ones.
struct PasswordLinkService: Sendable {
    let database: any Database
    let passwords: AsyncPasswordHasher
    let context: StewardContext
    let logger: Logger

    static func lifetime(of purpose: PasswordLinkModel.Purpose) -> TimeInterval {
        switch purpose {
        case .invitation: 7 * 24 * 60 * 60
        case .reset: 60 * 60
        }
    }

    /// How often one network address may ask for reset links before it waits.
    static let resetRequests = LoginThrottle.Limit(scope: "password-reset", allowance: 3, baseDelay: 60, maxDelay: 60 * 60)

    /// Issues a link for `person` on `db`, ending their earlier unused ones; returns its path.
    func issue(for person: PersonModel, _ purpose: PasswordLinkModel.Purpose, on db: any Database) async throws -> String {
        let now = context.clock()
        for earlier in try await PasswordLinkModel.query(on: db).filter(\.$person.$id == person.requireID())
            .filter(\.$usedAt == nil).all()
        {
            earlier.usedAt = now
            try await earlier.save(on: db)
        }
        let secret = [UInt8].random(count: 32).base64URLEncoded
        try await PasswordLinkModel(
            personID: try person.requireID(), digest: AccountService.digest(ofToken: secret), purpose: purpose,
            createdAt: now, expiresAt: now.addingTimeInterval(Self.lifetime(of: purpose))
        ).create(on: db)
        return Paths.passwordLink.href(secret)
    }

    /// The unused, unexpired link with this secret and its active person.
    /// - Throws: a 404 saying the link is no longer good and how to get another.
    func link(_ secret: String) async throws -> (link: PasswordLinkModel, person: PersonModel) {
        guard let link = try await PasswordLinkModel.query(on: database)
                .filter(\.$digest == AccountService.digest(ofToken: secret)).with(\.$person).first(),
              link.usedAt == nil, link.expiresAt > context.clock(), link.person.isActive
        else {
            throw StewardError(
                .notFound,
                "This link has expired or was used already. Ask for a new one on the sign-in page, or ask the AI officer.")
        }
        return (link, link.person)
    }

    /// Sets the password of the link's person and uses the link up.
    func setPassword(_ secret: String, password: String, confirmation: String) async throws -> PersonModel {
        let (link, person) = try await self.link(secret)
        var problems: [DomainError] = []
        if let problem = AccountService.passwordProblem(password) { problems.append(problem) }
        if password != confirmation {
            problems.append(DomainError(code: .invalidField, field: "confirmation", message: "type the password twice alike"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        person.passwordHash = try await passwords.hash(password).get()
        link.usedAt = context.clock()
        try await database.transaction { db in
            try await person.save(on: db)
            try await link.save(on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: Actor(person: try person.domain()), action: "person.password", objectType: "person",
                    objectID: person.username, zone: .organization, summary: "set their password with a one-time link",
                    change: ["via": link.purpose.rawValue]))
        }
        return person
    }

    /// E-mails a reset link to the active account with this username or e-mail address, if there is one with an
    /// address. The answer is the same whether or not an account matched, so it tells nobody who has one.
    /// - Throws: a 429 while the address asked too often, a 409 when the installation sends no mail.
    func requestReset(for identifier: String, client: String) async throws {
        guard let mailer = context.mailer else {
            throw StewardError(.conflict, "This installation sends no e-mail. Ask the AI officer for a link to set your password.")
        }
        guard let sql = database as? any SQLDatabase else {
            throw StewardError(.internalServerError, "password resets need an SQL database")
        }
        let throttle = LoginThrottle(sql: sql, clock: context.clock)
        if case .wait(let seconds) = try await throttle.claim(Self.resetRequests, subject: client) {
            throw StewardError(
                .tooManyRequests, "Too many reset requests from your network address. Wait \((seconds + 59) / 60) minutes.",
                headers: ["Retry-After": String(seconds)])
        }
        try await throttle.recordFailure(Self.resetRequests, subject: client)
        let typed = identifier.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return }
        let person = try await PersonModel.query(on: database).filter(\.$isActive == true)
            .group(.or) { match in
                match.filter(\.$username == typed.lowercased()).filter(\.$email == typed)
                    .filter(\.$email == typed.lowercased())
            }
            .first()
        guard let person, let address = person.email.flatMap({ MailAddress($0, name: person.displayName) }) else { return }
        let path = try await database.transaction { db in try await issue(for: person, .reset, on: db) }
        do {
            try await mailer.send(
                to: address, subject: "Steward: set a new password",
                body: """
                    Hello \(person.displayName),

                    Someone asked to set a new password for your Steward account (\(person.username)). If it was you,
                    open this link within an hour and choose one:

                    \(mailer.link(path))

                    If it was not you, ignore this message: your password stays as it is.
                    """,
                date: context.clock())
        } catch {
            logger.error("could not mail a reset link to \(person.username): \(error)")
        }
    }
}

extension Request {
    var passwordLinks: PasswordLinkService {
        get throws {
            PasswordLinkService(database: db, passwords: password.async, context: try application.steward, logger: logger)
        }
    }
}
