import SQLiteKit

extension SQLiteDatabase {
    /// Writes usage events as rows of one statement, binding SQLite's own values (``UsageRecord/sqliteValues``): what
    /// SQLKit's encoder would make of ``UsageRecord/row``, for a fraction of the work.
    func insertUsage(_ records: ArraySlice<UsageRecord>) async throws {
        let statement = records.count == UsageRecorder.rowsPerStatement
            ? UsageInsertStatement.full : UsageInsertStatement.text(rows: records.count)
        try await query(statement, records.flatMap(\.sqliteValues)) { _ in }
    }
}

/// The text of the statement that writes usage rows with SQLite's values.
enum UsageInsertStatement {
    /// The statement for a whole batch of ``UsageRecorder/rowsPerStatement`` rows, made once.
    static let full = text(rows: UsageRecorder.rowsPerStatement)

    /// `INSERT INTO "usage_events" (…) VALUES (?, …), …` for `rows` rows.
    static func text(rows: Int) -> String {
        let columns = UsageRecorder.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let row = "(" + Array(repeating: "?", count: UsageRecorder.columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \"\(UsageEventModel.schema)\" (\(columns)) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
