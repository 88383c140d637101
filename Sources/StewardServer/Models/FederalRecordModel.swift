import Fluent
import Foundation
import StewardCore

/// The federal record of an imported use, kept whole as the file wrote it, with where it came from.
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class FederalRecordModel: Model, @unchecked Sendable {
    static let schema = "federal_records"

    @ID(key: .id) var id: UUID?
    @Parent(key: "use_case_id") var useCase: UseCaseModel
    @Parent(key: "import_id") var fileImport: FederalImportModel
    /// The line of the file the row starts on.
    @Field(key: "line") var line: Int
    /// The record as JSON, an object keyed by the 36 short column names.
    @Field(key: "record") var recordJSON: String
    /// The facts the record did not settle, as raw fact names, until a person answers them by editing the use.
    @Field(key: "unknown_facts") var unknownFacts: [String]

    init() {}

    init(useCaseID: UUID, importID: UUID, line: Int, record: OMB2025Record, unknown: [Fact]) throws {
        $useCase.id = useCaseID
        $fileImport.id = importID
        self.line = line
        recordJSON = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        unknownFacts = unknown.map(\.rawValue)
    }

    /// Records that a person has answered every fact of an imported use, on `db`: editing a use answers them all.
    static func answerFacts(of useCaseID: UUID, on db: any Database) async throws {
        try await query(on: db).filter(\.$useCase.$id == useCaseID).set(\.$unknownFacts, to: []).update()
    }

    /// The stored record.
    func record() throws -> OMB2025Record {
        try JSONDecoder().decode(OMB2025Record.self, from: Data(recordJSON.utf8))
    }
}

extension FederalRecordModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $useCase, $fileImport, $line, $recordJSON, $unknownFacts] }
}
