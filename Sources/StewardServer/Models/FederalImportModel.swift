import Fluent
import Foundation

/// One federal inventory file imported into the organization: its name and digest (a file is imported once), who
/// imported it and when, and how many uses it brought in. `@unchecked Sendable`: see ``OrganizationModel``.
final class FederalImportModel: Model, @unchecked Sendable {
    static let schema = "federal_imports"

    @ID(key: .id) var id: UUID?
    @Field(key: "file_name") var fileName: String
    /// The SHA-256 of the file's bytes, in lowercase hex.
    @Field(key: "sha256") var sha256: String
    /// The file's format: `omb-2025`.
    @Field(key: "format") var format: String
    @Field(key: "imported_at") var importedAt: Date
    @Field(key: "imported_by") var importedBy: String
    @Field(key: "uses") var uses: Int
    /// How many problems reading the file reported; the rows they name were not imported.
    @Field(key: "problems") var problems: Int
    @Children(for: \.$fileImport) var records: [FederalRecordModel]

    init() {}
}

extension FederalImportModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $fileName, $sha256, $format, $importedAt, $importedBy, $uses, $problems, $records
        ]
    }
}
