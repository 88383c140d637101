import Fluent
import StewardCore
import Vapor

/// The joint labor-management committee: its page, its meetings and their records.
enum CommitteeController {
    /// Every field the committee's forms post; each form posts its own few.
    struct Form: Content {
        var heldOn: String?
        var pending: [String]?
        var items: String?
        var minutes: String?
        var decision: String?
        var stepID: String?
        var action: String?
        var owner: String?
        var dueOn: String?

        var values: [String: String] {
            let pairs: [(String, String?)] = [
                ("heldOn", heldOn), ("items", items), ("minutes", minutes), ("decision", decision), ("stepID", stepID),
                ("action", action), ("owner", owner), ("dueOn", dueOn),
            ]
            return Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, $0) } })
        }
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        try await render(request)
    }

    @Sendable static func schedule(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        do {
            let meeting = try await request.authorizer.committee.schedule(
                heldOn: form.heldOn ?? "", pending: form.pending ?? [], extraItems: form.items ?? "")
            return request.redirect(to: Paths.committeeMeeting.href(try meeting.requireID().uuidString.lowercased()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, render(request, form: form, problems: error.problems))
        }
    }

    @Sendable static func meeting(_ request: Request) async throws -> View {
        try await renderMeeting(request, id: try request.uuid("meetingID", of: "meeting"))
    }

    @Sendable static func minutes(_ request: Request) async throws -> Response {
        try await act(request) { service, id, form in _ = try await service.writeMinutes(id, form.minutes ?? "") }
    }

    @Sendable static func decide(_ request: Request) async throws -> Response {
        try await act(request) { service, id, form in _ = try await service.decide(id, form.decision ?? "", step: form.stepID ?? "") }
    }

    @Sendable static func assign(_ request: Request) async throws -> Response {
        try await act(request) { service, id, form in
            _ = try await service.assign(id, form.action ?? "", owner: form.owner ?? "", dueOn: form.dueOn ?? "")
        }
    }

    @Sendable static func completeAction(_ request: Request) async throws -> Response {
        let action = try await request.authorizer.committee.complete(action: try request.uuid("actionID", of: "action item"))
        return request.redirect(to: Paths.committeeMeeting.href(action.$meeting.id.uuidString.lowercased()))
    }

    private static func act(
        _ request: Request, _ move: (CommitteeService, UUID, Form) async throws -> Void
    ) async throws -> Response {
        let id = try request.uuid("meetingID", of: "meeting")
        let form = try request.content.decode(Form.self)
        do {
            try await move(try request.authorizer.committee, id, form)
            return request.redirect(to: Paths.committeeMeeting.href(id.uuidString.lowercased()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, renderMeeting(request, id: id, values: form.values, problems: error.problems))
        }
    }

    private static func render(_ request: Request, form: Form = Form(), problems: [DomainError] = []) async throws -> View {
        let service = try request.authorizer.committee
        let mayKeep = service.mayKeepRecords()
        // Readers of the same access who keep the records alike, or not, see the page alike; a form shown again with
        // what its reader chose and its problems is theirs alone.
        let isBlank = problems.isEmpty && form.values.isEmpty && (form.pending ?? []).isEmpty
        let view = "\(request.actor.access) keeps records: \(mayKeep)"
        let content = try await request.part("committee/index", sharedBy: isBlank ? view : nil) { token in
            try await context(service, token: token, mayKeep: mayKeep, form: form, problems: problems)
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Joint committee", contentHTML: content))
    }

    private static func context(
        _ service: CommitteeService, token: FormToken, mayKeep: Bool, form: Form, problems: [DomainError]
    ) async throws -> CommitteeContext {
        let members = try await service.members()
        func list(_ side: TableSide?) -> [CommitteeContext.Member] {
            members.filter { $0.committeeSide == side }.map { .init(name: $0.displayName, role: $0.role.title) }
        }
        let union = list(.union)
        let management = list(.management)
        let parity = union.count == management.count
            ? "Both sides have \(union.count) \(union.count == 1 ? "member" : "members")."
            : "The sides are not equal: \(union.count) for the union, \(management.count) for management. Seed 003 asks for a joint committee with equal representation; record sides on the people's accounts."
        let today = service.authorizer.today
        let records = try await service.meetings()
        let meetings = try records.map { meeting in
            let held = LocalDay(meeting.heldOn).map { $0 <= today } ?? false
            let state = !held ? "Scheduled"
                : meeting.minutes == nil ? "Held; minutes not written yet" : "Held; \(DisplayFormat.count(meeting.decisions.count, "decision")), \(DisplayFormat.count(meeting.actions.count, "action item"))"
            return CommitteeContext.MeetingRow(
                href: Paths.committeeMeeting.href(try meeting.requireID().uuidString.lowercased()), heldOn: meeting.heldOn, state: state)
        }
        let chosen = Set(form.pending ?? [])
        return CommitteeContext(
            token: token, union: union, management: management,
            others: list(nil), parity: parity, shortfalls: service.cadence(of: records).shortfalls.map(\.sentence),
            meetings: meetings, scheduleAction: mayKeep ? Paths.committeeMeetings.href() : nil,
            pending: mayKeep ? try await service.pending().map { FormOption(value: $0.key, label: $0.title, isChecked: chosen.contains($0.key)) } : [],
            values: form.values, problems: problems.map(\.message), errors: FieldMessages(listing: problems))
    }

    static func renderMeeting(
        _ request: Request, id: UUID, values: [String: String] = [:], problems: [DomainError] = [],
        noteDraft: TextDraft = .empty
    ) async throws -> View {
        let authorizer = try request.authorizer
        let service = authorizer.committee
        let meeting = try await service.meeting(id)
        let mayKeep = service.mayKeepRecords()
        let isHeld = LocalDay(meeting.heldOn).map { $0 <= authorizer.today } ?? false
        let me = authorizer.actor.person?.id.uuid
        let openReviews = try await ReviewStepModel.query(on: request.db).filter(\.$kind == .committeeReview)
            .filter(\.$status == .open).with(\.$useCase) { $0.with(\.$tool) }.all()
        let members = try await service.members()
        let path = id.uuidString.lowercased()
        let context = MeetingContext(
            layout: LayoutContext(request: request, title: "Joint committee meeting of \(meeting.heldOn)"),
            heldOn: meeting.heldOn, isHeld: isHeld, committeeHref: Paths.committee.href(),
            items: meeting.items.sorted { $0.position < $1.position }.map { .init(title: $0.title, href: $0.href) },
            minutes: meeting.minutes, minutesBy: meeting.minutesBy,
            decisions: meeting.decisions.sorted { $0.createdAt < $1.createdAt }.map { decision in
                .init(
                    text: decision.text,
                    step: decision.step.map { _ in "Completed the committee review it concerned." },
                    recordedBy: decision.recordedBy)
            },
            actions: try meeting.actions.sorted { $0.dueOn < $1.dueOn }.map { action in
                let mayComplete = action.doneOn == nil && (mayKeep || action.$owner.id == me)
                return .init(
                    text: action.text, owner: action.owner.displayName, dueOn: action.dueOn, done: action.doneOn,
                    completeAction: mayComplete ? Paths.committeeActionCompletion.href(try action.requireID().uuidString.lowercased()) : nil)
            },
            minutesAction: mayKeep && isHeld ? Paths.committeeMinutes.href(path) : nil,
            decisionAction: mayKeep && isHeld ? Paths.committeeDecisions.href(path) : nil,
            actionAction: mayKeep ? Paths.committeeActions.href(path) : nil,
            steps: [FormOption(value: "", label: "No review step", isChecked: (values["stepID"] ?? "").isEmpty)]
                + (try openReviews.map { step in
                    let key = try step.requireID().uuidString.lowercased()
                    return FormOption(
                        value: key, label: "Committee review: \(step.useCase.tool.name), \(step.useCase.title)",
                        isChecked: values["stepID"] == key)
                }),
            owners: members.map { FormOption(value: $0.username, label: $0.displayName, isChecked: values["owner"] == $0.username) },
            values: values.merging(["minutes": meeting.minutes ?? ""]) { typed, _ in typed },
            problems: problems.map(\.message), errors: FieldMessages(problems),
            notes: request.actor.capabilities.canReadUnionPrivate
                ? NotesContext(
                    request: request, notes: try await authorizer.notes.notes(on: .committeeMeeting(CommitteeMeetingID(id))), action: Paths.committeeMeetingNotes.href(id.uuidString.lowercased()),
                    draft: noteDraft)
                : nil)
        return try await request.view.render("committee/meeting", context)
    }
}
