/// Employment by occupation from the US Bureau of Labor Statistics' Occupational Employment and Wage Statistics
/// (OEWS), read from its national estimates file (such as `national_May2021_dl.csv`).
///
/// The columns read are `OCC_CODE` and `TOT_EMP`. Counts may carry commas (`140,886,310`); a blank count or a
/// marker of a suppressed one (`**`) gives no employment. When a code appears on several rows, the first counts.
public struct OEWSEmployment: Sendable {
    private let byCode: [String: Int]

    /// Reads an OEWS table.
    /// - Throws: ``AnalyticsError`` naming the line of a malformed row, or the missing column.
    public init(csv text: String) throws(AnalyticsError) {
        let table = try DelimitedTable(text: text, delimiter: ",")
        let code = try table.column("OCC_CODE")
        let employment = try table.column("TOT_EMP")
        var byCode: [String: Int] = [:]
        for row in table.rows {
            guard let count = row.optionalNumber(at: employment), byCode[row.text(at: code)] == nil else { continue }
            byCode[row.text(at: code)] = Int(count)
        }
        self.byCode = byCode
    }

    /// The number employed in an occupation by its SOC code (such as `43-9021`), if the table gives one.
    public func employment(ofCode code: String) -> Int? { byCode[code] }
}
