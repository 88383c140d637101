/// Who may do what in which zone: the one place where authorization is decided.
///
/// ```swift
/// let decision = AccessPolicy.decide(role: .manager, action: .read, zone: .unionPrivate)
/// decision.isAllowed  // false
/// decision.reason     // "union-private records are never readable by management roles or auditors"
/// ```
public enum AccessPolicy {
    /// The outcome of an access check, with a reason for the audit trail.
    public struct Decision: Hashable, Sendable {
        public let isAllowed: Bool
        /// Whether the actor may at least know that records of the zone exist (a denial is then a 403, not a 404).
        public let canSeeZone: Bool
        public let reason: String
    }

    /// Decides whether `role` (nil for the public, without an account) may perform `action` in `zone`.
    public static func decide(role: Role?, action: Action, zone: Zone) -> Decision {
        decision(ruling(role: role, action: action, zone: zone, standing: []), action: action, zone: zone)
    }

    /// Decides an action that also depends on how the person stands to the record: a step's owner completes it,
    /// whatever their role; the AI officer completes and waives any step; legal counsel waives its own.
    ///
    /// ```swift
    /// AccessPolicy.decide(role: .committee, action: .completeStep, zone: .organization, standing: [.stepOwner])
    ///     .isAllowed  // true
    /// ```
    public static func decide(role: Role?, action: Action, zone: Zone, standing: Set<Standing>) -> Decision {
        decision(ruling(role: role, action: action, zone: zone, standing: standing), action: action, zone: zone)
    }

    /// Whether `role` may perform `action` in `zone`: the answer of ``decide(role:action:zone:standing:)``, without
    /// the reason put in words, for the checks every request makes.
    public static func allows(role: Role?, action: Action, zone: Zone, standing: Set<Standing> = []) -> Bool {
        ruling(role: role, action: action, zone: zone, standing: standing).isAllowed
    }

    /// How a question is answered, before the answer is put in words.
    private enum Ruling {
        /// The role may not even know that records of the zone exist.
        case hidden(Role?)
        /// Reading a zone the role may read.
        case readable
        /// The public may do nothing but read.
        case signedOut
        /// The role alone settles it.
        case byRole(Role, allowed: Bool)
        /// The person's standing to the record allows what their role alone would not.
        case byStanding(Role)

        var isAllowed: Bool {
            switch self {
            case .readable, .byRole(_, allowed: true), .byStanding: true
            case .hidden, .signedOut, .byRole(_, allowed: false): false
            }
        }
    }

    /// A ruling put in words for the audit trail and the person refused.
    private static func decision(_ ruling: Ruling, action: Action, zone: Zone) -> Decision {
        switch ruling {
        case .hidden(let role):
            Decision(isAllowed: false, canSeeZone: false, reason: readDenial(role: role, zone: zone))
        case .readable: Decision(isAllowed: true, canSeeZone: true, reason: "the zone is readable by this role")
        case .signedOut: Decision(isAllowed: false, canSeeZone: true, reason: "sign in first")
        case .byRole(let role, let allowed):
            Decision(
                isAllowed: allowed, canSeeZone: true,
                reason: "\(role.title) \(allowed ? "may" : "may not") \(action.rawValue) in the \(zone.rawValue) zone")
        case .byStanding(let role):
            Decision(isAllowed: true, canSeeZone: true, reason: "\(role.title) \(relation(for: action))")
        }
    }

    /// Answers a question, leaving the words to ``decision(_:action:zone:)``.
    private static func ruling(role: Role?, action: Action, zone: Zone, standing: Set<Standing>) -> Ruling {
        guard canRead(role: role, zone: zone) else { return .hidden(role) }
        if action == .read { return .readable }
        guard let role else { return .signedOut }
        if writers(of: action, in: zone).contains(role) { return .byRole(role, allowed: true) }
        let allowed = switch action {
        case .completeStep: standing.contains(.stepOwner)
        // The requester edits a use's facts until it is approved (the service grants the standing only then).
        case .edit: standing.contains(.requester)
        case .waiveStep: standing.contains(.stepOwner) && role == .legal
        case .answerSurvey: standing.contains(.pilotParticipant)
        case .castVote, .keepCommitteeRecords, .rateExposure: standing.contains(.committeeMember)
        case .manageAccounts, .manageOrganization, .adoptPolicy: standing.contains(.administrator) && zone == .organization
        default: false
        }
        return allowed ? .byStanding(role) : .byRole(role, allowed: false)
    }

    /// How a person stands to the record when that standing allows `action`.
    private static func relation(for action: Action) -> String {
        switch action {
        case .answerSurvey: "takes part in this pilot"
        case .castVote: "sits on this review team"
        case .keepCommitteeRecords, .rateExposure: "sits on the joint committee"
        case .manageAccounts, .manageOrganization, .adoptPolicy: "is an administrator of this installation"
        default: "owns this step"
        }
    }

    /// The roles that may read a zone; `nil` stands for the public.
    public static func canRead(role: Role?, zone: Zone) -> Bool {
        switch zone {
        case .public: true
        case .organization: role != nil
        case .unionPrivate: role == .unionRep
        case .restricted: role == .aiOfficer || role == .legal
        }
    }

    private static func readDenial(role: Role?, zone: Zone) -> String {
        switch (role, zone) {
        case (nil, _): "sign in first"
        case (_, .unionPrivate): "union-private records are never readable by management roles or auditors"
        default: "restricted records are readable by the AI officer and legal counsel only"
        }
    }

    /// The roles that may perform `action` in `zone` by their role alone: a list, as a set would be built and hashed
    /// on every check.
    private static func writers(of action: Action, in zone: Zone) -> [Role] {
        switch (action, zone) {
        case (.read, _): Role.allCases
        case (.propose, .organization): Role.allCases.filter { $0 != .auditor }
        case (.edit, .organization), (.moveLifecycle, .organization), (.configureGateway, .organization),
            (.adoptPolicy, .organization), (.manageOrganization, .organization),
            (.manageAccounts, .organization): [.aiOfficer]
        case (.annotate, .unionPrivate): [.unionRep]
        // Each zone's chain of the audit trail is read by those who oversee that zone's records.
        case (.readAuditTrail, .organization), (.readAuditTrail, .public): [.aiOfficer, .legal, .auditor]
        case (.readAuditTrail, .unionPrivate): [.unionRep]
        case (.readAuditTrail, .restricted): [.aiOfficer, .legal]
        case (.manageOwnCredentials, .organization), (.callGateway, .organization): Role.allCases
        case (.completeStep, .organization), (.completeStep, .restricted), (.waiveStep, .organization),
            (.waiveStep, .restricted), (.approveUse, .organization): [.aiOfficer]
        case (.answerNotice, .organization): [.unionRep]
        // Training is set up and recorded on management's side; the union and the overseers read who took it.
        case (.recordTraining, .organization): [.aiOfficer, .manager]
        case (.readTraining, .organization): Role.allCases.filter { $0 != .worker }
        // The gateway's usage, summed up, for those who oversee AI use: the officer, auditors and the union's side.
        case (.readUsage, .organization): [.aiOfficer, .auditor, .unionRep, .committee]
        // Both sides at the bargaining table keep its record.
        case (.recordBargaining, .organization): [.aiOfficer, .unionRep]
        // A pilot's joint evaluation is signed by both sides (Seed 002, "Pilot Programs").
        case (.signEvaluation, .organization): [.aiOfficer, .manager, .unionRep]
        case (.edit, .restricted), (.propose, .restricted): [.aiOfficer, .legal]
        // Anyone may raise a concern about an AI tool; those who oversee AI and the union read them, managers do
        // not, so that no report reaches the reporter's supervisor.
        case (.reportConcern, .organization): Role.allCases
        case (.readReports, .organization): [.aiOfficer, .legal, .committee, .unionRep, .auditor]
        case (.closeReport, .organization): [.aiOfficer, .committee, .unionRep]
        // A grievance is the union's to file and move on and the employer's to answer (Seeds 000 and 003: disputes
        // are resolved by people); the joint committee sees what both sides share.
        case (.fileGrievance, .organization): [.unionRep]
        case (.answerGrievance, .organization): [.aiOfficer, .legal, .manager]
        case (.readGrievances, .organization): [.unionRep, .aiOfficer, .legal, .manager, .committee]
        // The joint committee's secretary and the officer keep its records; its members from either side do too.
        case (.keepCommitteeRecords, .organization): [.committee, .aiOfficer]
        // Stewards and the joint committee rate the tasks of the jobs they know (Seeds 001 and 003).
        case (.rateExposure, .organization): [.unionRep, .committee, .aiOfficer]
        default: []
        }
    }
}
