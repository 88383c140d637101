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
