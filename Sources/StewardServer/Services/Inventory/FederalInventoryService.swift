import Fluent
import Foundation
import StewardCore

/// The federal AI use-case inventory for people signed in: importing a file (the AI officer, who sets the
/// organization up), the files imported so far, and the federal record of an imported use.
struct FederalInventoryService: Sendable {
    let authorizer: Authorizer

    /// Imports a federal inventory file; see ``FederalImporter``.
    func importFile(_ bytes: [UInt8], named fileName: String) async throws -> FederalImportReport {
        try await authorizer.require(.manageOrganization, in: .organization, on: "federal inventory imports")
        return try await FederalImporter(
            database: authorizer.database, context: authorizer.context, actor: authorizer.actor
        )
        .importFile(bytes, named: fileName)
    }

    /// The files imported so far, newest first.
    func imports() async throws -> [FederalImportModel] {
        try await authorizer.require(.manageOrganization, in: .organization, on: "federal inventory imports")
        return try await FederalImportModel.query(on: authorizer.database).sort(\.$importedAt, .descending).all()
    }

    /// The federal record of a use the actor has already been allowed to read, with its file; nil for a use that
    /// was not imported.
    func record(of useCase: UseCaseModel) async throws -> FederalRecordModel? {
        try await FederalRecordModel.query(on: authorizer.database).filter(\.$useCase.$id == useCase.requireID())
            .with(\.$fileImport).first()
    }
}

extension Authorizer {
    var federalInventory: FederalInventoryService { FederalInventoryService(authorizer: self) }
}
