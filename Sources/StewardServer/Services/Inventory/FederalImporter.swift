import Crypto
import Fluent
import Foundation
import StewardCore

/// Imports a federal AI use-case inventory file (OMB 2025) into the organization: each readable row becomes a use of
/// a tool, in review and never approved, with its federal record kept whole (see ``FederalUse`` for where it goes).
///
/// It authorizes nothing: ``FederalInventoryService`` checks the person first, and the command line acts as the
/// installation. Everything is written in one transaction, in batches, with one audit event for the file.
struct FederalImporter: Sendable {
    let database: any Database
    let context: StewardContext
    let actor: Actor

    /// The format's name, as the command line and the imports table spell it.
    static let format = "omb-2025"

    /// Rows inserted per statement, well within SQLite's and PostgreSQL's limits on bound parameters.
    static let batchSize = 500

    /// Imports `bytes`, the file named `fileName`; rows that cannot be read are reported, the rest imported.
    /// - Throws: a 422 naming the problems, with nothing imported, when the file is not UTF-8, has a header that is not
    ///   the federal one, holds no row that can be read, or was imported before.
    func importFile(_ bytes: [UInt8], named fileName: String) async throws -> FederalImportReport {
        let name = UploadedFileName.display(fileName, otherwise: "inventory.csv")
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        if let earlier = try await FederalImportModel.query(on: database).filter(\.$sha256 == digest).first() {
            throw StewardError.invalid([
                DomainError(
                    code: .invalidField, field: "file",
                    message: "this file was imported on \(earlier.importedAt.formatted(.iso8601.year().month().day())) "
                        + "by \(earlier.importedBy) as \(earlier.fileName); importing it again would add each use twice"
                )
            ])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw StewardError.invalid([
                CSVReader.Problem(
                    line: 1, column: 1, "the file is not UTF-8 text; save it as CSV UTF-8"
                ).error
            ])
        }
        let rows = FederalRows(OMB2025File.read(csv: text))
        guard rows.reading.headerProblems.isEmpty, !rows.uses.isEmpty else {
            let problems =
                rows.problems.isEmpty
                ? [CSVReader.Problem(line: 2, column: 1, "the file has no use cases under its header")] : rows.problems
            throw StewardError.invalid(problems.map(\.error))
        }
        let now = context.clock()
        let fileImport = FederalImportModel()
        fileImport.id = UUID()
        fileImport.fileName = name
        fileImport.sha256 = digest
        fileImport.format = Self.format
        fileImport.importedAt = now
        fileImport.importedBy = actor.person?.username ?? "the installation (command line)"
        fileImport.uses = rows.uses.count
        fileImport.problems = rows.problems.count
        return try await database.transaction { db in
            var registry = try await FederalRegistry.load(on: db, now: now)
            var useCases: [UseCaseModel] = []
            var steps: [ReviewStepModel] = []
            var records: [FederalRecordModel] = []
            for (row, use) in rows.uses {
                let unit = try await registry.unit(for: use, on: db)
                let tool = registry.tool(for: use, requestedBy: actor)
                let useCase = UseCaseModel()
                useCase.id = UUID()
                useCase.zone = .organization
                useCase.$tool.id = try tool.requireID()
                useCase.apply(use.draft(in: BargainingUnitID(try unit.requireID())))
                useCase.conditions = ""
                useCase.createdAt = now
                useCase.requestedByID = actor.person?.id.uuid
                let decision = context.policy.decide(try useCase.domain(), of: try tool.domain())
                let calendar = try await registry.calendar(of: unit, on: db)
                steps += try ReviewService.planned(useCase, decision: decision, now: now, calendar: calendar)
                useCases.append(useCase)
                records.append(
                    try FederalRecordModel(
                        useCaseID: try useCase.requireID(), importID: try fileImport.requireID(), line: row.line ?? 0,
                        record: row.record, unknown: use.unknownFacts))
            }
            try await fileImport.create(on: db)
            for batch in registry.newTools.chunked(Self.batchSize) { try await batch.create(on: db) }
            for batch in useCases.chunked(Self.batchSize) { try await batch.create(on: db) }
            for batch in steps.chunked(Self.batchSize) { try await batch.create(on: db) }
            for batch in records.chunked(Self.batchSize) { try await batch.create(on: db) }
            let report = FederalImportReport(
                fileName: name, uses: useCases.count, newTools: registry.newTools.count,
                newUnits: registry.newUnits, problems: rows.problems)
            try await AuditTrail(database: db, context: context).record(
                AuditEntry(
                    actor: actor, action: "inventory.import", objectType: "federal-import",
                    objectID: try fileImport.requireID().uuidString.lowercased(), zone: .organization,
                    summary: report.summary,
                    change: [
                        "file": name, "sha256": digest, "format": Self.format, "uses": String(report.uses),
                        "newTools": String(report.newTools), "newUnits": String(report.newUnits),
                        "problems": String(report.problems.count),
                    ]))
            return report
        }
    }
}
