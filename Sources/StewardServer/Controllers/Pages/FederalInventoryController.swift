import StewardCore
import Vapor

/// The US federal AI use-case inventory (OMB 2025): the published uses as a federal file for anyone, and importing a
/// federal file for the AI officer.
enum FederalInventoryController {
    /// The uses the public inventory lists, as the federal file writes them, with Steward's own columns.
    @Sendable static func csv(_ request: Request) async throws -> Response {
        let exporter = FederalExporter(database: request.db, zone: try request.application.steward.zone.current)
        return Response.csvFile(try await exporter.publishedFile(), named: "ai-inventory-omb-2025.csv")
    }

    @Sendable static func page(_ request: Request) async throws -> View {
        try await render(request)
    }

    /// Imports the uploaded file and shows what it did, each problem by line and column; a file that cannot be
    /// imported at all shows the form again with its problems.
    @Sendable static func importFile(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UploadForm.self)
        do {
            let file = try form.requiredFile("a federal inventory CSV file")
            let report = try await request.authorizer.federalInventory.importFile(
                Array(file.data.readableBytesView), named: file.filename)
            return try await render(request, report: report).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await render(request, refusal: error.problems))
        }
    }

    private static func render(
        _ request: Request, report: FederalImportReport? = nil, refusal: [DomainError] = []
    ) async throws -> View {
        let imports = try await request.authorizer.federalInventory.imports()
        let context = FederalImportContext(request: request, imports: imports, report: report, refusal: refusal)
        return try await request.view.render("inventory/imports", context)
    }
}
