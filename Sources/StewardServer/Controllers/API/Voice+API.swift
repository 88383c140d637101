import StewardAPI
import StewardCore

extension Components.Schemas.Report {
    /// A report as the API shows it; `toolName` for a report whose tool was not loaded with it.
    init(_ report: ConcernReportModel, toolName: String? = nil) throws {
        self.init(
            id: try report.requireID().uuidString.lowercased(), toolID: report.$tool.id.uuidString.lowercased(),
            toolName: toolName ?? report.tool.name, useCaseID: report.$useCase.id?.uuidString.lowercased(), body: report.body,
            receivedOn: report.receivedOn, anonymous: report.$reporter.id == nil, reporter: report.$reporter.value??.username,
            status: .init(rawValue: report.status.rawValue) ?? .open, closingNote: report.closingNote,
            grievanceID: report.$grievance.id?.uuidString.lowercased())
    }
}

extension Components.Schemas.Grievance {
    /// A grievance with its steps, time changes and the current step's deadline from `clock`.
    init(_ grievance: GrievanceModel, clock: GrievanceClock?, today: LocalDay) throws {
        let deadline: Components.Schemas.GrievanceDeadline? = switch clock?.deadline {
        case .due(let day)?: .init(due: day.description, daysLeft: clock?.daysLeft(on: today))
        case .paused(let since, let left)?: .init(pausedSince: since.description, daysLeft: left)
        case nil: nil
        }
        self.init(
            id: try grievance.requireID().uuidString.lowercased(), reference: grievance.reference, title: grievance.title,
            statement: grievance.statement, remedy: grievance.remedy, unitID: grievance.$unit.id.uuidString.lowercased(),
            unitName: grievance.unit.name, contractID: grievance.$contract.id.uuidString.lowercased(),
            dayCount: .init(rawValue: grievance.dayCount.rawValue) ?? .calendar,
            toolID: grievance.$tool.id?.uuidString.lowercased(), useCaseID: grievance.$useCase.id?.uuidString.lowercased(),
            filedOn: grievance.filedOn, filedBy: grievance.filedBy.username,
            status: grievance.outcome == nil ? .open : .closed,
            outcome: grievance.outcome.flatMap { .init(rawValue: $0.rawValue) }, outcomeNote: grievance.outcomeNote,
            closedOn: grievance.closedOn, deadline: deadline,
            steps: grievance.steps.sorted { $0.position < $1.position }.map { step in
                .init(
                    position: step.position, name: step.name, days: step.days, startedOn: step.startedOn,
                    meetingOn: step.meetingOn, answer: step.answer, answeredOn: step.answeredOn, answeredBy: step.answeredBy)
            },
            agreements: try grievance.agreements.sorted { $0.createdAt < $1.createdAt }.map { agreement in
                guard let kind = Components.Schemas.TimeAgreement.KindPayload(rawValue: agreement.kind) else {
                    throw StewardError(.internalServerError, "the stored time change \(agreement.kind) is of no known kind")
                }
                return .init(
                    id: try agreement.requireID().uuidString.lowercased(), stepPosition: agreement.stepPosition,
                    kind: kind, days: agreement.days, from: agreement.fromDay,
                    until: agreement.untilDay, reason: agreement.reason, proposedBy: agreement.proposedBy,
                    proposedSide: .init(rawValue: agreement.proposedSide.rawValue) ?? .union, agreedBy: agreement.agreedBy,
                    agreedOn: agreement.agreedOn)
            })
    }
}
