/// The crosswalk published with "GPTs are GPTs" (`occupations_onet_bls_matched.csv`): which OEWS occupation
/// (SOC code) each O*NET occupation title belongs to.
///
/// The columns read are `occupation` (the O*NET title) and `OCC_CODE`; a title with a blank code has no match.
/// Several O*NET occupations can share one OEWS row, and each then carries that row's full employment, as the
/// paper counts them.
public struct TitleCrosswalk: Sendable {
    private let codeByTitle: [String: String]

    /// Reads the crosswalk.
    /// - Throws: ``AnalyticsError`` naming the line of a malformed row, or the missing column.
    public init(csv text: String) throws(AnalyticsError) {
        let table = try DelimitedTable(text: text, delimiter: ",")
        let title = try table.column("occupation")
        let code = try table.column("OCC_CODE")
        var codeByTitle: [String: String] = [:]
        for row in table.rows where !row.text(at: code).isEmpty {
            codeByTitle[row.text(at: title)] = codeByTitle[row.text(at: title)] ?? row.text(at: code)
        }
        self.codeByTitle = codeByTitle
    }

    /// The SOC code of the OEWS occupation an O*NET title is matched to, if it is matched.
    public func code(ofTitle title: String) -> String? { codeByTitle[title] }
}
