import Crypto
import Fluent
import StewardCore
import Vapor

/// Signs people in, throttles failed attempts, creates accounts and issues API tokens.
struct AccountService: Sendable {
    let database: any Database
    let passwords: AsyncPasswordHasher
    let context: StewardContext
    private var clock: @Sendable () -> Date { context.clock }

    /// Failed sign-ins per account allowed within ``window`` before further attempts are refused.
    static let maxFailures = 5
    static let window: TimeInterval = 15 * 60

    /// The person with these credentials; failures are counted and, past the limit, refused with a 429.
    func authenticate(username: String, password: String, client: String) async throws -> PersonModel {
        let username = username.trimmingCharacters(in: .whitespaces).lowercased()
        let since = clock().addingTimeInterval(-Self.window)
        let failures = try await LoginFailureModel.query(on: database)
            .filter(\.$username == username).filter(\.$occurredAt >= since).count()
        guard failures < Self.maxFailures else {
            throw StewardError(
                .tooManyRequests,
                "Too many failed sign-ins for this account. Wait \(Int(Self.window / 60)) minutes and try again.")
        }
        let person = try await PersonModel.query(on: database).filter(\.$username == username).first()
        var verified = false
        if let person { verified = try await passwords.verify(password, created: person.passwordHash).get() }
        guard let person, verified else {
            try await LoginFailureModel(username: username, client: client, occurredAt: clock()).create(on: database)
            throw StewardError(.unauthorized, "The username or password is wrong.")
        }
        try await LoginFailureModel.query(on: database).filter(\.$username == username).delete()
        return person
    }

    /// Creates an account; the username must be new.
    func createPerson(username: String, displayName: String, role: Role, password: String) async throws -> PersonModel {
        let username = username.trimmingCharacters(in: .whitespaces).lowercased()
        var problems: [DomainError] = []
        if username.isEmpty || !username.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) {
            problems.append(DomainError(
                code: .invalidField, field: "username", message: "use letters, digits, '-', '_' or '.'"))
        }
        if password.count < 12 {
            problems.append(DomainError(code: .invalidField, field: "password", message: "use at least 12 characters"))
        }
        if try await PersonModel.query(on: database).filter(\.$username == username).count() > 0 {
            problems.append(DomainError(code: .invalidField, field: "username", message: "`\(username)` is taken"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let hash = try await passwords.hash(password).get()
        let person = PersonModel(
            username: username, displayName: displayName.isEmpty ? username : displayName, role: role,
            passwordHash: hash)
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

    /// Issues a new API token for a person; the token is returned once and only its digest is kept.
    func issueToken(for person: PersonModel, label: String) async throws -> (token: String, model: APITokenModel) {
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(label.count) else {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "label", message: "give the token a label of 1 to 100 characters")
            ])
        }
        let token = "stw_" + [UInt8].random(count: 32).base64URLEncoded
        let model = APITokenModel(personID: try person.requireID(), tokenDigest: Self.digest(ofToken: token), label: label)
        try await database.transaction { db in
            try await model.create(on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: Actor(person: try person.domain()), action: "token.issue", objectType: "api-token",
                    objectID: try model.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "API token \"\(label)\" issued", change: ["label": label]))
        }
        return (token, model)
    }

    /// The actor's own API tokens, newest first; the database holds only their digests.
    func tokens(of actor: Actor) async throws -> [APITokenModel] {
        guard let person = actor.person else { throw StewardError.signInRequired }
        return try await APITokenModel.query(on: database).filter(\.$person.$id == person.id.uuid)
            .sort(\.$createdAt, .descending).all()
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
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension Request {
    var accounts: AccountService {
        get throws { AccountService(database: db, passwords: password.async, context: try application.steward) }
    }
}
