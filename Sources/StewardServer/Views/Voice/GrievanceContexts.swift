import StewardCore
import Vapor

/// Where a grievance stands in words: its step and deadline, held in abeyance, or how it ended.
struct GrievanceStanding {
    let summary: String
    let isLate: Bool

    init(_ grievance: GrievanceModel, clock: GrievanceClock?, today: LocalDay) {
        let step = grievance.steps.max { $0.position < $1.position }
        let kind = grievance.dayCount == .working ? "working days" : "calendar days"
        switch (grievance.outcome, clock?.deadline) {
        case (let outcome?, _):
            summary = "\(outcome.title) on \(grievance.closedOn ?? "")"
            isLate = false
        case (nil, .due(let day)?):
            let left = clock?.daysLeft(on: today) ?? 0
            let when = left < 0 ? "\(-left) \(kind) late" : left == 0 ? "due today" : "\(left) \(kind) left"
            summary = "\(step?.name ?? "Step") due \(day) (\(when))"
            isLate = left < 0
        case (nil, .paused(let since, let left)?):
            summary = "Held in abeyance since \(since); \(left) \(kind) of \(step?.name ?? "the step") left when it resumes"
            isLate = false
        case (nil, nil):
            summary = step?.name ?? ""
            isLate = false
        }
    }
}

/// One row of the list of grievances.
struct GrievanceRow: Encodable {
    let href: String
    let reference: String
    let title: String
    let unit: String
    let filedOn: String
    let standing: String
    let isLate: Bool

    init(_ grievance: GrievanceModel, clock: GrievanceClock?, today: LocalDay) throws {
        href = Paths.grievance.href(GrievanceID(try grievance.requireID()))
        reference = grievance.reference
        title = grievance.title
        unit = grievance.unit.name
        filedOn = grievance.filedOn
        let standing = GrievanceStanding(grievance, clock: clock, today: today)
        self.standing = standing.summary
        isLate = standing.isLate
    }
}

/// Every grievance with its clock, below the page's frame (`grievances/_content`): the same for readers of the same
/// access.
struct GrievanceListContext: Encodable {
    let grievances: [GrievanceRow]
    let newHref: String?
    /// The next, older page, if there is one.
    let nextHref: String?
}

/// The form to file a grievance, perhaps taking up a report.
struct GrievanceFormContext: Encodable {
    let layout: LayoutContext
    let action: String
    let values: [String: String]
    let units: [FormOption]
    let tools: [FormOption]
    let reportID: String
    let reportExcerpt: String?
    let problems: [String]
    let errors: FieldMessages
}

/// A grievance: what both sides were given, its steps, its time limits and the forms to move it on.
struct GrievanceContext: Encodable {
    struct Step: Encodable {
        let name: String
        let limit: String
        let startedOn: String
        let meetingOn: String
        let answer: String?
        let answered: String
    }

    struct Change: Encodable {
        let description: String
        let reason: String
        let proposed: String
        let agreed: String?
        let agreeAction: String?
        let resumeAction: String?
        let id: String
    }

    let layout: LayoutContext
    let reference: String
    let title: String
    let standing: String
    let isLate: Bool
    let isOpen: Bool
    let unit: String
    let contractHref: String
    let contractTitle: String
    let toolHref: String?
    let toolName: String?
    let useHref: String?
    let useTitle: String?
    let filed: String
    let statement: String
    let remedy: String
    let outcomeNote: String?
    let steps: [Step]
    let changes: [Change]
    let side: String?
    let meetingAction: String?
    let answerAction: String?
    let advanceAction: String?
    let nextStep: String?
    let proposeAction: String?
    let outcomeAction: String?
    let outcomes: [FormOption]
    let values: [String: String]
    let problems: [String]
    let errors: FieldMessages
    let notes: NotesContext?
}
