extension OMB2025File {
    /// What Steward records about a use that the federal inventory has no column for: the union's notice and
    /// bargaining (Seed 003: advance notice to unions; Seed 002: decisional bargaining), and which bargaining units
    /// and job classifications the use affects. Written after the 36 federal columns under ``names``; the lists are
    /// written as the federal file writes its multi-select cells.
    ///
    /// ```swift
    /// let steward = OMB2025File.StewardColumns(
    ///     unionNoticeDate: LocalDay("2026-03-02"), bargainingStatus: .inBargaining,
    ///     affectedUnits: ["Clerical"], affectedClassifications: ["Office Assistant"])
    /// steward.cells["affected_units"]   // "['Clerical']"
    /// ```
    public struct StewardColumns: Hashable, Sendable, Codable {
        /// Where the union's notice and any bargaining over the use stand.
        public enum BargainingStatus: String, CaseIterable, Codable, Sendable, Hashable {
            /// The union was told and has not answered yet.
            case awaitingAnswer = "awaiting-answer"
            /// The union acknowledged the notice and did not ask to bargain.
            case acknowledged
            /// The union demanded to bargain and bargaining has not ended.
            case inBargaining = "in-bargaining"
            case agreement
            case sideLetter = "side-letter"
            case impasse

            /// The status from the union's answer to the notice and how bargaining ended, if it did.
            public init(answer: NoticeAnswer?, outcome: BargainingOutcome?) {
                switch (answer, outcome) {
                case (_, .agreement?): self = .agreement
                case (_, .sideLetter?): self = .sideLetter
                case (_, .impasse?): self = .impasse
                case (.demandToBargain?, nil): self = .inBargaining
                case (.acknowledged?, nil): self = .acknowledged
                case (nil, nil): self = .awaitingAnswer
                }
            }
        }

        /// The column names, in the order they are written.
        public static let names = [
            "union_notice_date", "bargaining_status", "affected_units", "affected_classifications",
        ]

        /// The day the union was given notice of the use, if it was.
        public var unionNoticeDate: LocalDay?
        public var bargainingStatus: BargainingStatus?
        /// The names of the bargaining units whose members the use affects.
        public var affectedUnits: [String]
        /// The titles of the job classifications the use affects.
        public var affectedClassifications: [String]

        public init(
            unionNoticeDate: LocalDay? = nil, bargainingStatus: BargainingStatus? = nil, affectedUnits: [String] = [],
            affectedClassifications: [String] = []
        ) {
            self.unionNoticeDate = unionNoticeDate
            self.bargainingStatus = bargainingStatus
            self.affectedUnits = affectedUnits
            self.affectedClassifications = affectedClassifications
        }

        /// Reads the columns from a row's extras; a column the row lacks reads as empty.
        ///
        /// - Throws: ``DomainError`` naming the column, when a date is not `YYYY-MM-DD`, a status is not one of
        ///   ``BargainingStatus``, or a list is not a list.
        public init(extras: [String: String]) throws(DomainError) {
            let cells = Self.names.map { extras[$0] ?? "" }
            if !cells[0].isEmpty {
                guard let day = LocalDay(cells[0]) else {
                    throw DomainError(
                        code: .invalidField, field: Self.names[0],
                        message: "`\(Self.names[0])` is `\(cells[0].prefix(40))`; write the day as YYYY-MM-DD")
                }
                unionNoticeDate = day
            }
            if !cells[1].isEmpty {
                guard let status = BargainingStatus(rawValue: cells[1]) else {
                    throw DomainError(
                        code: .invalidField, field: Self.names[1],
                        message: "`\(Self.names[1])` is `\(cells[1].prefix(40))`; write one of "
                            + BargainingStatus.allCases.map(\.rawValue).joined(separator: ", "))
                }
                bargainingStatus = status
            }
            affectedUnits = try Self.list(cells[2], Self.names[2])
            affectedClassifications = try Self.list(cells[3], Self.names[3])
        }

        /// The cells by column name, as written.
        public var cells: [String: String] {
            let values = [
                unionNoticeDate?.description ?? "", bargainingStatus?.rawValue ?? "",
                OMB2025ListCell.items(affectedUnits).cell, OMB2025ListCell.items(affectedClassifications).cell,
            ]
            return Dictionary(uniqueKeysWithValues: zip(Self.names, values))
        }

        private static func list(_ cell: String, _ name: String) throws(DomainError) -> [String] {
            if cell.isEmpty { return [] }
            guard let items = OMB2025ListCell(cell).items else {
                throw DomainError(
                    code: .invalidField, field: name,
                    message: "`\(name)` is not a list; write it as ['first', 'second']")
            }
            return items
        }
    }
}
