/// One row of the federal AI use-case inventory, every cell kept as written so that an imported row can be written
/// back whole; read a cell by its column.
///
/// A new record has every cell empty and its list cells `[]`, as the federal file writes an unanswered
/// multi-select question. In JSON a record is an object keyed by the short column names.
///
/// ```swift
/// var record = OMB2025Record()
/// record[.useCaseName] = "DraftMate for drafting letters"
/// record[.developmentStage] = OMB2025.DevelopmentStage.pilot.rawValue
/// record["use_case_name"]              // "DraftMate for drafting letters"
/// record.list(.demographicFeatures)    // .items([])
/// ```
public struct OMB2025Record: Hashable, Sendable {
    /// The cells in the federal column order.
    public private(set) var cells: [String]

    /// A record with every cell empty and every list cell `[]`.
    public init() {
        cells = OMB2025.Column.allCases.map { $0.isList ? OMB2025ListCell.items([]).cell : "" }
    }

    /// A record from its cells in the federal column order; nil unless there are exactly 36.
    public init?(cells: [String]) {
        guard cells.count == OMB2025.Column.allCases.count else { return nil }
        self.cells = cells
    }

    /// The cell of a column, as written.
    public subscript(column: OMB2025.Column) -> String {
        get { cells[column.position] }
        set { cells[column.position] = newValue }
    }

    /// The cell of the column with this short name, or nil for a name that is not a federal column.
    public subscript(name: String) -> String? {
        OMB2025.Column(rawValue: name).map { self[$0] }
    }

    /// A multi-select cell read as a list, or as the free text some agencies wrote instead.
    public func list(_ column: OMB2025.Column) -> OMB2025ListCell {
        OMB2025ListCell(self[column])
    }

    /// The stage of development, or nil when the cell holds no known stage.
    public var developmentStage: OMB2025.DevelopmentStage? {
        OMB2025.DevelopmentStage(rawValue: self[.developmentStage])
    }

    /// The high-impact designation, or nil when the cell holds no known designation.
    public var highImpact: OMB2025.HighImpact? { OMB2025.HighImpact(rawValue: self[.isHighImpact]) }
}

extension OMB2025Record: Codable {
    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes an object holding every federal column by its short name; other keys are ignored.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        cells = try OMB2025.Column.allCases.map {
            try container.decode(String.self, forKey: Key(stringValue: $0.rawValue))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for column in OMB2025.Column.allCases {
            try container.encode(self[column], forKey: Key(stringValue: column.rawValue))
        }
    }
}
