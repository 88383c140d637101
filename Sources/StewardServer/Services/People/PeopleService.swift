import Fluent
import Foundation
import StewardCore
import Vapor

/// The organization's accounts, managed by the AI officer (or an administrator): inviting people, changing their
/// details and role, deactivating and reactivating them. Nobody is deleted while records name them; every change is
/// in the audit trail.
struct PeopleService: Sendable {
    let authorizer: Authorizer
    let links: PasswordLinkService
    let passwords: AsyncPasswordHasher
    private var database: any Database { authorizer.database }

    /// One page of the accounts, active ones first, then by name, keyed by the last person's id.
    func people(_ page: PageRequest) async throws -> Page<PersonModel> {
        try await authorizer.require(.manageAccounts, in: .organization, on: "people")
        var query = PersonModel.query(on: database).with(\.$unit)
        if let last = try await page.afterRecord(PersonModel.self, on: database), let id = last.id {
            query = query.group(.or) { later in
                // Active accounts come first: after an active one, every inactive one is later.
                if last.isActive { later.filter(\.$isActive == false) }
                later.group(.and) { same in
                    same.filter(\.$isActive == last.isActive)
                    same.group(.or) { after in
                        after.filter(\.$displayName > last.displayName)
                        after.group(.and) { tie in
                            tie.filter(\.$displayName == last.displayName)
                            tie.filter(\.$id > id)
                        }
                    }
                }
            }
        }
        let fetched = try await query.sort(\.$isActive, .descending).sort(\.$displayName).sort(\.$id)
            .limit(page.limit + 1).all()
        return Page(records: fetched, limit: page.limit)
    }

    /// One account by username.
    func person(_ username: String) async throws -> PersonModel {
        try await authorizer.require(.manageAccounts, in: .organization, on: "people")
        guard let person = try await PersonModel.query(on: database).filter(\.$username == username.lowercased())
            .with(\.$unit).first()
        else { throw StewardError.notFound("no person with username \(username.prefix(60))") }
        return person
    }

    /// Creates an account with no password and a week-long link that sets one, e-mailed when the person has an
    /// address and mail is set up. Returns the person, the link's path and whether it was mailed.
    func invite(_ draft: PersonDraft) async throws -> (person: PersonModel, link: String, mailed: Bool) {
        try await authorizer.require(.manageAccounts, in: .organization, on: "people")
        let checked = try await check(draft, replacing: nil)
        // No password works until the person sets one through the link.
        let unusable = try await passwords.hash([UInt8].random(count: 32).base64URLEncoded).get()
        let person = PersonModel(
            username: checked.username, displayName: checked.displayName, role: checked.role, passwordHash: unusable,
            unitID: checked.unitID, email: checked.email)
        apply(checked, to: person)
        let link = try await database.transaction { db in
            try await person.create(on: db)
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "person.invite", objectType: "person", objectID: checked.username,
                    zone: .organization, summary: "invited \(checked.displayName) as \(checked.role.title.lowercased())",
                    change: checked))
            return try await links.issue(for: person, .invitation, on: db)
        }
        return (person, link, await mail(link, to: person, invitation: true))
    }

    /// Changes an account's details. Nobody changes their own role, lest the last officer lock themselves out.
    func update(_ username: String, with draft: PersonDraft) async throws -> PersonModel {
        let person = try await self.person(username)
        var draft = draft
        draft.username = person.username
        let checked = try await check(draft, replacing: person)
        if person.id == authorizer.actor.person?.id.uuid, checked.role != person.role {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "role", message: "another officer changes your own role")
            ])
        }
        let before = PersonDraft(person)
        apply(checked, to: person)
        try await database.transaction { db in
            try await person.save(on: db)
            let changed = [
                ("displayName", before.displayName, checked.displayName), ("email", before.email, checked.email ?? ""),
                ("role", before.role, checked.role.rawValue),
                ("unitID", before.unitID, checked.unitID?.uuidString.lowercased() ?? ""),
                ("isSupervisor", String(before.isSupervisor), String(checked.isSupervisor)),
                ("committeeSide", before.committeeSide, checked.committeeSide?.rawValue ?? ""),
            ].filter { $0.1 != $0.2 }.map(\.0)
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "person.update", objectType: "person", objectID: person.username,
                    zone: .organization,
                    summary: "changed the account of \(person.displayName): " + (changed.isEmpty ? "nothing" : changed.joined(separator: ", ")),
                    change: checked))
        }
        return person
    }

    /// Deactivates or reactivates an account. A deactivated person cannot sign in, and their sessions, tokens and
    /// gateway keys stop working; what they did stays on record under their name.
    func setActive(_ username: String, _ isActive: Bool) async throws -> PersonModel {
        let person = try await self.person(username)
        if !isActive, person.id == authorizer.actor.person?.id.uuid {
            throw StewardError(.conflict, "You cannot deactivate your own account; another officer can.")
        }
        guard person.isActive != isActive else { return person }
        person.isActive = isActive
        try await database.transaction { db in
            try await person.save(on: db)
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: isActive ? "person.reactivate" : "person.deactivate",
                    objectType: "person", objectID: person.username, zone: .organization,
                    summary: "\(isActive ? "reactivated" : "deactivated") the account of \(person.displayName)",
                    change: ["isActive": isActive]))
        }
        authorizer.context.forgetCachedRecords()
        return person
    }

    /// Issues a new link that sets the person's password (their earlier links end), e-mailed when possible.
    func newLink(for username: String) async throws -> (person: PersonModel, link: String, mailed: Bool) {
        let person = try await self.person(username)
        guard person.isActive else {
            throw StewardError(.conflict, "\(person.displayName)'s account is deactivated; reactivate it first.")
        }
        let link = try await database.transaction { db in
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "person.password-link", objectType: "person",
                    objectID: person.username, zone: .organization,
                    summary: "issued a link for \(person.displayName) to set a password", change: ["purpose": "invitation"]))
            return try await links.issue(for: person, .invitation, on: db)
        }
        return (person, link, await mail(link, to: person, invitation: false))
    }

    private func check(_ draft: PersonDraft, replacing existing: PersonModel?) async throws -> PersonDraft.Checked {
        var problems: [DomainError] = []
        var checked: PersonDraft.Checked?
        switch draft.checked() {
        case .success(let value): checked = value
        case .failure(let error): problems = error.problems
        }
        if existing == nil, let username = checked?.username ?? Optional(draft.username.lowercased()), !username.isEmpty,
           try await PersonModel.query(on: database).filter(\.$username == username).count() > 0
        {
            problems.append(DomainError(code: .invalidField, field: "username", message: "`\(username)` is taken"))
        }
        if let unitID = checked?.unitID, try await BargainingUnitModel.find(unitID, on: database) == nil {
            problems.append(DomainError(code: .invalidField, field: "unitID", message: "choose one of the units listed"))
        }
        guard problems.isEmpty, let checked else { throw StewardError.invalid(problems) }
        return checked
    }

    private func apply(_ checked: PersonDraft.Checked, to person: PersonModel) {
        person.displayName = checked.displayName
        person.email = checked.email
        person.role = checked.role
        person.$unit.id = checked.unitID
        person.isSupervisor = checked.isSupervisor
        person.committeeSide = checked.committeeSide
    }

    /// Mails the link to the person when they have an address and mail is set up; whether it went.
    private func mail(_ path: String, to person: PersonModel, invitation: Bool) async -> Bool {
        guard let mailer = authorizer.context.mailer,
              let address = person.email.flatMap({ MailAddress($0, name: person.displayName) })
        else { return false }
        let opening = invitation
            ? "\(authorizer.actor.person?.displayName ?? "The AI officer") made you a Steward account, \(person.username)."
            : "Here is a new link to set the password of your Steward account, \(person.username)."
        do {
            try await mailer.send(
                to: address, subject: invitation ? "Steward: your new account" : "Steward: set your password",
                body: """
                    Hello \(person.displayName),

                    \(opening) Open this link within a week and choose your password:

                    \(mailer.link(path))
                    """,
                date: authorizer.clock())
            return true
        } catch {
            authorizer.logger.error("could not mail the password link to \(person.username): \(error)")
            return false
        }
    }
}

extension Request {
    var people: PeopleService {
        get throws { PeopleService(authorizer: try authorizer, links: try passwordLinks, passwords: password.async) }
    }
}
