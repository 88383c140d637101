import Fluent
import Foundation
import StewardCore

/// Writes the organization's uses as the US federal AI use-case inventory (OMB 2025), with Steward's own columns
/// after the federal 36 (``OMB2025File/StewardColumns``).
///
/// An imported use writes its federal record back as it was imported; any other use is described from its records
/// (``OMB2025Record/init(useCase:tool:status:id:agency:history:)``): its id is the use's own, the agency is the
/// organization (abbreviated by the initials of its name) and the bureau the use's bargaining unit.
struct FederalExporter: Sendable {
    let database: any Database
    /// The organization's time zone, in which days are written.
    let zone: TimeZone

    /// The file of the uses the public inventory lists.
    func publishedFile() async throws -> String {
        let uses = try await InventoryService(database: database).publishedUses()
        return OMB2025File.write(try await rows(uses, imported: []), extraColumns: OMB2025File.StewardColumns.names)
    }

    /// The file of every use the organization may report: each imported use, in the order it was imported, then
    /// every other use the public inventory lists.
    func reportableFile() async throws -> String {
        let imported = try await FederalRecordModel.query(on: database).with(\.$fileImport)
            .with(\.$useCase) { useCase in
                useCase.with(\.$tool)
                useCase.with(\.$unit)
            }
            .all()
            .sorted {
                ($0.fileImport.importedAt, $0.fileImport.fileName, $0.line) < (
                    $1.fileImport.importedAt, $1.fileImport.fileName, $1.line
                )
            }
        let importedIDs = Set(imported.map(\.$useCase.id))
        let published = try await InventoryService(database: database).publishedUses()
            .filter { !importedIDs.contains($0.id ?? UUID()) }
            .sorted { ($0.tool.name.lowercased(), $0.title) < ($1.tool.name.lowercased(), $1.title) }
        let rows = try await rows(imported.map(\.useCase) + published, imported: imported)
        return OMB2025File.write(rows, extraColumns: OMB2025File.StewardColumns.names)
    }

    /// The rows of `uses` (loaded with their tools and units), in order; `imported` holds the federal records of
    /// those that were imported, whatever set they come from.
    private func rows(_ uses: [UseCaseModel], imported: [FederalRecordModel]) async throws -> [OMB2025File.Row] {
        var records = Dictionary(imported.map { ($0.$useCase.id, $0) }, uniquingKeysWith: { first, _ in first })
        let missing = try uses.map { try $0.requireID() }.filter { records[$0] == nil }
        for batch in missing.chunked(1000) {
            for record in try await FederalRecordModel.query(on: database).filter(\.$useCase.$id ~~ batch).all() {
                records[record.$useCase.id] = record
            }
        }
        let review = try await FederalReviewRecords.load(for: uses, on: database, zone: zone)
        let organization = try await OrganizationModel.query(on: database).first()?.name ?? "Steward"
        return try uses.compactMap { useCase -> OMB2025File.Row? in
            let steward = review.stewardColumns(of: useCase, unitName: useCase.unit.name)
            if let stored = records[try useCase.requireID()] {
                return OMB2025File.Row(record: try stored.record(), steward: steward)
            }
            let agency = OMB2025.Agency(
                abbreviation: Self.abbreviation(of: organization), name: organization, bureau: useCase.unit.name)
            return OMB2025Record(
                useCase: try useCase.domain(), tool: try useCase.tool.domain(), status: useCase.reviewStatus,
                id: try useCase.requireID().uuidString.lowercased(), agency: agency,
                history: review.history(of: useCase)
            ).map { OMB2025File.Row(record: $0, steward: steward) }
        }
    }

    /// The initials of a name's words that start with a capital letter, as agencies abbreviate theirs: "Riverside
    /// Public Employees Union" is `RPEU`; a name without capitals is written whole.
    static func abbreviation(of name: String) -> String {
        let initials = name.split(whereSeparator: \.isWhitespace).compactMap(\.first).filter(\.isUppercase)
        return initials.isEmpty ? name : String(initials)
    }
}
