import StewardCore
import Vapor

/// One review step's page: what it is for, whose it is, when it is due, its record, and the form to complete or
/// waive it for the people who may.
struct StepContext: Encodable {
    struct ActForm: Encodable {
        let action: String
        let csrfField: String
        let csrfToken: String
        let record: String
        let canWaive: Bool
        /// A pilot or a written determination is completed by its own record, not by this form.
        let canComplete: Bool
        let errors: FieldMessages
    }

    let layout: LayoutContext
    let title: String
    let useCaseTitle: String
    let useCaseHref: String
    let status: String
    let statusClass: String
    let owner: String
    let due: String
    let isOverdue: Bool
    let gate: String
    let record: String
    let completedBy: String
    let form: ActForm?
    /// For a notice to the union, the notice written from the records.
    let notice: UnionNoticeContext?
    /// For a pilot, its plan, metrics, survey and joint evaluation.
    let pilot: PilotPanelContext?
    /// For a written determination, its statements and signer, or the form that makes it.
    let determination: DeterminationPanelContext?
    /// A document attached to the step, with its link.
    struct Document: Encodable {
        let name: String
        let href: String
        let size: String
        let uploaded: String
    }

    let documents: [Document]
    /// Where a document is attached, for those who may complete the step.
    let documentAction: String?
    let documentProblems: [String]
    /// For a privacy impact assessment, its questionnaire.
    let privacy: PrivacyPanelContext?
    /// For an audit or bias-audit step, its audits and the form for the next.
    let audit: AuditPanelContext?
    /// For decisional bargaining, the sessions, proposals and outcome.
    let bargaining: BargainingPanelContext?
    /// For a committee review, its team, votes and quorum.
    let team: ReviewTeamPanelContext?
    /// For training, the tool's courses and who completed them.
    let trainingHref: String?
    /// The union's answer to a notice, and the form a union representative gives it with.
    let answer: String
    let answerAction: String?
    let csrfField: String
    let csrfToken: String
    /// The union's private notes on the step, such as its preparation for bargaining; for representatives only.
    let notes: NotesContext?

    init(
        request: Request, step: ReviewStepModel, useCase: UseCaseModel, now: Date, mayComplete: Bool, mayWaive: Bool,
        draft: TextDraft = .empty, notes: NotesContext? = nil, notice: UnionNoticeContext? = nil,
        pilot: PilotPanelContext? = nil, determination: DeterminationPanelContext? = nil,
        bargaining: BargainingPanelContext? = nil, team: ReviewTeamPanelContext? = nil,
        privacy: PrivacyPanelContext? = nil, audit: AuditPanelContext? = nil, documents: [StepDocumentModel] = [], mayAttach: Bool = false,
        documentProblems: [DomainError] = []
    ) throws {
        self.documentProblems = documentProblems.map(\.message)
        self.privacy = privacy
        self.audit = audit
        self.documents = try documents.map { document in
            Document(
                name: document.filename, href: Paths.document.href(try document.requireID().uuidString.lowercased()),
                size: document.size < 1024 ? "\(document.size) bytes" : "\((document.size + 1023) / 1024) KB",
                uploaded: "\(document.uploadedBy), \(DisplayFormat.dateTime(document.uploadedAt))")
        }
        documentAction = mayAttach ? Paths.stepDocuments.href(ReviewStepID(try step.requireID())) : nil
        self.bargaining = bargaining
        self.team = team
        self.pilot = pilot
        self.determination = determination
        self.notes = notes
        self.notice = notice
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
        answer = step.answer.map { answer in
            "\(answer.title), by \(step.answeredBy ?? "") on \(step.answeredAt.map(DisplayFormat.date) ?? "")"
        } ?? ""
        answerAction = notice != nil && request.actor.capabilities.canAnswerNotices
            ? Paths.stepAnswer.href(ReviewStepID(try step.requireID())) : nil
        let domain = try step.domain()
        trainingHref = [.training, .supervisorTraining].contains(domain.kind)
            ? Paths.toolTraining.href(useCase.$tool.id) : nil
        layout = LayoutContext(request: request, title: domain.kind.title)
        title = domain.kind.title
        useCaseTitle = useCase.title
        useCaseHref = Paths.useCase.href(try useCase.requireID())
        status = domain.status.rawValue
        statusClass = domain.status.rawValue
        owner = domain.ownerRole.title
        due = domain.due.map(DisplayFormat.date) ?? "no due date"
        isOverdue = domain.isOverdue(at: now)
        gate = switch domain.gate {
        case .beforeApproval: "Must be done before the use can be approved."
        case .approval: "Given by the AI officer's approval of the use."
        case .perPerson: "Each person completes it before using the tool."
        case .scheduled: "Scheduled from the approval."
        }
        record = step.record
        completedBy = step.completedBy.map { by in
            "\(by), \(step.completedAt.map(DisplayFormat.dateTime) ?? "")"
        } ?? ""
        form = domain.status.isOpen && domain.gate != .approval && useCase.reviewStatus.isOpen && mayComplete
            ? ActForm(
                action: Paths.step.href(domain.id), csrfField: CSRFMiddleware.field,
                csrfToken: CSRFMiddleware.token(for: request), record: draft.text, canWaive: mayWaive,
                canComplete: !StepTemplate.isCompletedByItsRecord(domain.kind),
                errors: FieldMessages(draft.problems))
            : nil
    }
}
