import Foundation
import StewardAPI
import StewardCore

extension APIHandler {
    func listCommitteeMeetings(_ input: Operations.ListCommitteeMeetings.Input) async throws
        -> Operations.ListCommitteeMeetings.Output
    {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.committee.meetingsInFull(paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map(Components.Schemas.CommitteeMeeting.init))))
    }

    func scheduleCommitteeMeeting(_ input: Operations.ScheduleCommitteeMeeting.Input) async throws
        -> Operations.ScheduleCommitteeMeeting.Output
    {
        let body = switch input.body { case .json(let body): body }
        let meeting = try await authorizer.committee.schedule(
            heldOn: body.heldOn, pending: body.pending ?? [], extraItems: (body.items ?? []).joined(separator: "\n"))
        return .created(.init(body: .json(try .init(meeting))))
    }

    func getCommitteeMeeting(_ input: Operations.GetCommitteeMeeting.Input) async throws -> Operations.GetCommitteeMeeting.Output {
        .ok(.init(body: .json(try .init(try await authorizer.committee.meeting(try uuid(input.path.meetingID, of: "meeting"))))))
    }

    func writeCommitteeMinutes(_ input: Operations.WriteCommitteeMinutes.Input) async throws
        -> Operations.WriteCommitteeMinutes.Output
    {
        let body = switch input.body { case .json(let body): body }
        let meeting = try await authorizer.committee.writeMinutes(try uuid(input.path.meetingID, of: "meeting"), body.minutes)
        return .ok(.init(body: .json(try .init(meeting))))
    }

    func recordCommitteeDecision(_ input: Operations.RecordCommitteeDecision.Input) async throws
        -> Operations.RecordCommitteeDecision.Output
    {
        let body = switch input.body { case .json(let body): body }
        let meeting = try await authorizer.committee.decide(
            try uuid(input.path.meetingID, of: "meeting"), body.decision, step: body.stepID ?? "")
        return .ok(.init(body: .json(try .init(meeting))))
    }

    func assignCommitteeAction(_ input: Operations.AssignCommitteeAction.Input) async throws
        -> Operations.AssignCommitteeAction.Output
    {
        let body = switch input.body { case .json(let body): body }
        let meeting = try await authorizer.committee.assign(
            try uuid(input.path.meetingID, of: "meeting"), body.action, owner: body.owner, dueOn: body.dueOn)
        return .ok(.init(body: .json(try .init(meeting))))
    }

}

extension Components.Schemas.CommitteeMeeting {
    /// A meeting with its agenda, minutes, decisions and action items (each loaded with it).
    init(_ meeting: CommitteeMeetingModel) throws {
        self.init(
            id: try meeting.requireID().uuidString.lowercased(), heldOn: meeting.heldOn,
            agenda: meeting.items.sorted { $0.position < $1.position }.map(\.title), minutes: meeting.minutes,
            minutesBy: meeting.minutesBy,
            decisions: meeting.decisions.sorted { $0.createdAt < $1.createdAt }.map {
                .init(text: $0.text, stepID: $0.$step.id?.uuidString.lowercased(), recordedBy: $0.recordedBy)
            },
            actions: try meeting.actions.sorted { $0.dueOn < $1.dueOn }.map {
                .init(
                    id: try $0.requireID().uuidString.lowercased(), text: $0.text, owner: $0.owner.username, dueOn: $0.dueOn,
                    doneOn: $0.doneOn)
            })
    }
}
