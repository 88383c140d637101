import Foundation
import StewardAPI
import StewardCore

extension APIHandler {
    func listReports(_ input: Operations.ListReports.Input) async throws -> Operations.ListReports.Output {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.reports.reports(paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map { try .init($0) })))
    }

    func createReport(_ input: Operations.CreateReport.Input) async throws -> Operations.CreateReport.Output {
        let draft = switch input.body { case .json(let body): body }
        let authorizer = try authorizer
        let toolID: AIToolID = try id(draft.toolID, of: "tool")
        let useCaseID = try draft.useCaseID.map { text -> UseCaseID in
            guard let id = UseCaseID(text) else {
                throw StewardError.invalid([DomainError(code: .invalidField, field: "useCaseID", message: "`\(text.prefix(40))` is not a use's id")])
            }
            return id
        }
        let report = try await authorizer.reports.submit(
            tool: toolID, useCase: useCaseID, body: draft.body, anonymous: draft.anonymous ?? false)
        let tool = try await authorizer.tools.tool(toolID)
        if !(draft.anonymous ?? false) { _ = try await report.$reporter.get(on: authorizer.database) }
        return .created(.init(body: .json(try .init(report, toolName: tool.name))))
    }

    func getReport(_ input: Operations.GetReport.Input) async throws -> Operations.GetReport.Output {
        .ok(.init(body: .json(try .init(try await authorizer.reports.report(try id(input.path.reportID, of: "report"))))))
    }

    func closeReport(_ input: Operations.CloseReport.Input) async throws -> Operations.CloseReport.Output {
        let body = switch input.body { case .json(let body): body }
        let service = try authorizer.reports
        let id: ConcernReportID = try id(input.path.reportID, of: "report")
        _ = try await service.close(id, note: body.note)
        return .ok(.init(body: .json(try .init(try await service.report(id)))))
    }

    func listGrievances(_ input: Operations.ListGrievances.Input) async throws -> Operations.ListGrievances.Output {
        let authorizer = try authorizer
        let service = authorizer.grievances
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await service.grievances(paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map {
            try .init($0, clock: try service.clock(of: $0), today: authorizer.today)
        })))
    }

    func fileGrievance(_ input: Operations.FileGrievance.Input) async throws -> Operations.FileGrievance.Output {
        let draft = switch input.body { case .json(let body): body }
        let grievance = try await authorizer.grievances.file(
            GrievanceDraft(title: draft.title, statement: draft.statement, remedy: draft.remedy, filedOn: draft.filedOn ?? ""),
            unit: draft.unitID, tool: draft.toolID ?? "", useCase: draft.useCaseID ?? "",
            report: try draft.reportID.map { try id($0, of: "report") })
        return .created(.init(body: .json(try await shown(grievance))))
    }

    func getGrievance(_ input: Operations.GetGrievance.Input) async throws -> Operations.GetGrievance.Output {
        .ok(.init(body: .json(try await shown(try await authorizer.grievances.grievance(try id(input.path.grievanceID, of: "grievance"))))))
    }

    func recordGrievanceMeeting(_ input: Operations.RecordGrievanceMeeting.Input) async throws
        -> Operations.RecordGrievanceMeeting.Output
    {
        let body = switch input.body { case .json(let body): body }
        let moved = try await authorizer.grievances.recordMeeting(try id(input.path.grievanceID, of: "grievance"), on: body.meetingOn ?? "")
        return .ok(.init(body: .json(try await shown(moved))))
    }

    func answerGrievance(_ input: Operations.AnswerGrievance.Input) async throws -> Operations.AnswerGrievance.Output {
        let body = switch input.body { case .json(let body): body }
        let moved = try await authorizer.grievances.answer(
            try id(input.path.grievanceID, of: "grievance"), text: body.answer, on: body.answeredOn ?? "")
        return .ok(.init(body: .json(try await shown(moved))))
    }

    func advanceGrievance(_ input: Operations.AdvanceGrievance.Input) async throws -> Operations.AdvanceGrievance.Output {
        .ok(.init(body: .json(try await shown(try await authorizer.grievances.advance(try id(input.path.grievanceID, of: "grievance"))))))
    }

    func proposeTimeAgreement(_ input: Operations.ProposeTimeAgreement.Input) async throws
        -> Operations.ProposeTimeAgreement.Output
    {
        let body = switch input.body { case .json(let body): body }
        let draft = TimeAgreement.Draft(
            kind: body.kind.rawValue, days: body.days.map(String.init) ?? "", from: body.from ?? "", until: body.until ?? "",
            reason: body.reason)
        let moved = try await authorizer.grievances.propose(try id(input.path.grievanceID, of: "grievance"), draft)
        return .ok(.init(body: .json(try await shown(moved))))
    }

    func agreeToTimeAgreement(_ input: Operations.AgreeToTimeAgreement.Input) async throws
        -> Operations.AgreeToTimeAgreement.Output
    {
        let moved = try await authorizer.grievances.agree(
            try id(input.path.grievanceID, of: "grievance"), to: try uuid(input.path.agreementID, of: "proposed change of time limits"))
        return .ok(.init(body: .json(try await shown(moved))))
    }

    func resumeGrievance(_ input: Operations.ResumeGrievance.Input) async throws -> Operations.ResumeGrievance.Output {
        let body = switch input.body { case .json(let body): body }
        let moved = try await authorizer.grievances.resume(
            try id(input.path.grievanceID, of: "grievance"), agreement: try uuid(input.path.agreementID, of: "proposed change of time limits"),
            on: body.resumeOn ?? "")
        return .ok(.init(body: .json(try await shown(moved))))
    }

    func closeGrievance(_ input: Operations.CloseGrievance.Input) async throws -> Operations.CloseGrievance.Output {
        let body = switch input.body { case .json(let body): body }
        let moved = try await authorizer.grievances.close(
            try id(input.path.grievanceID, of: "grievance"), outcome: body.outcome.rawValue, note: body.note)
        return .ok(.init(body: .json(try await shown(moved))))
    }

    func listGrievanceNotes(_ input: Operations.ListGrievanceNotes.Input) async throws -> Operations.ListGrievanceNotes.Output {
        let authorizer = try authorizer
        let grievanceID: GrievanceID = try id(input.path.grievanceID, of: "grievance")
        _ = try await authorizer.grievances.grievance(grievanceID)
        let notes = try await notePage(on: .grievance(grievanceID), limit: input.query.limit, after: input.query.after)
        return .ok(.init(body: .json(notes.map(Components.Schemas.Note.init))))
    }

    func addGrievanceNote(_ input: Operations.AddGrievanceNote.Input) async throws -> Operations.AddGrievanceNote.Output {
        let draft = switch input.body { case .json(let body): body }
        let note = try await authorizer.notes.add(draft.body, on: .grievance(try id(input.path.grievanceID, of: "grievance")))
        return .created(.init(body: .json(.init(note))))
    }

    /// The grievance as the API shows it, with its deadline as of today.
    private func shown(_ grievance: GrievanceModel) async throws -> Components.Schemas.Grievance {
        let authorizer = try authorizer
        return try .init(grievance, clock: try authorizer.grievances.clock(of: grievance), today: authorizer.today)
    }

}
