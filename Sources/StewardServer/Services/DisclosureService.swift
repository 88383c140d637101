import Fluent
import Foundation
import StewardCore

/// What workers are told about each use, generated from the records (``WorkerDisclosure``); publishing it completes
/// the use's disclosure-to-workers step with the text as published (Seeds 004 and 001).
struct DisclosureService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The use's disclosure as the records give it now, and its disclosure step, if the decision asks for one.
    func disclosure(_ id: UseCaseID) async throws -> (useCase: UseCaseModel, disclosure: WorkerDisclosure, step: ReviewStepModel?) {
        let useCase = try await authorizer.useCases.useCase(id)
        let disclosure = try await Self.written(for: useCase, contactingUnionReps: true, on: database)
        let step = try await ReviewStepModel.query(on: database).filter(\.$useCase.$id == id.uuid)
            .filter(\.$kind == .disclosureToWorkers).first()
        return (useCase, disclosure, step)
    }

    /// The public version of a published use's disclosure, for anyone reading the inventory (Seed 003: the public
    /// is told which AI is in use and how): the same sections, with the AI officer and the tool's contact to ask.
    /// A use the inventory does not list answers 404.
    func publicDisclosure(_ id: UseCaseID) async throws -> WorkerDisclosure {
        guard let useCase = try await InventoryService(database: database).publishedUse(id) else { throw StewardError.notFound("no published use with id \(id)") }
        return try await Self.written(for: useCase, contactingUnionReps: false, on: database)
    }

    /// The disclosure written from the records of `useCase`, whose tool is loaded.
    static func written(
        for useCase: UseCaseModel, contactingUnionReps: Bool, on database: any Database
    ) async throws -> WorkerDisclosure {
        let tool = try useCase.tool.domain()
        let unit = try await BargainingUnitModel.find(useCase.$unit.id, on: database)
        let courses = try await TrainingCourseModel.query(on: database).filter(\.$tool.$id == tool.id.uuid)
            .sort(\.$title).all()
            .map { "\($0.title) (\($0.audience.title.lowercased()))" }
        let officers = try await PersonModel.query(on: database).filter(\.$isActive == true)
            .group(.or) { who in
                who.filter(\.$role == .aiOfficer)
                if contactingUnionReps {
                    who.group(.and) { rep in
                        rep.filter(\.$role == .unionRep)
                        rep.filter(\.$unit.$id == useCase.$unit.id)
                    }
                }
            }
            .sort(\.$displayName).all()
        var contacts = officers.map { "\($0.displayName), \($0.role.title)" + ($0.email.map { ", \($0)" } ?? "") }
        if !tool.contact.isEmpty { contacts.append("For the tool itself: \(tool.contact)") }
        return WorkerDisclosure(
            tool: tool, useCase: try useCase.domain(), unitName: unit?.name ?? "The unit", conditions: useCase.conditions,
            courses: courses, contacts: contacts)
    }

    /// Publishes the disclosure as it stands: its step is done, with the text as its record.
    func publish(_ id: UseCaseID) async throws -> ReviewStepModel {
        let (useCase, disclosure, step) = try await disclosure(id)
        guard let step else {
            throw StewardError(.conflict, "The decision on \"\(useCase.title)\" asks for no disclosure to workers.")
        }
        try await authorizer.require(
            .completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step),
            on: .notFound("no use case with id \(id)"))
        guard step.status.isOpen, useCase.reviewStatus.isOpen else {
            throw StewardError(.conflict, "The disclosure step is \(step.status.rawValue) already.")
        }
        step.status = .done
        step.record = "Published to workers on \(authorizer.today).\n\n" + disclosure.text
        step.completedBy = authorizer.actor.name
        step.completedAt = authorizer.clock()
        try await database.transaction { db in
            try await step.save(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "step.disclosure", objectType: "review-step",
                objectID: try step.requireID().uuidString.lowercased(), zone: step.zone,
                summary: "published the disclosure to workers of \"\(useCase.title)\"",
                change: ["sections": String(disclosure.sections.count)]))
        }
        return step
    }
}

extension Authorizer {
    var disclosures: DisclosureService { DisclosureService(authorizer: self) }
}
