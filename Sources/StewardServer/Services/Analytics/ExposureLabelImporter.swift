import Analytics
import Fluent
import Foundation
import StewardCore

/// Imports the task labels published with "GPTs are GPTs" (the authors' `full_labelset.tsv`), replacing any
/// labels imported before. Classifications keep their O*NET occupations and ratings: ratings name tasks by O*NET
/// code and task id.
///
/// It authorizes nothing: ``ExposureLabelService`` checks the person first, and the command line acts as the
/// installation. Everything is written in one transaction, in batches, with one audit event.
struct ExposureLabelImporter: Sendable {
    let database: any Database
    let context: StewardContext
    let actor: Actor

    /// The authors' name for the labels file.
    static let fileName = "full_labelset.tsv"

    /// Rows inserted per statement: nine values each, within both databases' limits on bound parameters.
    static let batchSize = 500

    /// Imports the labels file's bytes.
    /// - Throws: a 422 naming the line and column of the first problem (not UTF-8, a missing column, an unknown
    ///   label or task type), with nothing changed.
    func importFile(_ bytes: [UInt8], named fileName: String) async throws -> ExposureLabelImportModel {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw StewardError.invalid([
                DomainError(
                    code: .invalidField, field: "file",
                    message: "line 1, column 1: the file is not UTF-8 text; import the labels file as it was downloaded", line: 1, column: 1)
            ])
        }
        let labels: TaskLabelSet
        do { labels = try TaskLabelSet(tsv: text) } catch {
            throw StewardError.invalid([error.domainError()])
        }
        guard !labels.tasks.isEmpty else {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "file", message: "line 2, column 1: the file has no tasks under its header", line: 2, column: 1)
            ])
        }
        let record = ExposureLabelImportModel()
        record.id = UUID()
        record.fileName = UploadedFileName.display(fileName, otherwise: Self.fileName)
        record.tasks = labels.tasks.count
        record.occupations = labels.occupations.count
        record.importedBy = actor.person?.username ?? "the installation (command line)"
        record.importedAt = context.clock()
        let rows = labels.tasks.enumerated().map { ExposureLabelModel(position: $0.offset, task: $0.element) }
        try await database.transaction { db in
            try await ExposureLabelModel.query(on: db).delete()
            for batch in rows.chunked(Self.batchSize) { try await batch.create(on: db) }
            try await record.create(on: db)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: actor, action: "exposure.import-labels", objectType: "exposure-labels",
                    objectID: try record.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "imported \(labels.tasks.count) task labels of \(labels.occupations.count) O*NET occupations from \(record.fileName)",
                    change: [
                        "file": record.fileName, "tasks": String(labels.tasks.count),
                        "occupations": String(labels.occupations.count),
                    ]))
        }
        return record
    }
}
