import Crypto
import Fluent
import SQLKit
import StewardCore
import Vapor

/// Signs people in, throttles failed attempts, creates accounts and issues API tokens.
struct AccountService: Sendable {
    let database: any Database
    let passwords: AsyncPasswordHasher
    let context: StewardContext
    private var clock: @Sendable () -> Date { context.clock }

    /// The person with these credentials. Attempts are throttled per client address and per account (see
    /// ``LoginThrottle``); a `knownDevice` cookie that vouches for this account skips the per-account throttle.
    /// - Throws: a 429 ``StewardError`` with a `Retry-After` header while an attempt must wait; a 401 when the
    ///   username or password is wrong.
    func authenticate(
        username: String, password: String, client: String, knownDevice: String? = nil
    ) async throws -> PersonModel {
        let username = username.trimmingCharacters(in: .whitespaces).lowercased()
        let throttle = LoginThrottle(sql: try sql, clock: clock)
        try await claim(throttle, LoginThrottle.address, subject: client, what: "from your network address")
        var isKnownDevice = false
        if let knownDevice {
            isKnownDevice = try await knownDevices().username(in: knownDevice, now: clock()) == username
        }
        if !isKnownDevice {
            do {
                try await claim(throttle, LoginThrottle.account, subject: username, what: "for this account")
            } catch {
                try await throttle.release(LoginThrottle.address, subject: client)
                throw error
            }
        }
        let person = try await PersonModel.query(on: database).filter(\.$username == username).first()
        var verified = false
        if let person { verified = try await passwords.verify(password, created: person.passwordHash).get() }
        guard let person, verified else {
            try await LoginFailureModel(username: username, client: client, occurredAt: clock()).create(on: database)
            try await throttle.recordFailure(LoginThrottle.address, subject: client)
            if !isKnownDevice { try await throttle.recordFailure(LoginThrottle.account, subject: username) }
            throw StewardError(.unauthorized, "The username or password is wrong.")
        }
        try await throttle.release(LoginThrottle.address, subject: client)
        guard person.isActive else {
            throw StewardError(.forbidden, "This account is deactivated. Ask the AI officer to reactivate it.")
        }
        if !isKnownDevice {
            try await throttle.reset(LoginThrottle.account, subject: username)
            try await LoginFailureModel.query(on: database).filter(\.$username == username).delete()
        }
        return person
    }

    /// Signs the cookies that let a browser skip an account's throttle after it has signed in to it.
    func knownDevices() async throws -> KnownDevice {
        let secret = try await ServerSecrets(sql: try sql, clock: clock).secret(named: KnownDevice.secretName)
        return KnownDevice(key: SymmetricKey(data: secret))
    }

    private func claim(
        _ throttle: LoginThrottle, _ limit: LoginThrottle.Limit, subject: String, what: String
    ) async throws {
        guard case .wait(let seconds) = try await throttle.claim(limit, subject: subject) else { return }
        let wait = seconds < 120 ? "\(seconds) seconds" : "\((seconds + 59) / 60) minutes"
        throw StewardError(
            .tooManyRequests, "Too many failed sign-ins \(what). Wait \(wait) and try again.",
            headers: ["Retry-After": String(seconds)])
    }

    private var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else {
                throw StewardError(.internalServerError, "sign-in throttling needs an SQL database")
            }
            return sql
        }
    }

    /// Creates an account; the username must be new, and the e-mail address (for reminders), if any, valid.
    func createPerson(
        username: String, displayName: String, role: Role, password: String, email: String? = nil
    ) async throws -> PersonModel {
        let username = username.trimmingCharacters(in: .whitespaces).lowercased()
        var problems: [DomainError] = []
        if let problem = PersonDraft.usernameProblem(username) { problems.append(problem) }
        if let problem = Self.passwordProblem(password) { problems.append(problem) }
        if let email, MailAddress(email) == nil {
            problems.append(DomainError(code: .invalidField, field: "email", message: "not an address like ada@example.org"))
        }
        if try await PersonModel.query(on: database).filter(\.$username == username).count() > 0 {
            problems.append(DomainError(code: .invalidField, field: "username", message: "`\(username)` is taken"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let hash = try await passwords.hash(password).get()
        let person = PersonModel(
            username: username, displayName: displayName.isEmpty ? username : displayName, role: role,
            passwordHash: hash, email: email)
        try await database.transaction { db in
            try await person.create(on: db)
            let actor = Actor(person: try person.domain())
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: actor, action: "person.create", objectType: "person", objectID: username,
                    zone: .organization, summary: "account \(username) created as \(role.rawValue)",
                    change: ["username": username, "role": role.rawValue]))
        }
        return person
    }

    /// What is wrong with a new password, if anything.
    static func passwordProblem(_ password: String, field: String = "password") -> DomainError? {
        password.count < 12 ? DomainError(code: .invalidField, field: field, message: "use at least 12 characters") : nil
    }

    /// Changes the actor's own password, once the current one is given.
    func changePassword(of actor: Actor, current: String, new: String, confirmation: String) async throws {
        guard let person = actor.person, let model = try await PersonModel.find(person.id.uuid, on: database) else {
            throw StewardError.signInRequired
        }
        var problems: [DomainError] = []
        if try await !passwords.verify(current, created: model.passwordHash).get() {
            problems.append(DomainError(code: .invalidField, field: "currentPassword", message: "this is not your current password"))
        }
        if let problem = Self.passwordProblem(new, field: "newPassword") { problems.append(problem) }
        if new != confirmation {
            problems.append(DomainError(code: .invalidField, field: "confirmation", message: "type the new password twice alike"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        model.passwordHash = try await passwords.hash(new).get()
        try await database.transaction { db in
            try await model.save(on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: actor, action: "person.password", objectType: "person", objectID: person.username,
                    zone: .organization, summary: "changed their password", change: ["via": "account page"]))
        }
    }

    /// The address the actor's reminders go to, or empty.
    func email(of actor: Actor) async throws -> String {
        guard let person = actor.person else { throw StewardError.signInRequired }
        return try await PersonModel.find(person.id.uuid, on: database)?.email ?? ""
    }

    /// Sets or clears the address the actor's reminders and notices go to; an empty one sends them nothing.
    func changeEmail(of actor: Actor, to text: String) async throws {
        guard let person = actor.person,
              let model = try await PersonModel.find(person.id.uuid, on: database)
        else { throw StewardError.signInRequired }
        let email = text.trimmingCharacters(in: .whitespaces)
        guard email.isEmpty || MailAddress(email) != nil else {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "email", message: "not an address like ada@example.org")
            ])
        }
        model.email = email.isEmpty ? nil : email
        try await database.transaction { db in
            try await model.save(on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: actor, action: "person.email", objectType: "person", objectID: person.username,
                    zone: .organization,
                    summary: email.isEmpty ? "cleared their e-mail address" : "changed their e-mail address",
                    change: ["email": email.isEmpty ? "cleared" : "set"]))
        }
    }

    /// Issues a new API token for a person; the token is returned once and only its digest is kept.
    func issueToken(for person: Person, label: String) async throws -> (token: String, model: APITokenModel) {
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(label.count) else {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "label", message: "give the token a label of 1 to 100 characters")
            ])
        }
        let token = "stw_" + [UInt8].random(count: 32).base64URLEncoded
        let model = APITokenModel(personID: person.id.uuid, tokenDigest: Self.digest(ofToken: token), label: label)
        try await database.transaction { db in
            try await model.create(on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: Actor(person: person), action: "token.issue", objectType: "api-token",
                    objectID: try model.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "API token \"\(label)\" issued", change: ["label": label]))
        }
        return (token, model)
    }

    /// The actor's own API tokens, newest first; the database holds only their digests.
    func tokens(of actor: Actor) async throws -> [APITokenModel] {
        guard let person = actor.person else { throw StewardError.signInRequired }
        return try await APITokenModel.query(on: database).filter(\.$person.$id == person.id.uuid)
            .ordered(by: \.$createdAt, descending: true).all()
    }

    /// One page of the actor's own tokens, newest first, keyed by the last token's id; another person's token is no
    /// cursor here.
    func tokens(of actor: Actor, _ page: PageRequest) async throws -> Page<APITokenModel> {
        guard let person = actor.person else { throw StewardError.signInRequired }
        return try await APITokenModel.query(on: database).filter(\.$person.$id == person.id.uuid)
            .page(page, by: \.$createdAt, descending: true) { $0.$person.id == person.id.uuid }
    }

    /// Revokes one of the actor's own tokens.
    func revokeToken(_ id: UUID, actor: Actor) async throws {
        guard let person = actor.person,
              let token = try await APITokenModel.query(on: database)
                .filter(\.$id == id).filter(\.$person.$id == person.id.uuid).first()
        else { throw StewardError.notFound("no such API token of yours") }
        guard token.revokedAt == nil else { return }
        token.revokedAt = clock()
        try await database.transaction { db in
            try await token.save(on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: actor, action: "token.revoke", objectType: "api-token", objectID: id.uuidString.lowercased(),
                    zone: .organization, summary: "API token \"\(token.label)\" revoked", change: ["label": token.label]))
        }
    }

    /// The SHA-256 digest of a token, which is what the database stores.
    static func digest(ofToken token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hexDigits
    }
}

extension Request {
    var accounts: AccountService {
        get throws { AccountService(database: db, passwords: password.async, context: try application.steward) }
    }
}
