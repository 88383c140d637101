import Fluent
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// Every registered route × every role (and the public), against a table written by hand.
@Suite("Route authorization matrix")
struct RouteMatrixTests {
    typealias Who = Set<Role?>
    static let all: Who = Set(Role.allCases.map(Optional.some))
    static let everyone: Who = all.union([nil])
    static let proposers: Who = all.subtracting([.auditor])
    static let officer: Who = [.aiOfficer]
    static let rep: Who = [.unionRep]
    /// Those who read a chain of the audit trail: the organization's overseers, and union representatives theirs.
    /// Who may act on the matrix's step (the officer's approval of a demo use): the officer, its owner.
    static let stepActors: Who = [.aiOfficer]
    static let auditTrail: Who = [.aiOfficer, .legal, .auditor, .unionRep]
    /// Who makes a written determination: its step's owner, legal counsel, and the officer.
    static let determiners: Who = [.aiOfficer, .legal]
    /// Who seats a review team and closes its vote: the committee, which owns the step, and the officer.
    static let committeeOwners: Who = [.aiOfficer, .committee]
    /// The demo review team's members, who vote.
    static let teamMembers: Who = [.unionRep, .committee, .manager, .legal]
    /// Both sides at the bargaining table.
    static let bargainers: Who = [.aiOfficer, .unionRep]
    /// The demo pilot's participants, who answer its survey.
    static let participants: Who = [.worker, .manager]
    /// Who signs a pilot's joint evaluation: management and the union.
    static let signers: Who = [.aiOfficer, .manager, .unionRep]
    /// Those who set up training and record completions.
    static let trainers: Who = [.aiOfficer, .manager]
    /// Those who read reports of problems with AI tools: everyone but managers and workers.
    static let reportReaders: Who = [.aiOfficer, .legal, .committee, .unionRep, .auditor]
    /// Those who read grievances, and the two sides that act on them.
    static let grievanceReaders: Who = [.unionRep, .aiOfficer, .legal, .manager, .committee]
    static let grievanceSides: Who = [.unionRep, .aiOfficer, .legal, .manager]
    /// Who keeps the joint committee's records: the committee and the officer, and the demo's members of either side.
    static let committeeKeepers: Who = [.committee, .aiOfficer, .unionRep, .manager, .legal]
    /// Who rates tasks and maps classifications: stewards, the committee and the officer, and the committee's members.
    static let raters: Who = [.unionRep, .committee, .aiOfficer, .manager, .legal]

    /// Who may use each route, by method and path template.
    static let expected: [String: Who] = [
        "GET /": everyone,
        "GET /login": everyone,
        "POST /login": everyone,
        "POST /logout": everyone,
        "GET /inventory": everyone,
        "GET /inventory.csv": everyone,
        "GET /inventory/uses/:useCaseID": everyone,
        "GET /tools": all,
        "GET /tools/new": proposers,
        "POST /tools": proposers,
        "GET /tools/:toolID": all,
        "GET /tools/:toolID/edit": officer,
        "POST /tools/:toolID/edit": officer,
        "POST /tools/:toolID/transitions": officer,
        "GET /tools/:toolID/use-cases/new": proposers,
        "POST /tools/:toolID/use-cases": proposers,
        "GET /use-cases/:useCaseID": all,
        "GET /use-cases/:useCaseID/disclosure": all,
        "POST /use-cases/:useCaseID/disclosure": officer,
        "GET /use-cases/:useCaseID/edit": officer,
        "POST /use-cases/:useCaseID/edit": officer,
        "GET /units": all,
        "POST /units": officer,
        "POST /steps/:stepID/privacy-assessment": officer,
        "POST /units/calendar": officer,
        "POST /units/classifications": officer,
        "GET /contracts/new": officer,
        "POST /contracts": officer,
        "GET /contracts/:contractID": all,
        "POST /contracts/:contractID": officer,
        "GET /packs": all,
        "GET /people": officer,
        "POST /people": officer,
        "GET /people/:username": officer,
        "POST /people/:username": officer,
        "POST /people/:username/status": officer,
        "POST /people/:username/password-link": officer,
        "GET /password/:secret": everyone,
        "POST /password/:secret": everyone,
        "GET /password-reset": everyone,
        "POST /password-reset": everyone,
        "POST /account/password": all,
        "POST /account/tokens": all,
        "POST /account/tokens/:tokenID/revocation": all,
        "GET /packs/new": officer,
        "POST /packs/preview": officer,
        "POST /packs": officer,
        "GET /packs/:packID": all,
        "POST /tools/:toolID/notes": rep,
        "POST /use-cases/:useCaseID/notes": rep,
        "POST /steps/:stepID/notes": rep,
        "POST /steps/:stepID/answer": rep,
        "GET /audit": auditTrail,
        "POST /use-cases/:useCaseID/approval": officer,
        "POST /use-cases/:useCaseID/denial": officer,
        "GET /steps/:stepID": all,
        "POST /steps/:stepID": stepActors,
        "POST /steps/:stepID/documents": stepActors,
        "GET /documents/:documentID": all,
        "GET /due": all,
        "POST /due/calendar-feed": all,
        "GET /calendar/:feed": everyone,
        "POST /steps/:stepID/determination": determiners,
        "POST /steps/:stepID/review-team": committeeOwners,
        "POST /steps/:stepID/review-team/votes": teamMembers,
        "POST /steps/:stepID/review-team/outcome": committeeOwners,
        "POST /steps/:stepID/bargaining/entries": bargainers,
        "POST /steps/:stepID/bargaining/outcome": officer,
        "POST /steps/:stepID/pilot": officer,
        "POST /steps/:stepID/pilot/start": officer,
        "POST /steps/:stepID/pilot/metrics": officer,
        "POST /steps/:stepID/pilot/survey": participants,
        "POST /steps/:stepID/pilot/evaluation": officer,
        "POST /steps/:stepID/pilot/signatures": signers,
        "GET /tools/:toolID/training": all,
        "POST /tools/:toolID/training": trainers,
        "GET /training/:courseID": all,
        "POST /training/:courseID/records": trainers,
        "POST /training/:courseID/import": trainers,
        "GET /account": all,
        "POST /account/email": all,
        "GET /usage": all,
        "POST /account/gateway-keys": all,
        "POST /account/gateway-keys/:gatewayKeyID/revocation": all,
        "POST /tools/:toolID/upstream": officer,
        "GET /tools/:toolID/reports/new": all,
        "POST /tools/:toolID/reports": all,
        "GET /reports": all,
        "GET /reports/:reportID": reportReaders,
        "POST /reports/:reportID/closure": [.aiOfficer, .committee, .unionRep],
        "GET /grievances": grievanceReaders,
        "GET /grievances/new": rep,
        "POST /grievances": rep,
        "GET /grievances/:grievanceID": grievanceReaders,
        "POST /grievances/:grievanceID/meeting": grievanceSides,
        "POST /grievances/:grievanceID/answer": [.aiOfficer, .legal, .manager],
        "POST /grievances/:grievanceID/advance": rep,
        "POST /grievances/:grievanceID/agreements": grievanceSides,
        "POST /grievances/:grievanceID/agreements/:agreementID/agreement": grievanceSides,
        "POST /grievances/:grievanceID/agreements/:agreementID/resumption": grievanceSides,
        "POST /grievances/:grievanceID/outcome": grievanceSides,
        "POST /grievances/:grievanceID/notes": rep,
        "POST /steps/:stepID/audits": [.aiOfficer, .auditor],
        "POST /follow-ups/:findingID/completion": [.aiOfficer, .auditor, .manager],
        "GET /information-requests": grievanceReaders,
        "GET /information-requests/new": rep,
        "POST /information-requests": rep,
        "GET /information-requests/:requestID": grievanceReaders,
        "POST /information-requests/:requestID/items/:itemID/answer": [.aiOfficer, .legal, .manager],
        "POST /information-requests/:requestID/follow-ups": rep,
        "POST /information-requests/:requestID/closure": rep,
        "POST /committee/meetings/:meetingID/notes": rep,
        "POST /information-requests/:requestID/notes": rep,
        "GET /committee": all,
        "POST /committee/meetings": committeeKeepers,
        "GET /committee/meetings/:meetingID": all,
        "POST /committee/meetings/:meetingID/minutes": committeeKeepers,
        "POST /committee/meetings/:meetingID/decisions": committeeKeepers,
        "POST /committee/meetings/:meetingID/actions": committeeKeepers,
        "POST /committee/actions/:actionID/completion": committeeKeepers,
        "GET /inventory/omb-2025.csv": everyone,
        "GET /inventory/imports": officer,
        "POST /inventory/imports": officer,
        "GET /exposure": all,
        "GET /exposure/labels": all,
        "POST /exposure/labels": officer,
        "GET /exposure/classifications/:classificationID": all,
        "POST /exposure/classifications/:classificationID/ratings": raters,
        "POST /exposure/classifications/:classificationID/occupations": raters,
        "POST /exposure/classifications/:classificationID/occupations/removal": raters,
        "POST /exposure/classifications/:classificationID/plans": committeeKeepers,
        "POST /exposure/plans/:planID/completion": committeeKeepers,
        "POST /steps/:stepID/bias-audits": [.aiOfficer, .auditor],
        "GET /bias-audits/:biasAuditID": all,
        "GET /inventory/bias-audits/:biasAuditID": everyone,
    ] .merging(APIRouteMatrix.expected) { page, _ in page }

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test("every registered route has a row in the table, and every row a route")
    func tableCoversRoutes() async throws {
        try await withSteward { steward in
            let registered = Set(steward.app.routes.all.map(Self.key))

            #expect(registered.subtracting(Self.expected.keys).sorted() == [], "routes without a row")
            #expect(Set(Self.expected.keys).subtracting(registered).sorted() == [], "rows without a route")
            #expect(steward.app.routes.all.allSatisfy { $0.permission != nil }, "every route declares a permission")
        }
    }

    @Test("each role reaches exactly the routes the table allows", arguments: [nil] + Role.allCases.map(Optional.some))
    func roleReachesExactlyItsRoutes(role: Role?) async throws {
        try await withSteward { steward in
            let caller = try await MatrixCaller(steward: steward, role: role)
            // Signing in (as the worker) and out change the session, so they go last.
            let last = ["POST /login", "POST /logout"]
            let routes = steward.app.routes.all.filter { !last.contains(Self.key($0)) }
                + last.compactMap { key in steward.app.routes.all.first { Self.key($0) == key } }
            for route in routes {
                let key = Self.key(route)
                let allowed = try await caller.isAllowed(route)
                #expect(allowed == Self.expected[key]?.contains(role), "\(key) as \(role?.rawValue ?? "the public")")
            }
        }
    }
}

/// Calls routes as one role: pages with a signed-in browser session, the API with a bearer token. A refusal answers
/// just like a missing record, so the caller reads the outcome where the server keeps it: a signed-in person's
/// refusals are counted in the refusal log; the public is sent to sign in.
struct MatrixCaller {
    let steward: StewardHarness
    let session: BrowserSession
    let token: String?
    /// The role's own gateway key, for the gateway's routes.
    let gatewayKey: String?
    let parameters: [String: String]
    let isSignedIn: Bool
    /// Bodies for operations whose permission is decided per record, after the body is read; the rest get `{}`.
    let bodies: [String: String]
    /// The demo's running pilot, for the routes of a pilot step.
    let pilotStepID: String
    /// The demo's open written determination, for the routes of a determination step.
    let determinationStepID: String
    /// The demo's open privacy impact assessment, for the routes of an assessment step.
    let privacyStepID: String
    /// The demo's open bargaining, for the routes of a bargaining step.
    let bargainingStepID: String
    /// The demo's open committee review with its seated team.
    let committeeStepID: String
    /// The audit step of the demo's approved DraftMate use.
    let auditStepID: String

    init(steward: StewardHarness, role: Role?) async throws {
        self.steward = steward
        isSignedIn = role != nil
        if let role {
            session = try await steward.signIn(role)
            token = try await steward.token(for: role)
            gatewayKey = try await steward.gatewayKey(for: role)
        } else {
            session = try await BrowserSession.start(on: steward)
            token = nil
            gatewayKey = nil
        }
        let tool = try await steward.tool(named: "DraftMate")
        let useCase = try await steward.useCase(ofTool: "DraftMate")
        let unitID = useCase.$unit.id.uuidString
        bodies = [
            "POST /api/v1/steps/:stepID": #"{"status": "done", "record": "Checked by the route matrix."}"#,
            "PUT /api/v1/steps/:stepID/determination": """
                {"statements": ["no-training-license"], "signerName": "Jordan Blake", "signerTitle": "Counsel",
                 "signedOn": "2026-11-30", "contractFile": "CF-1"}
                """,
            "PUT /api/v1/steps/:stepID/review-team": """
                {"members": [{"username": "rep", "side": "union"}, {"username": "committee", "side": "union"},
                 {"username": "manager", "side": "management"}, {"username": "legal", "side": "management"}]}
                """,
            "POST /api/v1/steps/:stepID/review-team/votes": #"{"vote": "abstain"}"#,
            "PUT /api/v1/steps/:stepID/privacy-assessment": #"{"answers": {}, "conclusion": "not-acceptable"}"#,
            "POST /api/v1/steps/:stepID/bargaining/outcome": #"{"outcome": "agreement", "terms": "Agreed in the matrix."}"#,
            "PUT /api/v1/steps/:stepID/pilot": """
                {"scope": "The matrix", "startsOn": "2026-12-01", "endsOn": "2027-01-01", "participants": ["worker"]}
                """,
            "POST /api/v1/steps/:stepID/pilot/metrics": #"{"criterion": "accuracy", "value": "Checked by the matrix."}"#,
            "POST /api/v1/steps/:stepID/pilot/survey": """
                {"efficiency": 3, "cost-effectiveness": 3, "accuracy": 3, "working-conditions": 3}
                """,
            "PUT /api/v1/steps/:stepID/pilot/evaluation": """
                {"efficiency": "a", "cost-effectiveness": "b", "accuracy": "c", "working-conditions": "d",
                 "outcome": "extend", "extendTo": "2027-06-01"}
                """,
            "POST /api/v1/grievances/:grievanceID/agreements": #"{"kind": "extension", "days": 1, "reason": "The matrix."}"#,
            "POST /api/v1/committee/meetings": #"{"heldOn": "not a day"}"#,
            "PUT /api/v1/committee/meetings/:meetingID/minutes": #"{"minutes": ""}"#,
            "POST /api/v1/committee/meetings/:meetingID/decisions": #"{"decision": ""}"#,
            "POST /api/v1/committee/meetings/:meetingID/actions": #"{"action": "", "owner": "", "dueOn": ""}"#,
            "POST /api/v1/grievances/:grievanceID/outcome": #"{"outcome": "settled", "note": "Settled by the matrix."}"#,
            "PUT /api/v1/use-cases/:useCaseID": """
                {"unitID": "\(unitID)", "title": "Draft letters", "purposes": ["drafting"],
                 "dataCategories": ["internal"], "tier": 1, "scope": "individual", "decisionRole": "none"}
                """,
        ]
        pilotStepID = try await steward.step(.pilot, of: try await steward.useCase(ofTool: "CaseNote Summarizer"))
            .requireID().uuidString
        determinationStepID = try await steward.step(
            .writtenDetermination, of: try await steward.useCase(ofTool: "PolicyPal")).requireID().uuidString
        privacyStepID = try await steward.step(
            .privacyImpactAssessment, of: try await steward.useCase(ofTool: "PolicyPal")).requireID().uuidString
        committeeStepID = try await steward.step(
            .committeeReview, of: try await steward.useCase(ofTool: "ShiftWise")).requireID().uuidString
        auditStepID = try await steward.step(.audit, of: useCase).requireID().uuidString
        bargainingStepID = try await steward.step(
            .decisionalBargaining, of: try await steward.useCase(ofTool: "ShiftWise")).requireID().uuidString
        parameters = [
            "toolID": try tool.requireID().uuidString, "useCaseID": try useCase.requireID().uuidString,
            "tokenID": UUID().uuidString, "gatewayKeyID": UUID().uuidString,
            "stepID": try await steward.step(.officerApproval, of: useCase).requireID().uuidString,
            "courseID": try await steward.course(ofTool: "DraftMate").requireID().uuidString,
            "packID": "union-ai-use-policy", "username": "auditor", "secret": "not-a-link",
            "contractID": UUID().uuidString, "documentID": UUID().uuidString,
            "reportID": try await steward.report(ofTool: "MinuteTaker").requireID().uuidString,
            "grievanceID": try await steward.grievance(numbered: 1).requireID().uuidString,
            "agreementID": UUID().uuidString,
            "meetingID": try await steward.committeeAction().$meeting.id.uuidString,
            "actionID": try await steward.committeeAction().requireID().uuidString,
            "requestID": try await steward.informationRequestItem().$request.id.uuidString,
            "itemID": try await steward.informationRequestItem().requireID().uuidString,
            "classificationID": try #require(try await JobClassificationModel.query(on: steward.app.db).first()).requireID().uuidString,
            "planID": try #require(try await ClassificationPlanModel.query(on: steward.app.db).first()).requireID().uuidString,
            "biasAuditID": try #require(try await BiasAuditModel.query(on: steward.app.db).first()).requireID().uuidString,
            "findingID": try #require(
                try await AuditFindingModel.query(on: steward.app.db).filter(\.$followUp != nil).first()).requireID().uuidString,
        ]
    }

    /// Whether the authorization layer let the request through.
    func isAllowed(_ route: Route) async throws -> Bool {
        let refusals = RefusalLog(database: steward.app.db, clock: steward.app.clock)
        let before = try await refusals.total()
        let path = path(of: route)
        let response: HTTPReply
        if path.hasPrefix(GatewayPaths.base + "/") {
            // The gateway answers a missing or unknown key with 401 and anything else past the key with its verdict.
            response = route.method == .GET
                ? try await steward.send(.GET, path, bearer: gatewayKey)
                : try await steward.sendJSON(route.method, path, "{}", bearer: gatewayKey)
            #expect(response.status.code < 500, "\(route.method) \(path) answered \(response.status)")
            return response.status != .unauthorized
        } else if path.hasPrefix(APIPaths.base) {
            response = route.method == .GET
                ? try await steward.send(.GET, path, bearer: token)
                : try await steward.sendJSON(route.method, path, bodies[RouteMatrixTests.key(route)] ?? "{}", bearer: token)
        } else if route.method == .GET {
            response = try await steward.send(.GET, path, session: session)
        } else {
            let fields = path == "/login" ? [("username", "worker"), ("password", DemoOrganization.password)] : []
            response = try await steward.submit(path, fields, session: session)
        }
        #expect(response.status.code < 500, "\(route.method) \(path) answered \(response.status)")
        guard isSignedIn else {
            let toSignIn = response.headers.first(name: .location)?.hasPrefix(Paths.login.href() + "?next=") ?? false
            return response.status != .unauthorized && !toSignIn
        }
        return try await refusals.total() == before
    }
}

extension MatrixCaller {

    /// The route's path with fixture ids in place of its parameters.
    func path(of route: Route) -> String {
        let step = route.path.contains { $0.description == "pilot" } ? pilotStepID
            : route.path.contains { $0.description == "determination" } ? determinationStepID
            : route.path.contains { $0.description == "privacy-assessment" } ? privacyStepID
            : route.path.contains { $0.description == "bargaining" } ? bargainingStepID
            : route.path.contains { $0.description == "review-team" } ? committeeStepID
            : route.path.contains { ["audits", "bias-audits"].contains($0.description) } ? auditStepID : nil
        return "/" + route.path.map { component -> String in
            if case .parameter(let name) = component {
                return name == "stepID" ? step ?? parameters[name] ?? name : parameters[name] ?? name
            }
            return component.description
        }.joined(separator: "/")
    }
}
