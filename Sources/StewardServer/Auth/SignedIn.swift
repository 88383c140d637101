import StewardCore
import Vapor

/// The person a request is signed in as, by browser session or API token.
struct SignedIn: Authenticatable {
    let person: Person
}
