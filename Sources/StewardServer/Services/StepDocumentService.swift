import Crypto
import Fluent
import Foundation
import StewardCore

/// Documents attached to review steps: whoever may complete a step attaches the documents that back its record
/// (the notice as sent, a disclosure given to workers, minutes), and everyone who may read the step reads them.
/// A step whose record arrives with a later feature is completed meanwhile with a dated note and its document.
struct StepDocumentService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The types a document is served as, by file extension; anything else is served as a download of bytes.
    static let servedTypes = [
        "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "txt": "text/plain",
        "csv": "text/csv", "odt": "application/vnd.oasis.opendocument.text",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]

    /// The step's documents, newest first, without their contents.
    func documents(of stepID: ReviewStepID) async throws -> [StepDocumentModel] {
        _ = try await authorizer.reviews.step(stepID)
        return try await StepDocumentModel.query(on: database).filter(\.$step.$id == stepID.uuid)
            .field(\.$id).field(\.$step.$id).field(\.$filename).field(\.$contentType).field(\.$size).field(\.$sha256)
            .field(\.$uploadedBy).field(\.$uploadedAt).sort(\.$uploadedAt, .descending).all()
    }

    /// One document with its contents; a document of a step the actor may not read answers like a missing one.
    func document(_ id: UUID) async throws -> StepDocumentModel {
        guard let document = try await StepDocumentModel.find(id, on: database) else {
            throw StewardError.notFound("no document with id \(id)")
        }
        do {
            _ = try await authorizer.reviews.step(ReviewStepID(document.$step.id))
        } catch let error as StewardError where error.status == .notFound {
            throw StewardError.notFound("no document with id \(id)")
        }
        return document
    }

    /// Attaches a document to a step the actor may complete, while its use's review is open.
    /// - Throws: a 422 naming the problem with the file.
    func attach(to stepID: ReviewStepID, filename: String, content: Data) async throws -> StepDocumentModel {
        let step = try await authorizer.reviews.step(stepID)
        try await authorizer.require(
            .completeStep, in: step.zone, standing: authorizer.reviews.standing(to: step),
            on: .notFound("no review step with id \(stepID)"))
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        guard useCase.reviewStatus.isOpen || useCase.reviewStatus == .approved else {
            throw StewardError(.conflict, "The use is \(useCase.reviewStatus.title.lowercased()); its review takes no more documents.")
        }
        let name = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init)?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var problems: [DomainError] = []
        if content.isEmpty {
            problems.append(DomainError(code: .invalidField, field: "file", message: "choose a file to attach; this one is empty"))
        }
        if name.isEmpty || name.count > 200 || name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problems.append(DomainError(code: .invalidField, field: "file", message: "give the file a name of 1 to 200 characters"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let document = StepDocumentModel()
        document.$step.id = stepID.uuid
        document.filename = name
        let suffix = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        document.contentType = Self.servedTypes[suffix] ?? "application/octet-stream"
        document.size = content.count
        document.sha256 = SHA256.hash(data: content).hexDigits
        document.content = content
        document.uploadedBy = authorizer.actor.name
        document.uploadedAt = authorizer.clock()
        try await database.transaction { db in
            try await document.create(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "step.document", objectType: "review-step", objectID: stepID.description,
                zone: step.zone, summary: "attached \"\(name)\" (\(content.count) bytes) to the step \(step.kind.title.lowercased())",
                change: ["filename": name, "sha256": document.sha256, "size": String(content.count)]))
        }
        return document
    }
}

extension Authorizer {
    var stepDocuments: StepDocumentService { StepDocumentService(authorizer: self) }
}
