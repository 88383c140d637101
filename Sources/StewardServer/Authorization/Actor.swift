import StewardCore
import Vapor

/// Who is making a request: a signed-in person, or the public.
struct Actor: Sendable {
    let person: Person?

    static let anonymous = Actor(person: nil)

    var role: Role? { person?.role }
    var name: String { person?.username ?? "anonymous" }
    var capabilities: Capabilities { Capabilities(role: role, isAdministrator: person?.isAdministrator ?? false) }
    /// How the person stands whatever the record: an administrator of the installation.
    var standing: Set<Standing> { person?.isAdministrator == true ? [.administrator] : [] }
    /// All that decides what the actor may read and do apart from records about the person: their role and their
    /// standing whatever the record. A page part that depends on nothing else is the same for actors alike here.
    var access: String { ([role?.rawValue ?? "public"] + standing.map(\.rawValue).sorted()).joined(separator: " ") }
}

extension Request {
    /// The person signed in by session or token, or the public.
    var actor: Actor {
        Actor(person: auth.get(SignedIn.self)?.person)
    }
}
