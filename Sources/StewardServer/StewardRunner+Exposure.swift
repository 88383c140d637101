import Foundation
import StewardCore
import Vapor

extension StewardRunner {
    /// Imports the task labels published with "GPTs are GPTs" (`full_labelset.tsv`) as the installation, replacing
    /// those imported before. A file that cannot be read imports nothing, and its problem names the line and column.
    public static func importExposureLabels(in app: Application, bytes: [UInt8], fileName: String) async throws -> ImportReport {
        do {
            let record = try await ExposureLabelImporter(database: app.db, context: try app.steward, actor: .anonymous)
                .importFile(bytes, named: fileName)
            return ImportReport(
                summary: "Imported \(record.tasks) task labels of \(record.occupations) O*NET occupations from \(record.fileName).",
                problems: [])
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return ImportReport(
                summary: "Nothing was imported from \(UploadedFileName.display(fileName, otherwise: ExposureLabelImporter.fileName)).",
                problems: error.problems.map(\.message))
        }
    }
}
