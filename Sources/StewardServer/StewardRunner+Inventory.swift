import Foundation
import StewardCore
import Vapor

extension StewardRunner {
    /// What an import of a file did, for the command line to print.
    public struct ImportReport: Sendable {
        /// One sentence: how many uses, new tools and new units, or that nothing was imported.
        public let summary: String
        /// Each problem as `line L, column C: …`, in the file's order.
        public let problems: [String]
    }

    /// Imports a federal AI use-case inventory file (OMB 2025) as the installation: readable rows become uses in
    /// review, and each problem is reported by line and column. A file that cannot be imported at all (not the
    /// federal header, no readable row, imported before) imports nothing and reports why.
    public static func importFederalInventory(
        in app: Application, bytes: [UInt8], fileName: String
    ) async throws -> ImportReport {
        do {
            let report = try await FederalImporter(database: app.db, context: try app.steward, actor: .anonymous)
                .importFile(bytes, named: fileName)
            return ImportReport(summary: report.summary, problems: report.problems.map(\.description))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return ImportReport(
                summary: "Nothing was imported from \(UploadedFileName.display(fileName, otherwise: "inventory.csv")).",
                problems: error.problems.map(\.message))
        }
    }

    /// The federal inventory file (OMB 2025) of every use the organization may report: each imported use with its
    /// federal record as imported, then the uses the public inventory lists; Steward's own columns after the 36.
    public static func exportFederalInventory(in app: Application) async throws -> String {
        try await FederalExporter(database: app.db, zone: try app.steward.zone.current).reportableFile()
    }
}
