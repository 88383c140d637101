/// What a viewer may do, computed once from ``AccessPolicy`` so that pages never compare roles themselves.
public struct Capabilities: Hashable, Sendable, Codable {
    public let isSignedIn: Bool
    public let canReadOrganization: Bool
    public let canProposeTools: Bool
    public let canEditTools: Bool
    public let canMoveLifecycle: Bool
    public let canReadUnionPrivate: Bool
    public let canWriteNotes: Bool
    public let canReadAuditTrail: Bool
    public let canApproveUses: Bool
    public let canAnswerNotices: Bool
    public let canRecordTraining: Bool
    public let canReadTraining: Bool
    public let canConfigureGateway: Bool
    public let canReadUsage: Bool
    public let canAdoptPolicy: Bool
    public let canManageOrganization: Bool
    public let canManageAccounts: Bool
    public let canReportConcerns: Bool
    public let canReadReports: Bool
    public let canCloseReports: Bool
    public let canFileGrievances: Bool
    public let canReadGrievances: Bool
    public let canAnswerGrievances: Bool
    public let canKeepCommitteeRecords: Bool

    /// The capabilities of a role; `nil` is the public. An administrator also sets the organization up.
    public init(role: Role?, isAdministrator: Bool = false) {
        self = Self.everyViewer[Viewer(role: role, isAdministrator: isAdministrator)]
            ?? Capabilities(asking: role, isAdministrator: isAdministrator)
    }

    /// What decides a viewer's capabilities, and nothing else does.
    private struct Viewer: Hashable {
        let role: Role?
        let isAdministrator: Bool
    }

    /// The capabilities of every viewer, asked of ``AccessPolicy`` once, on first use, instead of two dozen
    /// questions on every request that shows them.
    private static let everyViewer: [Viewer: Capabilities] = Dictionary(
        uniqueKeysWithValues: ([nil] + Role.allCases.map(Optional.some)).flatMap { role in
            [false, true].map { isAdministrator in
                (Viewer(role: role, isAdministrator: isAdministrator),
                 Capabilities(asking: role, isAdministrator: isAdministrator))
            }
        })

    private init(asking role: Role?, isAdministrator: Bool) {
        let standing: Set<Standing> = isAdministrator ? [.administrator] : []
        func allows(_ action: Action, _ zone: Zone) -> Bool {
            AccessPolicy.allows(role: role, action: action, zone: zone, standing: standing)
        }
        isSignedIn = role != nil
        canReadOrganization = allows(.read, .organization)
        canProposeTools = allows(.propose, .organization)
        canEditTools = allows(.edit, .organization)
        canMoveLifecycle = allows(.moveLifecycle, .organization)
        canReadUnionPrivate = allows(.read, .unionPrivate)
        canWriteNotes = allows(.annotate, .unionPrivate)
        canReadAuditTrail = Zone.allCases.contains { allows(.readAuditTrail, $0) }
        canApproveUses = allows(.approveUse, .organization)
        canAnswerNotices = allows(.answerNotice, .organization)
        canRecordTraining = allows(.recordTraining, .organization)
        canReadTraining = allows(.readTraining, .organization)
        canConfigureGateway = allows(.configureGateway, .organization)
        canReadUsage = allows(.readUsage, .organization)
        canAdoptPolicy = allows(.adoptPolicy, .organization)
        canManageOrganization = allows(.manageOrganization, .organization)
        canManageAccounts = allows(.manageAccounts, .organization)
        canReportConcerns = allows(.reportConcern, .organization)
        canReadReports = allows(.readReports, .organization)
        canCloseReports = allows(.closeReport, .organization)
        canFileGrievances = allows(.fileGrievance, .organization)
        canReadGrievances = allows(.readGrievances, .organization)
        canAnswerGrievances = allows(.answerGrievance, .organization)
        canKeepCommitteeRecords = allows(.keepCommitteeRecords, .organization)
    }
}
