import Fluent
import Foundation
import StewardCore

extension DemoSeeder {
    /// The demo's reports and its grievance at the second step, with an agreed extension and the union's note.
    func seedVoice(tools: [String: UUID], people: [String: UUID], unitIDs: [UUID], on db: any Database) async throws {
        let today = LocalDay(context.clock(), in: .gmt)
        var reportIDs: [String: ConcernReportModel] = [:]
        for report in DemoOrganization.reports {
            guard let toolID = tools[report.tool] else { continue }
            let model = ConcernReportModel()
            model.$tool.id = toolID
            model.body = report.body
            model.$reporter.id = report.reporter.flatMap { people[$0] }
            model.receivedOn = today.adding(days: -report.daysAgo).description
            model.status = .open
            model.audited = true
            try await model.create(on: db)
            reportIDs[report.tool] = model
            try await AuditTrail(database: db, context: context).record(AuditEntry(
                actor: .anonymous, action: "report.create", objectType: "concern-report",
                objectID: try model.requireID().uuidString.lowercased(), zone: .organization,
                summary: "received a report about \(report.tool) on \(model.receivedOn)",
                change: ["tool": toolID.uuidString.lowercased(), "day": model.receivedOn]))
        }
        typealias Demo = DemoOrganization.Grievance
        guard let toolID = tools[Demo.tool], let repID = people["rep"],
              let unit = try await BargainingUnitModel.query(on: db).filter(\.$id == unitIDs[Demo.unit]).with(\.$contract).first(),
              let contract = unit.contract, contract.steps.count > 1
        else { return }
        let useCase = try await UseCaseModel.query(on: db).filter(\.$tool.$id == toolID).first()
        let grievance = GrievanceModel()
        grievance.number = 1
        grievance.title = Demo.title
        grievance.statement = Demo.statement
        grievance.remedy = Demo.remedy
        grievance.$unit.id = try unit.requireID()
        grievance.$contract.id = try contract.requireID()
        grievance.dayCount = contract.dayCount
        grievance.$tool.id = toolID
        grievance.$useCase.id = try useCase?.requireID()
        grievance.filedOn = today.adding(days: -Demo.filedDaysAgo).description
        grievance.$filedBy.id = repID
        grievance.createdAt = context.clock()
        try await grievance.create(on: db)
        let grievanceID = try grievance.requireID()
        for position in 0...1 {
            let step = GrievanceStepModel()
            step.$grievance.id = grievanceID
            step.position = position
            step.name = contract.steps[position].name
            step.days = contract.steps[position].days
            step.startedOn = today.adding(days: position == 0 ? -Demo.filedDaysAgo : -Demo.advancedDaysAgo).description
            if position == 0 {
                step.meetingOn = today.adding(days: -Demo.meetingDaysAgo).description
                step.answer = Demo.answer
                step.answeredOn = today.adding(days: -Demo.answerDaysAgo).description
                step.answeredBy = "manager"
            }
            try await step.create(on: db)
        }
        let extensionAgreement = TimeAgreementModel()
        extensionAgreement.$grievance.id = grievanceID
        extensionAgreement.stepPosition = 1
        extensionAgreement.kind = "extension"
        extensionAgreement.days = Demo.extensionDays
        extensionAgreement.reason = Demo.extensionReason
        extensionAgreement.proposedBy = "manager"
        extensionAgreement.proposedSide = .management
        extensionAgreement.agreedBy = "rep"
        extensionAgreement.agreedOn = today.adding(days: -3).description
        extensionAgreement.createdAt = context.clock()
        try await extensionAgreement.create(on: db)
        if let report = reportIDs[Demo.tool] {
            report.status = .grievance
            report.$grievance.id = grievanceID
            try await report.save(on: db)
        }
        try await NoteModel(subject: .grievance(GrievanceID(grievanceID)), authorID: repID, body: Demo.strategy).create(on: db)
    }
}

extension DemoSeeder {
    /// The demo's joint committee meetings with their minutes, decisions and action items.
    func seedCommittee(people: [String: UUID], on db: any Database) async throws {
        let today = LocalDay(context.clock(), in: .gmt)
        for meeting in DemoOrganization.meetings {
            let model = CommitteeMeetingModel()
            model.heldOn = today.adding(days: meeting.daysFromToday).description
            model.minutes = meeting.minutes
            model.minutesBy = meeting.minutes == nil ? nil : "committee"
            model.createdBy = "committee"
            model.createdAt = context.clock()
            try await model.create(on: db)
            let meetingID = try model.requireID()
            for (position, title) in meeting.items.enumerated() {
                let item = CommitteeAgendaItemModel()
                item.$meeting.id = meetingID
                item.position = position
                item.title = title
                try await item.create(on: db)
            }
            if let text = meeting.decision {
                let decision = CommitteeDecisionModel()
                decision.$meeting.id = meetingID
                decision.text = text
                decision.recordedBy = "committee"
                decision.createdAt = context.clock()
                try await decision.create(on: db)
            }
            if let action = meeting.action, let owner = people[action.owner] {
                let model = CommitteeActionModel()
                model.$meeting.id = meetingID
                model.text = action.text
                model.$owner.id = owner
                model.dueOn = today.adding(days: action.dueInDays).description
                model.createdAt = context.clock()
                try await model.create(on: db)
            }
        }
    }
}

extension DemoSeeder {
    /// The demo's audit of an approved use, with its next audit due a year after it.
    func seedAudit(people: [String: UUID], on db: any Database) async throws {
        typealias Demo = DemoOrganization.Audit
        guard let useCase = try await UseCaseModel.query(on: db).filter(\.$title == Demo.useTitle).first(),
              let step = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == useCase.requireID())
                .filter(\.$kind == .audit).first()
        else { return }
        let today = LocalDay(context.clock(), in: .gmt)
        let day = today.adding(days: -Demo.daysAgo)
        let audit = UseAuditModel()
        audit.$step.id = try step.requireID()
        audit.auditedOn = day.description
        audit.scope = Demo.scope
        audit.evidence = Demo.evidence
        audit.suspendedUse = false
        audit.recordedBy = "auditor"
        audit.createdAt = context.clock()
        try await audit.create(on: db)
        for finding in Demo.findings {
            let model = AuditFindingModel()
            model.$audit.id = try audit.requireID()
            model.area = finding.area
            model.severity = finding.severity
            model.text = finding.text
            model.followUp = finding.followUp
            if finding.followUp != nil {
                model.$owner.id = people[Demo.followUpOwner]
                model.dueOn = today.adding(days: Demo.followUpDueInDays).description
            }
            try await model.create(on: db)
        }
        step.due = day.adding(months: 12).start(in: .gmt)
        step.record = "Last audited on \(day) by auditor; findings: \(Demo.findings.count), of which high: 0."
        try await step.save(on: db)
        // The residents' chatbot's yearly bias audit falls due this month.
        if let chatbot = try await UseCaseModel.query(on: db).filter(\.$title == Demo.dueSoonUseTitle).first(),
           let biasAudit = try await ReviewStepModel.query(on: db).filter(\.$useCase.$id == chatbot.requireID())
               .filter(\.$kind == .biasAudit).first()
        {
            biasAudit.due = today.adding(days: Demo.dueSoonInDays).start(in: .gmt)
            try await biasAudit.save(on: db)
        }
    }
}

extension DemoSeeder {
    /// The demo's information request for its grievance.
    func seedInformationRequest(on db: any Database) async throws {
        typealias Demo = DemoOrganization.InformationRequest
        guard let grievance = try await GrievanceModel.query(on: db).filter(\.$number == 1).first() else { return }
        let today = LocalDay(context.clock(), in: .gmt)
        let request = InformationRequestModel()
        request.number = 1
        request.title = Demo.title
        request.$unit.id = grievance.$unit.id
        request.$grievance.id = try grievance.requireID()
        request.askedOn = today.adding(days: -Demo.askedDaysAgo).description
        request.dueOn = today.adding(days: Demo.dueInDays).description
        request.askedBy = "rep"
        request.createdAt = context.clock()
        try await request.create(on: db)
        for (position, item) in Demo.items.enumerated() {
            let model = InformationRequestItemModel()
            model.$request.id = try request.requireID()
            model.position = position
            model.text = item.text
            model.relevance = item.relevance
            model.answer = item.answer
            model.answeredOn = item.answer == nil ? nil : today.adding(days: -2).description
            model.answeredBy = item.answer == nil ? nil : "manager"
            try await model.create(on: db)
        }
    }
}

extension DemoSeeder {
    /// The demo's settled uses published their disclosure to workers: each done disclosure step keeps the text as
    /// written from the records, as publishing it from its page would.
    func seedPublishedDisclosures(on db: any Database) async throws {
        let steps = try await ReviewStepModel.query(on: db).filter(\.$kind == .disclosureToWorkers).filter(\.$status == .done)
            .with(\.$useCase) { $0.with(\.$tool) }.all()
        let today = LocalDay(context.clock(), in: .gmt)
        for step in steps {
            let disclosure = try await DisclosureService.written(for: step.useCase, contactingUnionReps: true, on: db)
            step.record = "Published to workers on \(today).\n\n" + disclosure.text
            try await step.save(on: db)
        }
    }
}
