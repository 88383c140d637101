import StewardCore
import Vapor

/// The permission of every JSON API operation, keyed by method and path template as the OpenAPI document writes
/// them. The generated server registers the routes; ``assign(to:)`` then tags each with its row, so that
/// ``AuthorizationMiddleware`` checks the API exactly as it checks pages. The services check again.
enum APIPermissions {
    private static let propose = Permission(action: .propose, zone: .organization)
    private static let readNotes = Permission(action: .read, zone: .unionPrivate)
    private static let annotate = Permission(action: .annotate, zone: .unionPrivate)
    private static let ownCredentials = Permission(action: .manageOwnCredentials, zone: .organization)

    /// One row per operation: method, path under ``APIPaths/base`` and the permission it needs.
    static let table: [String: Permission] = [
        "GET /openapi.json": .everyone,
        "GET /inventory": .everyone,
        "POST /tokens": .everyone,
        "GET /tokens": ownCredentials,
        "DELETE /tokens/{tokenID}": ownCredentials,
        "POST /gateway-keys": ownCredentials,
        "GET /gateway-keys": ownCredentials,
        "DELETE /gateway-keys/{gatewayKeyID}": ownCredentials,
        "GET /tools/{toolID}/upstream": .readOrganization,
        "PUT /tools/{toolID}/upstream": Permission(action: .configureGateway, zone: .organization),
        "GET /usage": Permission(action: .readUsage, zone: .organization),
        // Everyone signed in reads their own calls, and only theirs: the service reads no one else's.
        "GET /usage/mine": .readOrganization,
        "GET /me": .readOrganization,
        "DELETE /me/calendar-feed": .readOrganization,
        "GET /units": .readOrganization,
        "POST /units": Permission(action: .manageOrganization, zone: .organization),
        "POST /classifications/import": Permission(action: .manageOrganization, zone: .organization),
        "GET /contracts": .readOrganization,
        "POST /contracts": Permission(action: .manageOrganization, zone: .organization),
        "PUT /contracts/{contractID}": Permission(action: .manageOrganization, zone: .organization),
        "GET /people": Permission(action: .manageAccounts, zone: .organization),
        "POST /people": Permission(action: .manageAccounts, zone: .organization),
        "PUT /people/{username}": Permission(action: .manageAccounts, zone: .organization),
        "GET /packs": .readOrganization,
        "POST /packs": Permission(action: .adoptPolicy, zone: .organization),
        "GET /tools": .readOrganization,
        "POST /tools": propose,
        "GET /tools/{toolID}": .readOrganization,
        "PUT /tools/{toolID}": Permission(action: .edit, zone: .organization),
        "GET /tools/{toolID}/transitions": .readOrganization,
        "POST /tools/{toolID}/transitions": Permission(action: .moveLifecycle, zone: .organization),
        "GET /tools/{toolID}/use-cases": .readOrganization,
        "POST /tools/{toolID}/use-cases": propose,
        "GET /use-cases/{useCaseID}": .readOrganization,
        // Its requester or the officer: decided per use case by the service.
        "PUT /use-cases/{useCaseID}": .readOrganization,
        // The review: who acts on a step or approves a use is decided per record by the service.
        "POST /use-cases/{useCaseID}/approval": Permission(action: .approveUse, zone: .organization),
        "POST /use-cases/{useCaseID}/denial": Permission(action: .approveUse, zone: .organization),
        "GET /steps": .readOrganization,
        "GET /steps/{stepID}": .readOrganization,
        "POST /steps/{stepID}": .readOrganization,
        "POST /steps/{stepID}/answer": Permission(action: .answerNotice, zone: .organization),
        "GET /steps/{stepID}/determination": .readOrganization,
        "GET /use-cases/{useCaseID}/disclosure": .readOrganization,
        "POST /use-cases/{useCaseID}/disclosure": .readOrganization,
        "GET /steps/{stepID}/privacy-assessment": .readOrganization,
        "PUT /steps/{stepID}/privacy-assessment": .readOrganization,
        "PUT /steps/{stepID}/determination": .readOrganization,
        "GET /steps/{stepID}/bargaining": .readOrganization,
        "POST /steps/{stepID}/bargaining/entries": Permission(action: .recordBargaining, zone: .organization),
        "POST /steps/{stepID}/bargaining/outcome": .readOrganization,
        "GET /steps/{stepID}/review-team": .readOrganization,
        "PUT /steps/{stepID}/review-team": .readOrganization,
        "POST /steps/{stepID}/review-team/votes": .readOrganization,
        "POST /steps/{stepID}/review-team/outcome": .readOrganization,
        // A pilot: its step's owner, its participants, or the signing sides, decided per step by the service.
        "GET /steps/{stepID}/pilot": .readOrganization,
        "PUT /steps/{stepID}/pilot": .readOrganization,
        "POST /steps/{stepID}/pilot/start": .readOrganization,
        "POST /steps/{stepID}/pilot/metrics": .readOrganization,
        "POST /steps/{stepID}/pilot/survey": .readOrganization,
        "PUT /steps/{stepID}/pilot/evaluation": .readOrganization,
        "POST /steps/{stepID}/pilot/signatures": Permission(action: .signEvaluation, zone: .organization),
        "GET /tools/{toolID}/training-courses": .readOrganization,
        "POST /tools/{toolID}/training-courses": Permission(action: .recordTraining, zone: .organization),
        // Everyone reads a course's completions: their own, or all of them, as the service decides.
        "GET /training-courses/{courseID}/records": .readOrganization,
        "POST /training-courses/{courseID}/records": Permission(action: .recordTraining, zone: .organization),
        "POST /training-courses/{courseID}/records/import": Permission(action: .recordTraining, zone: .organization),
        "GET /tools/{toolID}/notes": readNotes,
        "POST /tools/{toolID}/notes": annotate,
        "GET /reports": .readOrganization,
        "POST /reports": Permission(action: .reportConcern, zone: .organization),
        "GET /reports/{reportID}": .readOrganization,
        "POST /reports/{reportID}/closure": Permission(action: .closeReport, zone: .organization),
        "GET /grievances": Permission(action: .readGrievances, zone: .organization),
        "POST /grievances": Permission(action: .fileGrievance, zone: .organization),
        "GET /grievances/{grievanceID}": Permission(action: .readGrievances, zone: .organization),
        "POST /grievances/{grievanceID}/meeting": Permission(action: .readGrievances, zone: .organization),
        "POST /grievances/{grievanceID}/answer": Permission(action: .answerGrievance, zone: .organization),
        "POST /grievances/{grievanceID}/advance": Permission(action: .fileGrievance, zone: .organization),
        "POST /grievances/{grievanceID}/agreements": Permission(action: .readGrievances, zone: .organization),
        "POST /grievances/{grievanceID}/agreements/{agreementID}/agreement":
            Permission(action: .readGrievances, zone: .organization),
        "POST /grievances/{grievanceID}/agreements/{agreementID}/resumption":
            Permission(action: .readGrievances, zone: .organization),
        "POST /grievances/{grievanceID}/outcome": Permission(action: .readGrievances, zone: .organization),
        "GET /committee/meetings": .readOrganization,
        "POST /committee/meetings": .readOrganization,
        "GET /committee/meetings/{meetingID}": .readOrganization,
        "PUT /committee/meetings/{meetingID}/minutes": .readOrganization,
        "POST /committee/meetings/{meetingID}/decisions": .readOrganization,
        "POST /committee/meetings/{meetingID}/actions": .readOrganization,
        "GET /grievances/{grievanceID}/notes": readNotes,
        "POST /grievances/{grievanceID}/notes": annotate,
        "GET /use-cases/{useCaseID}/notes": readNotes,
        "POST /use-cases/{useCaseID}/notes": annotate,
        // Which chains a person reads is decided per chain by the service.
        "GET /audit-events": .readOrganization,
    ]

    /// Tags every route under ``APIPaths/base`` with its permission.
    ///
    /// - Throws: when an API route has no row, so that a new operation cannot start without a decision.
    static func assign(to routes: [Route]) throws {
        for route in routes {
            guard let key = key(of: route) else { continue }
            guard let permission = table[key] else {
                throw StewardError(.internalServerError, "API route `\(key)` has no row in APIPermissions.table")
            }
            route.permission = permission
        }
    }

    /// `METHOD /path/{parameter}` relative to the API base, or nil for a route outside the API.
    static func key(of route: Route) -> String? {
        let base = APIPaths.base.pathComponents
        guard route.path.starts(with: base) else { return nil }
        return "\(route.method.rawValue) \(template(of: route.path.dropFirst(base.count)))"
    }

    /// A path written the OpenAPI way: `/tools/{toolID}`.
    static func template(of components: some Collection<PathComponent>) -> String {
        "/" + components.map { component in
            switch component {
            case .parameter(let name): "{\(name)}"
            default: component.description
            }
        }.joined(separator: "/")
    }
}
