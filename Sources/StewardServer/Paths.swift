import StewardCore
import Vapor

/// A path of the site, used both to register its route and to build links to it, so the two cannot drift apart.
struct SitePath: Sendable, CustomStringConvertible {
    let template: String

    init(_ template: String) { self.template = template }

    /// The components for route registration; `:name` segments are parameters.
    var components: [PathComponent] { template.pathComponents }

    /// The link to this path with its parameters filled in, in order.
    func href(_ parameters: any CustomStringConvertible...) -> String {
        var values = parameters.makeIterator()
        let segments = template.split(separator: "/").map { segment in
            segment.hasPrefix(":") ? (values.next()?.description ?? String(segment)) : String(segment)
        }
        return "/" + segments.joined(separator: "/")
    }

    var description: String { template }
}

/// Every page path of the site.
enum Paths {
    static let home = SitePath("/")
    static let login = SitePath("/login")
    static let logout = SitePath("/logout")
    static let tools = SitePath("/tools")
    static let newTool = SitePath("/tools/new")
    static let tool = SitePath("/tools/:toolID")
    static let editTool = SitePath("/tools/:toolID/edit")
    static let toolTransitions = SitePath("/tools/:toolID/transitions")
    static let toolNotes = SitePath("/tools/:toolID/notes")
    static let newUseCase = SitePath("/tools/:toolID/use-cases/new")
    static let toolUseCases = SitePath("/tools/:toolID/use-cases")
    static let useCase = SitePath("/use-cases/:useCaseID")
    static let useCaseNotes = SitePath("/use-cases/:useCaseID/notes")
    static let editUseCase = SitePath("/use-cases/:useCaseID/edit")
    static let useCaseApproval = SitePath("/use-cases/:useCaseID/approval")
    static let useCaseDenial = SitePath("/use-cases/:useCaseID/denial")
    static let useCaseDisclosure = SitePath("/use-cases/:useCaseID/disclosure")
    static let step = SitePath("/steps/:stepID")
    static let stepNotes = SitePath("/steps/:stepID/notes")
    static let stepAnswer = SitePath("/steps/:stepID/answer")
    static let stepDetermination = SitePath("/steps/:stepID/determination")
    static let stepPrivacyAssessment = SitePath("/steps/:stepID/privacy-assessment")
    static let stepDocuments = SitePath("/steps/:stepID/documents")
    static let document = SitePath("/documents/:documentID")
    static let reviewTeam = SitePath("/steps/:stepID/review-team")
    static let reviewTeamVotes = SitePath("/steps/:stepID/review-team/votes")
    static let reviewTeamOutcome = SitePath("/steps/:stepID/review-team/outcome")
    static let bargainingEntries = SitePath("/steps/:stepID/bargaining/entries")
    static let bargainingOutcome = SitePath("/steps/:stepID/bargaining/outcome")
    static let pilot = SitePath("/steps/:stepID/pilot")
    static let pilotStart = SitePath("/steps/:stepID/pilot/start")
    static let pilotMetrics = SitePath("/steps/:stepID/pilot/metrics")
    static let pilotSurvey = SitePath("/steps/:stepID/pilot/survey")
    static let pilotEvaluation = SitePath("/steps/:stepID/pilot/evaluation")
    static let pilotSignatures = SitePath("/steps/:stepID/pilot/signatures")
    static let people = SitePath("/people")
    static let person = SitePath("/people/:username")
    static let personStatus = SitePath("/people/:username/status")
    static let personPasswordLink = SitePath("/people/:username/password-link")
    static let passwordLink = SitePath("/password/:secret")
    static let passwordReset = SitePath("/password-reset")
    static let accountPassword = SitePath("/account/password")
    static let accountTokens = SitePath("/account/tokens")
    static let accountTokenRevocation = SitePath("/account/tokens/:tokenID/revocation")
    static let contracts = SitePath("/contracts")
    static let newContract = SitePath("/contracts/new")
    static let contract = SitePath("/contracts/:contractID")
    static let organizationCalendar = SitePath("/units/calendar")
    static let classificationImport = SitePath("/units/classifications")
    static let packs = SitePath("/packs")
    static let newPack = SitePath("/packs/new")
    static let packPreview = SitePath("/packs/preview")
    static let pack = SitePath("/packs/:packID")
    static let due = SitePath("/due")
    static let calendarFeed = SitePath("/calendar/:feed")
    static let replaceCalendarFeed = SitePath("/due/calendar-feed")
    static let inventory = SitePath("/inventory")
    static let inventoryCSV = SitePath("/inventory.csv")
    static let publicDisclosure = SitePath("/inventory/uses/:useCaseID")
    static let audit = SitePath("/audit")
    static let units = SitePath("/units")
    static let toolTraining = SitePath("/tools/:toolID/training")
    static let trainingCourse = SitePath("/training/:courseID")
    static let trainingRecords = SitePath("/training/:courseID/records")
    static let trainingImport = SitePath("/training/:courseID/import")
    static let toolUpstream = SitePath("/tools/:toolID/upstream")
    static let account = SitePath("/account")
    static let accountEmail = SitePath("/account/email")
    static let usage = SitePath("/usage")
    static let accountGatewayKeys = SitePath("/account/gateway-keys")
    static let gatewayKeyRevocation = SitePath("/account/gateway-keys/:gatewayKeyID/revocation")
    static let newToolReport = SitePath("/tools/:toolID/reports/new")
    static let toolReports = SitePath("/tools/:toolID/reports")
    static let reports = SitePath("/reports")
    static let report = SitePath("/reports/:reportID")
    static let reportClosure = SitePath("/reports/:reportID/closure")
    static let grievances = SitePath("/grievances")
    static let newGrievance = SitePath("/grievances/new")
    static let grievance = SitePath("/grievances/:grievanceID")
    static let grievanceMeeting = SitePath("/grievances/:grievanceID/meeting")
    static let grievanceAnswer = SitePath("/grievances/:grievanceID/answer")
    static let grievanceAdvance = SitePath("/grievances/:grievanceID/advance")
    static let grievanceAgreements = SitePath("/grievances/:grievanceID/agreements")
    static let grievanceAgreement = SitePath("/grievances/:grievanceID/agreements/:agreementID/agreement")
    static let grievanceResumption = SitePath("/grievances/:grievanceID/agreements/:agreementID/resumption")
    static let grievanceOutcome = SitePath("/grievances/:grievanceID/outcome")
    static let grievanceNotes = SitePath("/grievances/:grievanceID/notes")
    static let stepAudits = SitePath("/steps/:stepID/audits")
    static let followUpCompletion = SitePath("/follow-ups/:findingID/completion")
    static let informationRequests = SitePath("/information-requests")
    static let newInformationRequest = SitePath("/information-requests/new")
    static let informationRequest = SitePath("/information-requests/:requestID")
    static let informationRequestAnswer = SitePath("/information-requests/:requestID/items/:itemID/answer")
    static let informationRequestFollowUps = SitePath("/information-requests/:requestID/follow-ups")
    static let informationRequestClosure = SitePath("/information-requests/:requestID/closure")
    static let committeeMeetingNotes = SitePath("/committee/meetings/:meetingID/notes")
    static let informationRequestNotes = SitePath("/information-requests/:requestID/notes")
    static let committee = SitePath("/committee")
    static let committeeMeetings = SitePath("/committee/meetings")
    static let committeeMeeting = SitePath("/committee/meetings/:meetingID")
    static let committeeMinutes = SitePath("/committee/meetings/:meetingID/minutes")
    static let committeeDecisions = SitePath("/committee/meetings/:meetingID/decisions")
    static let committeeActions = SitePath("/committee/meetings/:meetingID/actions")
    static let committeeActionCompletion = SitePath("/committee/actions/:actionID/completion")
    // The US federal AI use-case inventory (OMB 2025).
    static let inventoryOMB2025 = SitePath("/inventory/omb-2025.csv")
    static let inventoryImports = SitePath("/inventory/imports")
    // Job impact and bias audits (Analytics).
    static let exposure = SitePath("/exposure")
    static let exposureLabels = SitePath("/exposure/labels")
    static let exposureClassification = SitePath("/exposure/classifications/:classificationID")
    static let exposureRatings = SitePath("/exposure/classifications/:classificationID/ratings")
    static let exposureOccupations = SitePath("/exposure/classifications/:classificationID/occupations")
    static let exposureOccupationRemoval = SitePath("/exposure/classifications/:classificationID/occupations/removal")
    static let classificationPlans = SitePath("/exposure/classifications/:classificationID/plans")
    static let planCompletion = SitePath("/exposure/plans/:planID/completion")
    static let stepBiasAudits = SitePath("/steps/:stepID/bias-audits")
    static let biasAudit = SitePath("/bias-audits/:biasAuditID")
    static let publicBiasAudit = SitePath("/inventory/bias-audits/:biasAuditID")
}

/// The AI gateway's paths, which speak the OpenAI protocol.
enum GatewayPaths {
    static let base = "/v1"
    static let models = SitePath("/v1/models")
    static let chatCompletions = SitePath("/v1/chat/completions")
    static let embeddings = SitePath("/v1/embeddings")

    /// Whether `path` is the gateway's, routed or not: it answers in the protocol's shape and reads no session.
    static func contains(_ path: String) -> Bool { path.hasPrefix(base + "/") }
}

/// The JSON API's base path.
enum APIPaths {
    static let base = "/api/v1"
    static let openAPIDocument = "/api/v1/openapi.json"
}

extension Request {
    private struct URLPathKey: StorageKey {
        typealias Value = String
    }

    /// `url.path`, composed once per request: `url.path` composes it anew from the parsed address at each reading
    /// (about a hundredth of what a cached answer costs), and several middlewares read it. Nothing in Steward changes
    /// a request's `url`.
    var urlPath: String {
        if let path = storage[URLPathKey.self] { return path }
        let path = url.path
        storage[URLPathKey.self] = path
        return path
    }

    /// A record's UUID from a path parameter, for records without a typed id; a malformed one is a 404 naming `noun`.
    func uuid(_ name: String, of noun: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            throw StewardError.notFound("no \(noun) with id \(parameters.get(name)?.prefix(60) ?? "")")
        }
        return id
    }

    /// A typed id from a path parameter; a malformed one is a 404, like an id that does not exist.
    func id<Subject>(_ name: String, of _: Subject.Type = Subject.self) throws -> Identifier<Subject> {
        guard let text = parameters.get(name), let id = Identifier<Subject>(text) else {
            // `useCaseID` names "use case", as the services word their 404s.
            let noun = name.replacingOccurrences(of: "ID", with: "").reduce(into: "") { noun, letter in
                noun += letter.isUppercase ? " " + letter.lowercased() : String(letter)
            }
            throw StewardError.notFound("no \(noun) with id \(parameters.get(name)?.prefix(60) ?? "")")
        }
        return id
    }
}
