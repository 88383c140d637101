import StewardCore

extension DemoOrganization {
    /// A demo course: the tool it is for, who takes it, and who completed it how many days ago.
    struct Course: Sendable {
        let tool: String
        let title: String
        let audience: TrainingAudience
        let validForMonths: Int?
        let completions: [(username: String, daysAgo: Int)]
    }

    /// The review team seated on the committee reviews still open in the demo: two members of each side.
    static let reviewTeam: [(username: String, side: TableSide)] = [
        ("rep", .union), ("committee", .union), ("manager", .management), ("legal", .management),
    ]

    /// What has crossed the table in the demo's open bargaining.
    static let bargaining: [(kind: BargainingEntryKind, side: TableSide?, daysAgo: Int, text: String)] = [
        (.session, nil, 10, "First session: management presented the scheduling tool and the wards it would cover."),
        (.proposal, .union, 3, "No schedule is final until a charge nurse reviews it; seniority rules stay as they are."),
    ]

    /// Who takes part in the demo's running pilot.
    static let pilotParticipants = ["worker", "manager"]

    /// Courses for the tools in use, so that a newcomer sees who is trained and who is not yet.
    static let courses: [Course] = [
        Course(
            tool: "DraftMate", title: "Drafting letters with DraftMate", audience: .everyone, validForMonths: 12,
            completions: [("worker", 40), ("manager", 45), ("rep", 400)]),
        Course(
            tool: "DraftMate", title: "Reviewing AI-assisted drafts", audience: .supervisors, validForMonths: nil,
            completions: [("manager", 44)]),
        Course(
            tool: "CaseNote Summarizer", title: "Case summaries and PHI", audience: .everyone, validForMonths: 12,
            completions: [("manager", 20)]),
    ]
}
