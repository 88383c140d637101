import StewardCore
import Vapor

/// Union representatives' private notes on tools, use cases, review steps, grievances, committee meetings and
/// information requests.
enum NotesController {
    struct Form: Content {
        var body: String?
    }

    @Sendable static func addToTool(_ request: Request) async throws -> Response {
        let id: AIToolID = try request.id("toolID")
        return try await add(request, on: .tool(id), returnTo: Paths.tool.href(id))
    }

    @Sendable static func addToUseCase(_ request: Request) async throws -> Response {
        let id: UseCaseID = try request.id("useCaseID")
        return try await add(request, on: .useCase(id), returnTo: Paths.useCase.href(id))
    }

    @Sendable static func addToStep(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        return try await add(request, on: .reviewStep(id), returnTo: Paths.step.href(id))
    }

    @Sendable static func addToGrievance(_ request: Request) async throws -> Response {
        let id: GrievanceID = try request.id("grievanceID")
        return try await add(request, on: .grievance(id), returnTo: Paths.grievance.href(id))
    }

    @Sendable static func addToMeeting(_ request: Request) async throws -> Response {
        let id = CommitteeMeetingID(try request.uuid("meetingID", of: "meeting"))
        return try await add(request, on: .committeeMeeting(id), returnTo: Paths.committeeMeeting.href(id))
    }

    @Sendable static func addToInformationRequest(_ request: Request) async throws -> Response {
        let id = InformationRequestID(try request.uuid("requestID", of: "information request"))
        return try await add(request, on: .informationRequest(id), returnTo: Paths.informationRequest.href(id))
    }

    private static func add(_ request: Request, on subject: Note.Subject, returnTo: String) async throws -> Response {
        let form = try request.content.decode(Form.self)
        do {
            _ = try await request.authorizer.notes.add(form.body ?? "", on: subject)
            return request.redirect(to: returnTo + "#notes-heading")
        } catch let error as StewardError where error.status == .unprocessableEntity {
            // The refused note is shown again, so nothing the representative wrote is lost.
            let draft = TextDraft(text: form.body ?? "", problems: error.problems)
            switch subject {
            case .tool(let id):
                return try await rerender(request, ToolsController.render(request, toolID: id, noteDraft: draft))
            case .useCase(let id):
                return try await rerender(request, UseCasesController.render(request, useCaseID: id, noteDraft: draft))
            case .reviewStep(let id):
                return try await rerender(request, ReviewController.render(request, stepID: id, noteDraft: draft))
            case .grievance(let id):
                return try await rerender(request, GrievancesController.render(request, id: id, noteDraft: draft))
            case .committeeMeeting(let id):
                return try await rerender(request, CommitteeController.renderMeeting(request, id: id.uuid, noteDraft: draft))
            case .informationRequest(let id):
                return try await rerender(request, InformationRequestsController.render(request, id: id.uuid, noteDraft: draft))
            }
        }
    }
}
