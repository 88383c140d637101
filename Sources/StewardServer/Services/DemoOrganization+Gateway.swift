import StewardCore

extension DemoOrganization {
    /// More workers in both units, so that the gateway's usage summary has enough people behind its cells to show.
    static let moreWorkers: [(username: String, name: String, unit: Int)] = [
        ("abanda", "Amara Banda", 0), ("bcho", "Bo-ra Cho", 0), ("cdiaz", "Carmen Díaz", 0),
        ("dfischer", "Dieter Fischer", 0), ("eokoye", "Emeka Okoye", 0), ("fsato", "Fumiko Sato", 0),
        ("gnovak", "Greta Novák", 1), ("hali", "Hassan Ali", 1), ("iivanova", "Irina Ivanova", 1),
        ("jmensah", "Joseph Mensah", 1), ("klarsen", "Kirsten Larsen", 1), ("lrossi", "Luca Rossi", 1),
    ]

    /// Who in the clerical unit completed DraftMate's course, how many days ago.
    static var moreCompletions: [(username: String, daysAgo: Int)] {
        moreWorkers.enumerated().filter { $0.element.unit == 0 }.map { ($0.element.username, 60 + 9 * $0.offset) }
    }

    /// The weeks of gateway usage the demo shows.
    static let usageWeeks = 8

    /// One demo call: who, which tool, how many days ago, and what the gateway decided.
    struct DemoCall: Sendable {
        let username: String
        let tool: String
        let daysAgo: Int
        let verdict: GatewayVerdict
        let rule: GatewayRule
        let findings: [String: Int]
    }

    /// The demo's calls through the gateway: the clerical unit drafting with DraftMate (now and then redacted or
    /// refused), the health unit's workers trying it before any use of theirs is approved, and the pilot's two
    /// participants summarising case files, too few to be shown.
    static var calls: [DemoCall] {
        var calls: [DemoCall] = []
        let clerical = ["worker"] + moreWorkers.filter { $0.unit == 0 }.map(\.username)
        let health = moreWorkers.filter { $0.unit == 1 }.map(\.username)
        for day in 0..<(7 * usageWeeks) where day % 7 < 5 {
            for (index, username) in clerical.enumerated() where (day + index) % 3 != 0 {
                let turn = day * 7 + index
                let (verdict, rule, findings): (GatewayVerdict, GatewayRule, [String: Int]) =
                    turn % 11 == 0 ? (.refuse, .phiWithoutApproval, ["HEALTH_CONDITION": 1])
                    // Now and then a draft carries a worker's national identity number too (DataGuard's NATIONAL_ID).
                    : turn % 8 == 0 ? (.redact, .dataOutsideUse, ["PERSON": 1, "EMAIL_ADDRESS": 1, "NATIONAL_ID": 1])
                    : turn % 4 == 0 ? (.redact, .dataOutsideUse, ["PERSON": 1 + turn % 2, "EMAIL_ADDRESS": 1])
                    : (.forward, .allowed, [:])
                calls.append(DemoCall(username: username, tool: "DraftMate", daysAgo: day, verdict: verdict, rule: rule, findings: findings))
            }
            if day % 7 == 1 {
                for username in health {
                    calls.append(DemoCall(
                        username: username, tool: "DraftMate", daysAgo: day, verdict: .refuse, rule: .useNotApproved,
                        findings: [:]))
                }
            }
            if day % 2 == 0 {
                for username in pilotParticipants {
                    calls.append(DemoCall(
                        username: username, tool: "CaseNote Summarizer", daysAgo: day, verdict: .forward, rule: .allowed,
                        findings: ["PERSON": 2, "HEALTH_CONDITION": 1]))
                }
            }
        }
        return calls
    }
}
