import StewardCore
import Vapor

/// "What's due": the viewer's open steps, soonest due first, overdue ones marked.
struct DueContext: Encodable {
    struct Row: Encodable {
        let title: String
        let href: String
        let useCase: String
        let useCaseHref: String
        let due: String
        let isOverdue: Bool
    }

    let layout: LayoutContext
    let rows: [Row]
    let nextHref: String?
    /// The open grievances with their next deadline, for the two sides that act on them.
    let grievances: [GrievanceRow]?
    /// The viewer's open action items from joint committee meetings, and, for those who keep the committee's
    /// records, the years it met too seldom.
    let committee: CommitteeDue
    /// The viewer's open follow-ups of audit findings.
    let followUps: [DueItem]
    /// The viewer's open plans for exposed job classifications.
    let plans: [DueItem]
    /// The secret address of the viewer's calendar feed, and the form that replaces it.
    let calendarFeedURL: String
    let replaceAction: String
    let csrfField: String
    let csrfToken: String

    init(
        request: Request, page: Page<ReviewStepModel>, useCases: [UUID: String], paging: PageRequest, now: Date,
        calendarFeedURL: String, grievances: [GrievanceRow]?, committee: CommitteeDue, followUps: [DueItem],
        plans: [DueItem]
    ) throws {
        self.followUps = followUps
        self.plans = plans
        self.grievances = grievances
        self.committee = committee
        layout = LayoutContext(request: request, title: "What's due")
        self.calendarFeedURL = calendarFeedURL
        replaceAction = Paths.replaceCalendarFeed.href()
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
        rows = try page.items.map { model in
            let step = try model.domain()
            return Row(
                title: step.kind.title, href: Paths.step.href(step.id), useCase: useCases[step.useCaseID.uuid] ?? "",
                useCaseHref: Paths.useCase.href(step.useCaseID),
                due: step.due.map(DisplayFormat.date) ?? "no due date", isOverdue: step.isOverdue(at: now))
        }
        nextHref = page.nextHref(from: request.url, limit: paging.limit)
    }
}

/// Something the viewer was given to do by a day: an action item of the joint committee, an audit's follow-up.
struct DueItem: Encodable {
    let text: String
    let href: String
    let dueOn: String
    let isOverdue: Bool
}

/// What the joint committee asks of the viewer on "What's due".
struct CommitteeDue: Encodable {
    let actions: [DueItem]
    let shortfalls: [String]
}
