import Fluent
import StewardCore
import Vapor

/// The union's requests to the employer for information: the list, asking, and each request's page.
enum InformationRequestsController {
    /// How many item rows the form offers.
    static let rows = 5

    @Sendable static func index(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        // The requests and the link to make one depend on the reader's access alone.
        let content = try await request.sharedPart("information-requests/_content", seenAs: request.actor.access) {
            InformationRequestListContext(
                requests: try await authorizer.informationRequests.requests().map {
                    try InformationRequestRow($0, today: authorizer.today)
                },
                newHref: request.actor.capabilities.canFileGrievances ? Paths.newInformationRequest.href() : nil)
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Information requests", contentHTML: content))
    }

    @Sendable static func new(_ request: Request) async throws -> View {
        try await renderForm(request, values: ["days": "14"], problems: [])
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let values = try fields(request, ["title", "unitID", "grievanceID", "days"]
            + (0..<rows).flatMap { ["text\($0)", "relevance\($0)"] })
        let draft = InformationRequestDraft(
            title: values["title"] ?? "",
            items: (0..<rows).map { .init(text: values["text\($0)"] ?? "", relevance: values["relevance\($0)"] ?? "") },
            days: values["days"] ?? "")
        do {
            let made = try await request.authorizer.informationRequests.ask(
                draft, unit: values["unitID"] ?? "", grievance: values["grievanceID"] ?? "")
            return request.redirect(to: Paths.informationRequest.href(try made.requireID().uuidString.lowercased()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, renderForm(request, values: values, problems: error.problems))
        }
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        try await render(request, id: try request.uuid("requestID", of: "information request"))
    }

    @Sendable static func answer(_ request: Request) async throws -> Response {
        let itemID = try request.uuid("itemID", of: "item")
        return try await act(request, ["answer"]) { service, id, values in
            _ = try await service.answer(id, item: itemID, text: values["answer"] ?? "")
        }
    }

    @Sendable static func followUp(_ request: Request) async throws -> Response {
        try await act(request, ["followUp", "days"]) { service, id, values in
            _ = try await service.followUp(id, text: values["followUp"] ?? "", days: values["days"] ?? "")
        }
    }

    @Sendable static func close(_ request: Request) async throws -> Response {
        try await act(request, []) { service, id, _ in _ = try await service.close(id) }
    }

    private static func fields(_ request: Request, _ names: [String]) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: names.compactMap { name in
            (try? request.content.get(String.self, at: name)).map { (name, $0) }
        })
    }

    private static func act(
        _ request: Request, _ names: [String], _ move: (InformationRequestService, UUID, [String: String]) async throws -> Void
    ) async throws -> Response {
        let id = try request.uuid("requestID", of: "information request")
        let values = try fields(request, names)
        do {
            try await move(try request.authorizer.informationRequests, id, values)
            return request.redirect(to: Paths.informationRequest.href(id.uuidString.lowercased()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, render(request, id: id, values: values, problems: error.problems))
        }
    }

    static func render(
        _ request: Request, id: UUID, values: [String: String] = [:], problems: [DomainError] = [],
        noteDraft: TextDraft = .empty
    ) async throws -> View {
        let authorizer = try request.authorizer
        let made = try await authorizer.informationRequests.request(id)
        let isOpen = made.closedOn == nil
        let capabilities = request.actor.capabilities
        let path = id.uuidString.lowercased()
        let context = InformationRequestContext(
            layout: LayoutContext(request: request, title: "\(made.reference): \(made.title)"),
            row: try InformationRequestRow(made, today: authorizer.today),
            asked: "Asked by \(made.askedBy) on \(made.askedOn) for \(made.unit.name)",
            grievanceHref: made.$grievance.id.map { Paths.grievance.href(GrievanceID($0)) }, grievance: made.grievance?.reference,
            items: try made.items.sorted { $0.position < $1.position }.map { item in
                .init(
                    number: item.position + 1, text: item.text, relevance: item.relevance, answer: item.answer,
                    answered: item.answeredOn.map { "Answered on \($0) by \(item.answeredBy ?? "")" },
                    answerAction: isOpen && capabilities.canAnswerGrievances
                        ? Paths.informationRequestAnswer.href(path, try item.requireID().uuidString.lowercased()) : nil)
            },
            followUps: made.followUps.sorted { $0.createdAt < $1.createdAt }.map {
                .init(text: $0.text, sent: "Sent by \($0.sentBy) on \($0.sentOn); due \($0.dueOn)")
            },
            followUpAction: isOpen && capabilities.canFileGrievances ? Paths.informationRequestFollowUps.href(path) : nil,
            closeAction: isOpen && capabilities.canFileGrievances ? Paths.informationRequestClosure.href(path) : nil,
            values: values, problems: problems.map(\.message), errors: FieldMessages(problems),
            notes: capabilities.canReadUnionPrivate
                ? NotesContext(
                    request: request, notes: try await authorizer.notes.notes(on: .informationRequest(InformationRequestID(id))),
                    action: Paths.informationRequestNotes.href(path), draft: noteDraft)
                : nil)
        return try await request.view.render("information-requests/show", context)
    }

    private static func renderForm(_ request: Request, values: [String: String], problems: [DomainError]) async throws -> View {
        let authorizer = try request.authorizer
        try await authorizer.require(.fileGrievance, in: .organization, on: "information requests")
        let units = try await BargainingUnitModel.query(on: request.db).sort(\.$name).all()
        let grievances = try await authorizer.grievances.grievances()
        let errors = FieldMessages(problems)
        let context = InformationRequestFormContext(
            layout: LayoutContext(request: request, title: "Ask the employer for information"),
            action: Paths.informationRequests.href(), title: values["title"] ?? "", days: values["days"] ?? "",
            units: try units.map { unit in
                let key = try unit.requireID().uuidString.lowercased()
                return FormOption(value: key, label: "\(unit.name) (\(unit.local))", isChecked: values["unitID"] == key)
            },
            grievances: [FormOption(value: "", label: "No grievance", isChecked: (values["grievanceID"] ?? "").isEmpty)]
                + (try grievances.map { grievance in
                    let key = try grievance.requireID().uuidString.lowercased()
                    return FormOption(value: key, label: "\(grievance.reference) \(grievance.title)", isChecked: values["grievanceID"] == key)
                }),
            rows: (0..<rows).map { index in
                .init(
                    index: index, number: index + 1, text: values["text\(index)"] ?? "", relevance: values["relevance\(index)"] ?? "",
                    error: errors.messages["items[\(index)].text"] ?? errors.messages["items[\(index)].relevance"])
            },
            problems: problems.map(\.message), errors: errors)
        return try await request.view.render("information-requests/form", context)
    }
}
