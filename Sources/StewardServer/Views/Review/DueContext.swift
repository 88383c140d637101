import StewardCore
import Vapor

/// "What's due": the viewer's open steps, soonest due first, overdue ones marked; their action items, plans and
/// follow-ups; the deadlines of their side; their calendar feed.
struct DueContext: Encodable {
    let layout: LayoutContext
    /// The open steps as drawn (``DueStepsContext``): the same for readers of the same access unless a step names
    /// the reader.
    let stepsHTML: String
    /// The committee's shortfalls and the grievances' deadlines as drawn (``DueDeadlinesContext``).
    let deadlinesHTML: String
    /// The viewer's open action items from joint committee meetings.
    let actions: [DueItem]
    /// The viewer's open follow-ups of audit findings.
    let followUps: [DueItem]
    /// The viewer's open plans for exposed job classifications.
    let plans: [DueItem]
    /// The secret address of the viewer's calendar feed, and the form that replaces it.
    let calendarFeedURL: String
    let replaceAction: String

    init(
        request: Request, stepsHTML: String, deadlinesHTML: String, actions: [DueItem], followUps: [DueItem],
        plans: [DueItem], calendarFeedURL: String
    ) {
        layout = LayoutContext(request: request, title: "What's due")
        self.stepsHTML = stepsHTML
        self.deadlinesHTML = deadlinesHTML
        self.actions = actions
        self.followUps = followUps
        self.plans = plans
        self.calendarFeedURL = calendarFeedURL
        replaceAction = Paths.replaceCalendarFeed.href()
    }
}

/// A page of the viewer's open steps on "What's due" (`due/_steps`).
struct DueStepsContext: Encodable {
    struct Row: Encodable {
        let title: String
        let href: String
        let useCase: String
        let useCaseHref: String
        let due: String
        let isOverdue: Bool
    }

    let rows: [Row]
    let nextHref: String?

    init(page: Page<ReviewStepModel>, useCases: [UUID: String], now: Date, nextHref: String?) throws {
        rows = try page.items.map { model in
            let step = try model.domain()
            return Row(
                title: step.kind.title, href: Paths.step.href(step.id), useCase: useCases[step.useCaseID.uuid] ?? "",
                useCaseHref: Paths.useCase.href(step.useCaseID),
                due: step.due.map(DisplayFormat.date) ?? "no due date", isOverdue: step.isOverdue(at: now))
        }
        self.nextHref = nextHref
    }
}

/// What is due for the viewer's side on "What's due" (`due/_deadlines`): the years the joint committee met too
/// seldom, for those who keep its records, and the open grievances with their next deadline, for the two sides that
/// act on them.
struct DueDeadlinesContext: Encodable {
    let shortfalls: [String]
    let grievances: [GrievanceRow]?
}

/// Something the viewer was given to do by a day: an action item of the joint committee, an audit's follow-up.
struct DueItem: Encodable {
    let text: String
    let href: String
    let dueOn: String
    let isOverdue: Bool

    /// One of the reader's own items, as of `today`.
    init(_ item: OwnWorkService.Item, today: LocalDay) {
        let subject = item.subjectID.uuidString.lowercased()
        switch item.kind {
        case .action:
            text = item.text
            href = Paths.committeeMeeting.href(subject)
        case .followUp:
            text = item.text
            href = Paths.step.href(ReviewStepID(item.subjectID)) + "#audits-heading"
        case .plan:
            text = item.plan.map { "\($0.kind.title) for \($0.classification): \(item.text)" } ?? item.text
            href = Paths.exposureClassification.href(subject) + "#plans-heading"
        }
        dueOn = item.dueOn ?? ""
        isOverdue = item.dueOn.flatMap(LocalDay.init).map { $0 < today } ?? false
    }
}
