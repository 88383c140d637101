/// The occupation scores published with "GPTs are GPTs" (`occ_level.csv`): core-weighted α, β and ζ by human and
/// GPT-4 labels for each O*NET occupation.
///
/// The columns read are `O*NET-SOC Code`, `Title`, `human_rating_alpha`, `human_rating_beta`,
/// `human_rating_gamma`, `dv_rating_alpha`, `dv_rating_beta` and `dv_rating_gamma` (GPT-4's; the paper's ζ is
/// the file's `gamma`).
public struct PublishedOccupationScores: Sendable {
    /// One occupation's published scores.
    public struct Occupation: Hashable, Sendable {
        /// The O*NET-SOC code.
        public let code: String
        /// The O*NET title.
        public let title: String
        /// Scores from the human annotators' labels.
        public let human: ExposureScores
        /// Scores from GPT-4's labels.
        public let gpt4: ExposureScores
    }

    /// The occupations, in the file's order.
    public let occupations: [Occupation]

    /// Reads the published scores.
    /// - Throws: ``AnalyticsError`` naming the line and column of a malformed row or a score that is not a number.
    public init(csv text: String) throws(AnalyticsError) {
        let table = try DelimitedTable(text: text, delimiter: ",")
        let code = try table.column("O*NET-SOC Code")
        let title = try table.column("Title")
        let human = try ["alpha", "beta", "gamma"].map { (name) throws(AnalyticsError) in
            try table.column("human_rating_\(name)")
        }
        let gpt4 = try ["alpha", "beta", "gamma"].map { (name) throws(AnalyticsError) in
            try table.column("dv_rating_\(name)")
        }
        var occupations: [Occupation] = []
        for row in table.rows {
            func scores(_ columns: [Int]) throws(AnalyticsError) -> ExposureScores {
                ExposureScores(
                    alpha: try row.number(at: columns[0]), beta: try row.number(at: columns[1]),
                    zeta: try row.number(at: columns[2]))
            }
            occupations.append(
                Occupation(
                    code: row.text(at: code), title: row.text(at: title), human: try scores(human),
                    gpt4: try scores(gpt4)))
        }
        self.occupations = occupations
    }
}
