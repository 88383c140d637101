import StewardCore
import Vapor

/// The forms of the steps that keep a record of their own: a written determination, a privacy impact assessment,
/// and the bargaining table's sessions, proposals and outcome. A refused form shows the step's page again with its input and problems.
enum StepRecordsController {
    struct DeterminationForm: Content {
        var statements: [String]?
        var signerName: String?
        var signerTitle: String?
        var signedOn: String?
        var contractFile: String?

        var draft: DeterminationDraft {
            DeterminationDraft(
                statements: Set((statements ?? []).compactMap(DeterminationStatement.init(rawValue:))),
                signerName: signerName ?? "", signerTitle: signerTitle ?? "", signedOn: signedOn ?? "",
                contractFile: contractFile ?? "")
        }
    }

    @Sendable static func determine(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        let draft = try request.content.decode(DeterminationForm.self).draft
        do {
            _ = try await request.authorizer.determinations.determine(id, draft)
            return request.redirect(to: Paths.step.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(
                request, try await ReviewController.render(request, stepID: id, determinationDraft: draft, determinationProblems: error.problems))
        }
    }

    /// Reads the assessment's answers by question id from the form, with its conclusion and measures.
    @Sendable static func assessPrivacy(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        var answers: [PrivacyQuestion: String] = [:]
        for question in PrivacyQuestion.allCases {
            if let answer = try? request.content.get(String.self, at: question.rawValue) { answers[question] = answer }
        }
        let draft = PrivacyAssessmentDraft(
            answers: answers, conclusion: (try? request.content.get(String.self, at: "conclusion")) ?? "",
            measures: (try? request.content.get(String.self, at: "measures")) ?? "")
        do {
            _ = try await request.authorizer.privacyAssessments.assess(id, draft)
            return request.redirect(to: Paths.step.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(
                request, try await ReviewController.render(request, stepID: id, privacyDraft: draft, privacyProblems: error.problems))
        }
    }

    /// Records an audit from its form: three finding rows, one per area, and the officer's suspension.
    @Sendable static func recordAudit(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        func field(_ name: String) -> String { (try? request.content.get(String.self, at: name)) ?? "" }
        let draft = UseAudit.Draft(
            auditedOn: field("auditedOn"), scope: field("scope"), evidence: field("evidence"),
            findings: UseAudit.Area.allCases.indices.map { index in
                UseAudit.FindingDraft(
                    area: field("area\(index)"), text: field("text\(index)"), severity: field("severity\(index)"),
                    followUp: field("followUp\(index)"), owner: field("owner\(index)"), dueOn: field("dueOn\(index)"))
            })
        do {
            _ = try await request.authorizer.useAudits.record(id, draft, suspend: field("suspend") == "true")
            return request.redirect(to: Paths.step.href(id) + "#audits-heading")
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(
                request, try await ReviewController.render(request, stepID: id, auditDraft: draft, auditProblems: error.problems))
        }
    }

    /// Marks an audit finding's follow-up done and returns to its step.
    @Sendable static func finishFollowUp(_ request: Request) async throws -> Response {
        let finding = try await request.authorizer.useAudits.finish(followUp: try request.uuid("findingID", of: "finding"))
        return request.redirect(to: Paths.step.href(ReviewStepID(finding.audit.$step.id)) + "#audits-heading")
    }

    struct DocumentForm: Content {
        var file: File?
    }

    /// Attaches the uploaded file to the step; a refused one shows the step's page again with the problem.
    @Sendable static func attachDocument(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        let form = try request.content.decode(DocumentForm.self)
        do {
            _ = try await request.authorizer.stepDocuments.attach(
                to: id, filename: form.file?.filename ?? "", content: Data(form.file?.data.readableBytesView ?? ByteBuffer().readableBytesView))
            return request.redirect(to: Paths.step.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await ReviewController.render(request, stepID: id, documentProblems: error.problems))
        }
    }

    /// Sends a document as a download, never as a page of this site.
    @Sendable static func document(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("documentID").flatMap(UUID.init(uuidString:)) else {
            throw StewardError.notFound("no document with that id")
        }
        let document = try await request.authorizer.stepDocuments.document(id)
        let response = Response(status: .ok, body: .init(data: document.content))
        response.headers.replaceOrAdd(name: .contentType, value: document.contentType)
        let ascii = String(document.filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = document.filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    struct BargainingEntryForm: Content {
        var kind: String?
        var side: String?
        var heldOn: String?
        var text: String?
    }

    struct BargainingOutcomeForm: Content {
        var outcome: String?
        var terms: String?
    }

    @Sendable static func recordBargaining(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        let form = try request.content.decode(BargainingEntryForm.self)
        let draft = BargainingEntryDraft(kind: form.kind ?? "", side: form.side ?? "", heldOn: form.heldOn ?? "", text: form.text ?? "")
        do {
            _ = try await request.authorizer.bargaining.addEntry(id, draft)
            return request.redirect(to: Paths.step.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(
                request, try await ReviewController.render(request, stepID: id, bargainingDraft: draft, bargainingProblems: error.problems))
        }
    }

    @Sendable static func concludeBargaining(_ request: Request) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        let form = try request.content.decode(BargainingOutcomeForm.self)
        do {
            _ = try await request.authorizer.bargaining.conclude(id, outcome: form.outcome ?? "", terms: form.terms ?? "")
            return request.redirect(to: Paths.step.href(id))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await ReviewController.render(request, stepID: id, outcomeProblems: error.problems))
        }
    }

    struct TeamForm: Content {
        var members: String?
        var vote: String?
        var comment: String?
    }

    @Sendable static func seatTeam(_ request: Request) async throws -> Response {
        let form = try request.content.decode(TeamForm.self)
        let draft = ReviewTeamDraft(members: form.members ?? "")
        return try await team(request, draft: draft) { teams, id in _ = try await teams.seat(id, draft) }
    }

    @Sendable static func vote(_ request: Request) async throws -> Response {
        let form = try request.content.decode(TeamForm.self)
        return try await team(request) { teams, id in _ = try await teams.vote(id, form.vote ?? "", comment: form.comment ?? "") }
    }

    @Sendable static func closeVote(_ request: Request) async throws -> Response {
        try await team(request) { teams, id in _ = try await teams.close(id) }
    }

    /// Runs a review-team form's action; a refusal shows the step's page again with its problems.
    private static func team(
        _ request: Request, draft: ReviewTeamDraft? = nil, _ action: (ReviewTeamService, ReviewStepID) async throws -> Void
    ) async throws -> Response {
        let id: ReviewStepID = try request.id("stepID")
        do {
            try await action(try request.authorizer.reviewTeams, id)
            return request.redirect(to: Paths.step.href(id))
        } catch let error as StewardError where [.unprocessableEntity, .conflict].contains(error.status) {
            let problems = error.problems.isEmpty
                ? [DomainError(code: .invalidField, field: "state", message: error.reason)] : error.problems
            let response = try await ReviewController.render(request, stepID: id, teamDraft: draft, teamProblems: problems)
                .encodeResponse(for: request)
            response.status = error.status
            return response
        }
    }
}
