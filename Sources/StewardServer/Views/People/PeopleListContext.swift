import Foundation
import StewardCore
import Vapor

/// Every account with its role, unit and standing, one page at a time, and the form that invites a person
/// (`people/index`, below the page's frame).
struct PeopleListContext: Encodable {
    struct Row: Encodable {
        let name: String
        let username: String
        let href: String
        let role: String
        let unit: String
        let email: String
        let notes: String
        let isActive: Bool
    }

    let token: FormToken
    let people: [Row]
    /// The next page of people, when there is one.
    let nextHref: String?
    let form: PersonFormContext
    let inviteAction: String

    init(
        token: FormToken, people: [PersonModel], nextHref: String?, units: [BargainingUnitModel], draft: PersonDraft,
        problems: [DomainError] = []
    ) {
        self.token = token
        self.nextHref = nextHref
        self.people = people.map { person in
            var notes: [String] = []
            if person.isSupervisor { notes.append("Supervisor") }
            if let side = person.committeeSide { notes.append("Committee, \(side.rawValue) side") }
            if person.isAdministrator { notes.append("Administrator") }
            return Row(
                name: person.displayName, username: person.username, href: Paths.person.href(person.username),
                role: person.role.title, unit: person.$unit.value??.name ?? "—", email: person.email ?? "—",
                notes: notes.joined(separator: "; "), isActive: person.isActive)
        }
        form = PersonFormContext(draft, units: units, problems: problems)
        inviteAction = Paths.people.href()
    }
}

/// One account: its form, whether it is active, and the buttons that deactivate it or issue a password link.
struct PersonShowContext: Encodable {
    let layout: LayoutContext
    let name: String
    let username: String
    let isActive: Bool
    let isSelf: Bool
    let form: PersonFormContext
    let issued: IssuedLinkContext?
    let updateAction: String
    let statusAction: String
    let linkAction: String
    let peopleHref: String

    init(
        request: Request, person: PersonModel, units: [BargainingUnitModel], draft: PersonDraft? = nil,
        problems: [DomainError] = [], issued: IssuedLinkContext? = nil
    ) {
        layout = LayoutContext(request: request, title: person.displayName)
        name = person.displayName
        username = person.username
        isActive = person.isActive
        isSelf = request.actor.person?.id.uuid == person.id
        form = PersonFormContext(draft ?? PersonDraft(person), units: units, problems: problems)
        self.issued = issued
        updateAction = Paths.person.href(person.username)
        statusAction = Paths.personStatus.href(person.username)
        linkAction = Paths.personPasswordLink.href(person.username)
        peopleHref = Paths.people.href()
    }
}
