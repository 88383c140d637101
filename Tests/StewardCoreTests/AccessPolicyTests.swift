import StewardCore
import Testing

@Suite("Access policy")
struct AccessPolicyTests {
    /// Who may read each zone, written out by hand; `nil` is the public.
    static let readers: [Zone: Set<Role?>] = [
        .public: [nil, .aiOfficer, .legal, .committee, .unionRep, .manager, .worker, .auditor],
        .organization: [.aiOfficer, .legal, .committee, .unionRep, .manager, .worker, .auditor],
        .unionPrivate: [.unionRep],
        .restricted: [.aiOfficer, .legal],
    ]

    /// Who may perform each action other than reading, in the organization zone.
    static let organizationWriters: [Action: Set<Role>] = [
        .propose: [.aiOfficer, .legal, .committee, .unionRep, .manager, .worker],
        .edit: [.aiOfficer],
        .moveLifecycle: [.aiOfficer],
        .configureGateway: [.aiOfficer],
        .annotate: [],
        .readAuditTrail: [.aiOfficer, .legal, .auditor],
        .manageOwnCredentials: [.aiOfficer, .legal, .committee, .unionRep, .manager, .worker, .auditor],
        .callGateway: [.aiOfficer, .legal, .committee, .unionRep, .manager, .worker, .auditor],
        .readUsage: [.aiOfficer, .auditor, .unionRep, .committee],
        .recordTraining: [.aiOfficer, .manager],
        .readTraining: [.aiOfficer, .legal, .committee, .unionRep, .manager, .auditor],
        .answerSurvey: [],
        .signEvaluation: [.aiOfficer, .manager, .unionRep],
        .recordBargaining: [.aiOfficer, .unionRep],
        .castVote: [],
        .reportConcern: [.aiOfficer, .legal, .committee, .unionRep, .manager, .worker, .auditor],
        .readReports: [.aiOfficer, .legal, .committee, .unionRep, .auditor],
        .closeReport: [.aiOfficer, .committee, .unionRep],
        .fileGrievance: [.unionRep],
        .answerGrievance: [.aiOfficer, .legal, .manager],
        .readGrievances: [.aiOfficer, .legal, .committee, .unionRep, .manager],
        .keepCommitteeRecords: [.aiOfficer, .committee],
    ]

    static let everyone: [Role?] = [nil] + Role.allCases.map(Optional.some)

    /// Who reads each zone's chain of the audit trail.
    static let chainReaders: [Zone: Set<Role>] = [
        .public: [.aiOfficer, .legal, .auditor],
        .organization: [.aiOfficer, .legal, .auditor],
        .unionPrivate: [.unionRep],
        .restricted: [.aiOfficer, .legal],
    ]

    @Test("each zone's chain of the audit trail is read exactly by its overseers", arguments: Zone.allCases)
    func auditChains(zone: Zone) {
        for role in Role.allCases {
            let decision = AccessPolicy.decide(role: role, action: .readAuditTrail, zone: zone)
            #expect(decision.isAllowed == Self.chainReaders[zone]?.contains(role), "\(role) reading the \(zone) chain")
        }
    }

    @Test("reading each zone is allowed exactly to its readers", arguments: Zone.allCases)
    func reading(zone: Zone) {
        for role in Self.everyone {
            let decision = AccessPolicy.decide(role: role, action: .read, zone: zone)
            #expect(decision.isAllowed == Self.readers[zone]?.contains(role), "\(String(describing: role)) reading \(zone)")
        }
    }

    @Test("organization actions are allowed exactly to their roles", arguments: Array(organizationWriters.keys))
    func organizationActions(action: Action) {
        for role in Role.allCases {
            let decision = AccessPolicy.decide(role: role, action: action, zone: .organization)
            #expect(decision.isAllowed == Self.organizationWriters[action]?.contains(role), "\(role) \(action)")
        }
    }

    @Test("only union representatives write union-private notes; management is told nothing exists")
    func unionPrivate() {
        for role in Role.allCases {
            let decision = AccessPolicy.decide(role: role, action: .annotate, zone: .unionPrivate)
            #expect(decision.isAllowed == (role == .unionRep))
            #expect(decision.canSeeZone == (role == .unionRep))
        }
    }

    @Test("the public may do nothing but read public records")
    func publicOnlyReads() {
        for action in Action.allCases {
            for zone in Zone.allCases {
                let allowed = AccessPolicy.decide(role: nil, action: action, zone: zone).isAllowed
                #expect(allowed == (action == .read && zone == .public), "\(action) in \(zone)")
            }
        }
    }

    @Test("the bare answer is the decision's, for every role, action, zone and standing", arguments: Action.allCases)
    func bareAnswer(action: Action) {
        let standings = (0..<(1 << Standing.allCases.count)).map { bits in
            Set(Standing.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
        }
        for role in Self.everyone {
            for zone in Zone.allCases {
                for standing in standings {
                    let decision = AccessPolicy.decide(role: role, action: action, zone: zone, standing: standing)
                    let allowed = AccessPolicy.allows(role: role, action: action, zone: zone, standing: standing)
                    #expect(
                        allowed == decision.isAllowed, "\(String(describing: role)) \(action) in \(zone), \(standing)")
                }
            }
        }
    }

    @Test("an administrator's capabilities add setting the organization up to their role's")
    func administratorCapabilities() {
        for role in Role.allCases {
            let plain = Capabilities(role: role)
            let administrator = Capabilities(role: role, isAdministrator: true)
            #expect(administrator.canManageAccounts && administrator.canManageOrganization)
            #expect(administrator.canAdoptPolicy)
            #expect(plain.canManageAccounts == (role == .aiOfficer))
            #expect(administrator.canReadUnionPrivate == plain.canReadUnionPrivate)
        }
        #expect(!Capabilities(role: nil, isAdministrator: true).canManageAccounts)
    }

    @Test("capabilities agree with the policy")
    func capabilities() {
        #expect(Capabilities(role: .unionRep).canWriteNotes)
        #expect(!Capabilities(role: .aiOfficer).canReadUnionPrivate)
        #expect(Capabilities(role: .auditor).canReadAuditTrail)
        #expect(!Capabilities(role: .auditor).canProposeTools)
        #expect(!Capabilities(role: nil).isSignedIn)
    }
}
