import Fluent
import StewardCore
import Vapor

/// Enforces ``AccessPolicy`` for one actor: the only code in the server that asks it. A zone the actor cannot
/// read answers 404, as if the record did not exist; a forbidden action on a visible record answers 403. Denials
/// of signed-in people are written to the audit trail.
struct Authorizer: Sendable {
    let actor: Actor
    let database: any Database
    let clock: @Sendable () -> Date

    /// Throws unless the actor may perform `action` in `zone`; `what` names the record for the message.
    func require(_ action: Action, in zone: Zone, on what: String) async throws {
        let decision = AccessPolicy.decide(role: actor.role, action: action, zone: zone)
        guard !decision.isAllowed else { return }
        guard actor.person != nil else { throw StewardError.denied(.signInRequired, what) }
        try await AuditTrail(database: database, clock: clock).record(
            AuditEntry(
                actor: actor, action: "access-denied", objectType: "route", objectID: what, zone: .organization,
                summary: "\(action.rawValue) in \(zone.rawValue) denied: \(decision.reason)",
                change: ["action": action.rawValue, "zone": zone.rawValue]))
        throw decision.canSeeZone ? StewardError.denied(.forbidden, decision.reason) : StewardError.denied(.notVisible, what)
    }

    /// The zones the actor may read, for scoping list, search and export queries.
    var readableZones: [Zone] {
        Zone.allCases.filter { AccessPolicy.canRead(role: actor.role, zone: $0) }
    }
}

extension QueryBuilder {
    /// Keeps only rows in zones the actor may read, so hidden rows never leave the database.
    func visible(to authorizer: Authorizer, zone: KeyPath<Model, FieldProperty<Model, Zone>>) -> Self {
        filter(zone ~~ authorizer.readableZones)
    }
}

extension Request {
    /// The authorizer for the person making this request.
    var authorizer: Authorizer {
        Authorizer(actor: actor, database: db, clock: application.clock)
    }
}
