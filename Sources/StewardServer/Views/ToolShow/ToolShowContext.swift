import StewardCore
import Vapor

/// One tool: its details, lifecycle history, use cases and, for union representatives, the union's notes.
struct ToolShowContext: Encodable {
    struct Transition: Encodable {
        let from: String
        let to: String
        let reason: String
        let actor: String
        let date: String
    }

    struct UseRow: Encodable {
        let href: String
        let title: String
        let purposes: String
        let tier: String
        /// What the adopted policies decide about the use.
        let outcome: String
        let outcomeClass: String
    }

    let layout: LayoutContext
    let name: String
    let vendor: String
    let version: String
    let status: String
    let statusClass: String
    let conditions: String
    let categories: String
    let hosting: String
    let vendorTrainsOnInputs: String
    let hipaaBAA: String
    let contact: String
    let description: String
    let transitions: [Transition]
    let uses: [UseRow]
    let editHref: String?
    let newUseCaseHref: String?
    let trainingHref: String
    /// Where anyone may report a problem with the tool.
    let reportHref: String?
    let move: MoveFormContext?
    let notes: NotesContext?
    let gateway: GatewayPanelContext

    init(
        request: Request, tool: AITool, transitions: [ToolTransitionModel], uses: [UseCase], notes: [Note],
        policy: PolicyService, gateway: GatewayPanelContext, moveDraft: MoveDraft = .empty, noteDraft: TextDraft = .empty
    ) {
        self.gateway = gateway
        let capabilities = request.actor.capabilities
        layout = LayoutContext(request: request, title: tool.name)
        name = tool.name
        vendor = tool.vendor
        version = tool.version
        status = tool.status.title
        statusClass = tool.status.rawValue
        conditions = tool.conditions
        categories = tool.categories.map(\.label).sorted().joined(separator: ", ")
        hosting = tool.hosting.label
        vendorTrainsOnInputs = tool.vendorTrainsOnInputs ? "Yes" : "No"
        hipaaBAA = tool.hipaaBAA ? "Yes" : "No"
        contact = tool.contact
        description = tool.description
        self.transitions = transitions.map { move in
            Transition(
                from: move.fromStatus.title, to: move.toStatus.title, reason: move.reason, actor: move.actorName,
                date: DisplayFormat.dateTime(move.occurredAt))
        }
        self.uses = uses.map { use in
            let outcome = policy.decide(use, of: tool).outcome
            return UseRow(
                href: Paths.useCase.href(use.id), title: use.title,
                purposes: use.purposes.map(\.label).sorted().joined(separator: ", "), tier: use.tier.label,
                outcome: outcome.rawValue.capitalized, outcomeClass: outcome.rawValue)
        }
        editHref = capabilities.canEditTools ? Paths.editTool.href(tool.id) : nil
        newUseCaseHref = capabilities.canProposeTools ? Paths.newUseCase.href(tool.id) : nil
        trainingHref = Paths.toolTraining.href(tool.id)
        reportHref = capabilities.canReportConcerns ? Paths.newToolReport.href(tool.id) : nil
        move = capabilities.canMoveLifecycle && !tool.status.directMoves.isEmpty
            ? MoveFormContext(request: request, tool: tool, draft: moveDraft) : nil
        self.notes = capabilities.canReadUnionPrivate
            ? NotesContext(request: request, notes: notes, action: Paths.toolNotes.href(tool.id), draft: noteDraft)
            : nil
    }
}

/// The AI officer's form to move a tool along its lifecycle.
struct MoveFormContext: Encodable {
    let action: String
    let csrfField: String
    let csrfToken: String
    let targets: [FormOption]
    let reason: String
    let conditions: String
    /// Every problem, listed above the form so that none is missed.
    let problems: [String]
    let errors: FieldMessages

    init(request: Request, tool: AITool, draft: MoveDraft) {
        action = Paths.toolTransitions.href(tool.id)
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
        targets = tool.status.directMoves.map {
            FormOption(value: $0.rawValue, label: $0.title, isChecked: $0.rawValue == draft.to)
        }
        reason = draft.reason
        conditions = draft.conditions
        problems = draft.problems.map(\.message)
        errors = FieldMessages(draft.problems)
    }
}

/// A lifecycle move as the officer typed it, kept with its problems when it was refused.
struct MoveDraft {
    let to: String
    let reason: String
    let conditions: String
    let problems: [DomainError]

    static let empty = MoveDraft(to: "", reason: "", conditions: "", problems: [])
}

/// The union's private notes on a record and, for those who may write them, the form to add one.
struct NotesContext: Encodable {
    struct Item: Encodable {
        let author: String
        let date: String
        let body: String
    }

    let items: [Item]
    let action: String?
    let csrfField: String
    let csrfToken: String

    let draft: String
    let errors: FieldMessages

    init(request: Request, notes: [Note], action: String, draft: TextDraft) {
        self.draft = draft.text
        errors = FieldMessages(draft.problems)
        items = notes.map { Item(author: $0.authorName, date: DisplayFormat.dateTime($0.createdAt), body: $0.body) }
        self.action = request.actor.capabilities.canWriteNotes ? action : nil
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
    }
}
