import StewardCore
import Vapor

/// Where an imported use came from and what the agency reported of it: the federal record's identity, its stage
/// and high-impact designation as written, and how many of the use's facts are still unknown.
struct FederalRecordContext: Encodable {
    struct Row: Encodable {
        let label: String
        let value: String
    }

    let source: String
    let rows: [Row]
    /// How many of the use's facts the record did not settle and nobody has answered yet.
    let unknownFacts: Int

    init(_ model: FederalRecordModel) throws {
        let record = try model.record()
        let fileImport = model.fileImport
        source =
            "Line \(model.line) of \(fileImport.fileName), imported \(DisplayFormat.dateTime(fileImport.importedAt)) "
            + "by \(fileImport.importedBy)."
        func given(_ column: OMB2025.Column) -> String {
            let cell = record[column].trimmingCharacters(in: .whitespacesAndNewlines)
            return cell.isEmpty ? "not given" : cell
        }
        rows = [
            Row(label: "Federal use case id", value: given(.id)),
            Row(label: "Agency", value: "\(given(.agencyName)) (\(given(.agency)))"),
            Row(label: "Bureau or component", value: given(.agencyBureau)),
            Row(label: "Stage the agency reported", value: given(.developmentStage)),
            Row(label: "High-impact designation", value: given(.isHighImpact)),
        ]
        unknownFacts = model.unknownFacts.count
    }
}
