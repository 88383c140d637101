import StewardCore
import Vapor

/// A use's review on its page: where it stands, its steps with owner, due date and status, and for the AI officer
/// the approval form, with the open steps listed when an approval was refused.
struct ReviewPanelContext: Encodable {
    struct Row: Encodable {
        let title: String
        let href: String
        let owner: String
        let due: String
        let status: String
        let statusClass: String
        let isOverdue: Bool
    }

    struct ApprovalForm: Encodable {
        let action: String
        let csrfField: String
        let csrfToken: String
        let conditions: String
        /// The steps that stood in the way of a refused approval.
        let problems: [String]
    }

    let status: String
    let statusClass: String
    let conditions: String
    let rows: [Row]
    let approval: ApprovalForm?
    /// The officer's form to deny the use instead, with a reason.
    let denialAction: String?
    let denialReason: String
    let denialProblem: String?

    init(
        request: Request, useCase: UseCaseModel, steps: [ReviewStep], now: Date, refusal: ApprovalDraft?,
        denial: TextDraft = .empty
    ) throws {
        status = useCase.reviewStatus.title
        statusClass = useCase.reviewStatus.rawValue
        conditions = useCase.conditions
        rows = steps.map { step in
            Row(
                title: step.kind.title, href: Paths.step.href(step.id), owner: step.ownerRole.title,
                due: step.due.map(DisplayFormat.date) ?? "—", status: step.status.rawValue,
                statusClass: step.status.rawValue, isOverdue: step.isOverdue(at: now))
        }
        approval = request.actor.capabilities.canApproveUses && useCase.reviewStatus.isOpen
            ? ApprovalForm(
                action: Paths.useCaseApproval.href(try useCase.requireID()), csrfField: CSRFMiddleware.field,
                csrfToken: CSRFMiddleware.token(for: request), conditions: refusal?.conditions ?? "",
                problems: refusal?.problems.map(\.message) ?? [])
            : nil
        denialAction = approval == nil ? nil : Paths.useCaseDenial.href(try useCase.requireID())
        denialReason = denial.text
        denialProblem = denial.problems.first?.message
    }
}

/// An approval the officer asked for and was refused, kept to show again with what stood in the way.
struct ApprovalDraft {
    let conditions: String
    let problems: [DomainError]
}
