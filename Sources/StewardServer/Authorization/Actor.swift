import StewardCore
import Vapor

/// Who is making a request: a signed-in person, or the public.
struct Actor: Sendable {
    let person: Person?

    static let anonymous = Actor(person: nil)

    var role: Role? { person?.role }
    var name: String { person?.username ?? "anonymous" }
    var capabilities: Capabilities { Capabilities(role: role) }
}

extension Request {
    /// The person signed in by session or token, or the public.
    var actor: Actor {
        Actor(person: try? auth.get(PersonModel.self)?.domain())
    }
}
