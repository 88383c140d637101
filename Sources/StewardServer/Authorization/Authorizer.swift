import Fluent
import StewardCore
import Synchronization
import Vapor

/// Enforces ``AccessPolicy`` for one actor: the only code in the server that asks it. A zone the actor cannot
/// read answers 404, exactly as if the record did not exist; a forbidden action on a visible record answers 403.
/// Refusals of signed-in people are counted in the ``RefusalLog`` and their reasons go to the log, never into the
/// response.
struct Authorizer: Sendable {
    let actor: Actor
    let context: StewardContext
    let logger: Logger
    private let lazyDatabase: LazyDatabase

    /// An authorizer for `actor`; `database` is asked for when a service first uses it, as checking a permission
    /// needs none.
    init(
        actor: Actor, database: @autoclosure @escaping @Sendable () -> any Database, context: StewardContext,
        logger: Logger
    ) {
        self.actor = actor
        self.context = context
        self.logger = logger
        lazyDatabase = LazyDatabase(database)
    }

    /// The database this authorizer's services read and write.
    var database: any Database { lazyDatabase.database }

    var clock: @Sendable () -> Date { context.clock }

    /// The day it is now in the organization's time zone, on which records of days are judged.
    var today: LocalDay { LocalDay(clock(), in: context.zone.current) }

    /// Throws unless the actor may perform `action` in `zone`. `missing` is the 404 that a hidden record answers,
    /// the same one its service gives for a record that does not exist.
    func require(
        _ action: Action, in zone: Zone, standing: Set<Standing> = [], on missing: @autoclosure () -> StewardError
    ) async throws {
        let standing = standing.union(actor.standing)
        // Allowed is the common answer: its reason is put in words only for a refusal.
        guard !AccessPolicy.allows(role: actor.role, action: action, zone: zone, standing: standing) else { return }
        let decision = AccessPolicy.decide(role: actor.role, action: action, zone: zone, standing: standing)
        guard actor.person != nil else { throw StewardError.signInRequired }
        let missing = missing()
        logger.info("access refused", metadata: [
            "actor": .string(actor.name), "action": .string(action.rawValue), "zone": .string(zone.rawValue),
            "reason": .string(decision.reason),
        ])
        try await RefusalLog(database: database, clock: clock).count(actor, action, in: zone, on: missing.target)
        throw decision.canSeeZone ? StewardError.forbidden(decision.reason) : missing
    }

    /// Throws unless the actor may perform `action` in `zone`; a hidden zone answers "Not found: `what`."
    func require(_ action: Action, in zone: Zone, on what: String) async throws {
        try await require(action, in: zone, on: StewardError.notFound(what))
    }

    /// Whether the actor may perform `action` in `zone`, without refusing anything.
    func allows(_ action: Action, in zone: Zone, standing: Set<Standing> = []) -> Bool {
        AccessPolicy.allows(role: actor.role, action: action, zone: zone, standing: standing.union(actor.standing))
    }

    /// The zones the actor may read, for scoping list, search and export queries.
    var readableZones: [Zone] {
        Zone.allCases.filter { AccessPolicy.canRead(role: actor.role, zone: $0) }
    }

    /// The audit trail for changes made by this actor, on `database` (a transaction) or the authorizer's own.
    func auditTrail(on database: (any Database)? = nil) -> AuditTrail {
        AuditTrail(database: database ?? self.database, context: context)
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
        get throws { Authorizer(actor: actor, database: self.db, context: try application.steward, logger: logger) }
    }

    /// The audit trail of this request's database.
    var auditTrail: AuditTrail {
        get throws { AuditTrail(database: db, context: try application.steward) }
    }
}

/// The database of an ``Authorizer``, asked for once, when first used.
private final class LazyDatabase: Sendable {
    private let make: @Sendable () -> any Database
    private let made = Mutex<(any Database)?>(nil)

    init(_ make: @escaping @Sendable () -> any Database) {
        self.make = make
    }

    var database: any Database {
        made.withLock { made in
            if let made { return made }
            let database = make()
            made = database
            return database
        }
    }
}
