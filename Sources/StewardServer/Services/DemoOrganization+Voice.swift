import StewardCore

/// The demo's worker voice: reports of problems with AI tools and a grievance about one at its second step.
extension DemoOrganization {
    struct Report: Sendable {
        let tool: String
        /// The reporter's username, or nil for an anonymous report.
        let reporter: String?
        let daysAgo: Int
        let body: String
    }

    static let reports = [
        Report(
            tool: "ShiftWise", reporter: "worker", daysAgo: 34,
            body: """
                The proposed rota put three of us on back-to-back night shifts again. When we asked why, the \
                supervisor said the schedule came from ShiftWise and could not be changed.
                """),
        Report(
            tool: "MinuteTaker", reporter: nil, daysAgo: 6,
            body: """
                Someone ran MinuteTaker during our team meeting without telling us. The summary it sent round named \
                a colleague's medical leave.
                """),
    ]

    /// The grievance the demo's ShiftWise report became, filed for the health unit (calendar days).
    enum Grievance {
        static let tool = "ShiftWise"
        static let unit = 1
        static let title = "Shift schedules set by ShiftWise without review"
        static let statement = """
            Since October, nurse shift schedules in Public Health have been issued as ShiftWise proposed them, \
            without a supervisor's review. Article 14 (Hours of Work) requires schedules to be set by the employer \
            after consulting the employees concerned, and the AI use policy forbids using AI to make employment \
            decisions without human review.
            """
        static let remedy = """
            Stop issuing schedules proposed by ShiftWise without a supervisor's review; restore the consultation \
            Article 14 requires; make whole the nurses scheduled on back-to-back night shifts.
            """
        static let filedDaysAgo = 30
        static let meetingDaysAgo = 24
        static let answerDaysAgo = 18
        static let answer = """
            The schedules were reviewed by the scheduling office before they were posted. The grievance is denied \
            at this step.
            """
        static let advancedDaysAgo = 12
        static let extensionDays = 7
        static let extensionReason = "The director is on leave until the end of the month; both sides agree to meet after her return."
        static let strategy = """
            Ask at step 2 for the scheduling office's review log; if it shows no changes to any ShiftWise rota, \
            the employer's answer at step 1 falls apart. Line up the three nurses on nights as witnesses.
            """
    }
}

extension DemoOrganization {
    /// The demo's joint committee meetings: one last year (too few that year), one this spring with its minutes,
    /// decision and action item, and the next one scheduled.
    struct Meeting: Sendable {
        let daysFromToday: Int
        let items: [String]
        let minutes: String?
        let decision: String?
        /// The owner's username, the action and how many days from today it is due.
        let action: (owner: String, text: String, dueInDays: Int)?
    }

    static let meetings = [
        Meeting(
            daysFromToday: -400, items: ["Setting up the committee", "The AI use policy"],
            minutes: """
                Present for the union: Morgan Lee, Sam Okafor. For management: Casey Nguyen, Jordan Blake.
                The committee agreed its terms of reference and read the draft AI use policy together.
                """,
            decision: "The committee adopts its terms of reference and meets at least twice a year.", action: nil),
        Meeting(
            daysFromToday: -200, items: ["Pilot of the case note summarizer", "Training before tools are used"],
            minutes: """
                Present for the union: Morgan Lee, Sam Okafor. For management: Casey Nguyen, Jordan Blake.
                The pilot plan for the case note summarizer was discussed; the union asked that the survey go to \
                every participant, not a sample. Training for DraftMate is running behind in Local 402.
                """,
            decision: "The pilot survey goes to every participant.",
            action: (owner: "rep", text: "Collect members' questions about DraftMate for the training", dueInDays: 10)),
        Meeting(daysFromToday: 14, items: ["Open grievance about ShiftWise", "Committee review of ShiftWise"], minutes: nil,
                decision: nil, action: nil),
    ]
}

extension DemoOrganization {
    /// The demo's audit of DraftMate's approved use, two months ago, with a fairness finding to follow up.
    enum Audit {
        static let useTitle = "Draft routine letters"
        static let daysAgo = 60
        static let scope = "Letters drafted with DraftMate in Local 118 from June to September."
        static let evidence = "A sample of 120 letters and their final versions; the help desk's log of complaints; interviews with four clerks."
        static let findings: [(area: UseAudit.Area, severity: UseAudit.Severity, text: String, followUp: String?)] = [
            (.effectiveness, .none, "Clerks spend about a third less time on routine letters; every letter was reviewed before it went out.", nil),
            (.fairness, .low, "Letters in Spanish needed more corrections than letters in English.",
             "Ask the vendor how DraftMate was tested in Spanish, and add Spanish letters to the next sample"),
            (.risk, .none, "No member data was found in prompts in the sample.", nil),
        ]
        static let followUpOwner = "manager"
        /// An approved use whose bias audit falls due soon, so the committee's agenda shows an audit due.
        static let dueSoonUseTitle = "Answer residents' questions online"
        static let dueSoonInDays = 20
        static let followUpDueInDays = 20
    }
}

extension DemoOrganization {
    /// The demo's information request for its grievance: two items, the first answered in part.
    enum InformationRequest {
        static let title = "ShiftWise schedules and their review"
        static let askedDaysAgo = 10
        static let dueInDays = 4
        static let items = [
            (text: "Every rota ShiftWise proposed for Public Health since October, and the rota as posted.",
             relevance: "To compare what the tool proposed with what was posted, as the employer says a person reviewed each one.",
             answer: "The October rotas are attached; November's will follow." as String?),
            (text: "The scheduling office's log of changes made to proposed rotas.",
             relevance: "The employer's answer at step 1 rests on that review.", answer: nil),
        ]
    }
}
