import Fluent
import Foundation
import StewardCore

/// Reports of problems with AI tools (Seeds 000 and 003). Anyone signed in reports, by name or anonymously; an
/// anonymous report stores no account, address or session, and the day it came in is all the time it keeps. Its
/// audit event names no actor and is written only once its day is over, with that day's other anonymous reports,
/// so that its place in the trail cannot tell when it came in either.
struct ConcernReportService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// Takes a report about a tool, or one of its uses.
    func submit(tool toolID: AIToolID, useCase useCaseID: UseCaseID?, body: String, anonymous: Bool) async throws
        -> ConcernReportModel
    {
        try await authorizer.require(.reportConcern, in: .organization, on: "no tool with id \(toolID)")
        let tool = try await authorizer.tools.tool(toolID)
        var problems: [DomainError] = []
        if let useCaseID {
            let useCase = try? await authorizer.useCases.useCase(useCaseID)
            if useCase?.$tool.id != toolID.uuid {
                problems.append(DomainError(code: .invalidField, field: "useCaseID", message: "\(tool.name) has no use with id \(useCaseID)"))
            }
        }
        let text = ConcernReport.body(body, problems: &problems)
        guard problems.isEmpty, let text, let person = authorizer.actor.person else {
            throw problems.isEmpty ? StewardError.signInRequired : StewardError.invalid(problems)
        }
        try await recordAnonymousReports()
        let report = ConcernReportModel()
        report.$tool.id = toolID.uuid
        report.$useCase.id = useCaseID?.uuid
        report.body = text
        report.$reporter.id = anonymous ? nil : person.id.uuid
        report.receivedOn = authorizer.today.description
        report.status = .open
        report.audited = !anonymous
        try await database.transaction { db in
            try await report.create(on: db)
            if !anonymous {
                try await authorizer.auditTrail(on: db).record(AuditEntry(
                    actor: authorizer.actor, action: "report.create", objectType: "concern-report",
                    objectID: try report.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "reported a problem with \(tool.name)", change: ["tool": toolID.description]))
            }
        }
        return report
    }

    /// Whether the actor reads everyone's reports; others read their own named reports.
    var readsEveryonesReports: Bool { authorizer.allows(.readReports, in: .organization) }

    /// One page of the reports, newest first, keyed by the last report's id: everyone's for those who read reports,
    /// a person's own named reports otherwise. A cursor naming a report the reader may not read is refused like one
    /// that names nothing, so that it tells nothing about that report.
    func reports(_ page: PageRequest) async throws -> Page<ConcernReportModel> {
        let query = ConcernReportModel.query(on: database).with(\.$tool).with(\.$useCase).with(\.$reporter)
            .with(\.$grievance)
        if readsEveryonesReports { return try await query.page(page, by: \.$receivedOn, descending: true) }
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        return try await query.filter(\.$reporter.$id == person.id.uuid)
            .page(page, by: \.$receivedOn, descending: true) { $0.$reporter.id == person.id.uuid }
    }

    /// One report, for those who read reports or the person who made it by name.
    func report(_ id: ConcernReportID) async throws -> ConcernReportModel {
        let missing = StewardError.notFound("no report with id \(id)")
        guard let report = try await ConcernReportModel.query(on: database).filter(\.$id == id.uuid).with(\.$tool)
            .with(\.$useCase).with(\.$reporter).with(\.$grievance).first()
        else { throw missing }
        let isReporter = report.$reporter.id != nil && report.$reporter.id == authorizer.actor.person?.id.uuid
        if !isReporter { try await authorizer.require(.readReports, in: .organization, on: missing) }
        return report
    }

    /// Closes an open report with a word on what was done.
    func close(_ id: ConcernReportID, note: String) async throws -> ConcernReportModel {
        let report = try await report(id)
        try await authorizer.require(.closeReport, in: .organization, on: .notFound("no report with id \(id)"))
        guard report.status == .open else { throw StewardError(.conflict, "The report is \(report.status.rawValue) already.") }
        var problems: [DomainError] = []
        guard let note = ConcernReport.body(note, field: "note", problems: &problems) else { throw StewardError.invalid(problems) }
        report.status = .closed
        report.closingNote = note
        report.closedBy = authorizer.actor.name
        try await database.transaction { db in
            try await report.save(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "report.close", objectType: "concern-report", objectID: id.description,
                zone: .organization, summary: "closed a report about \(report.tool.name)", change: ["note": note]))
        }
        return report
    }

    /// Writes the audit events of anonymous reports whose day is over: no actor, the day as the only time, in an
    /// order that says nothing of the order they came in.
    func recordAnonymousReports() async throws {
        let today = authorizer.today.description
        let waiting = try await ConcernReportModel.query(on: database).filter(\.$audited == false)
            .filter(\.$receivedOn < today).with(\.$tool).all()
        guard !waiting.isEmpty else { return }
        try await database.transaction { db in
            for report in waiting.shuffled() {
                report.audited = true
                try await report.save(on: db)
                try await authorizer.auditTrail(on: db).record(AuditEntry(
                    actor: .anonymous, action: "report.create", objectType: "concern-report",
                    objectID: try report.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "received an anonymous report about \(report.tool.name) on \(report.receivedOn)",
                    change: ["tool": report.$tool.id.uuidString.lowercased(), "day": report.receivedOn]))
            }
        }
    }
}

extension Authorizer {
    var reports: ConcernReportService { ConcernReportService(authorizer: self) }
}
