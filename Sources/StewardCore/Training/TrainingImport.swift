import Foundation

/// Completions of one course read from a CSV file, as a training system exports them: a header line naming a
/// `username` column and a `completed` column (`YYYY-MM-DD`); other columns are ignored. Every problem is reported
/// with its line and column, and a file with any problem imports nothing.
///
/// ```swift
/// let file = try TrainingImport(csv: "username,completed\nana,2026-03-02\ncem,2026-02-30\n")
/// file.rows      // [Row(line: 2, username: "ana", completedOn: 2026-03-02)]
/// file.problems  // line 3, column 2: `completed` is `2026-02-30`; …
/// ```
public struct TrainingImport: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public let line: Int
        public let username: String
        public let completedOn: LocalDay
    }

    /// The most rows one file may hold.
    public static let maximumRows = 100_000
    /// The names each column may go by in the header, compared without case.
    static let usernameNames = ["username", "user"]
    static let completedNames = ["completed", "completed_on", "completion_date"]

    /// The lines that read well.
    public let rows: [Row]
    /// What is wrong with the other lines, in line order; the caller adds its own (unknown usernames) and imports
    /// nothing while there are any.
    public let problems: [Problem]

    /// A problem at a line and column of the file.
    public typealias Problem = CSVReader.Problem

    /// Where the username and the day stand, counting columns from 1.
    public let usernameColumn: Int
    public let completedColumn: Int

    /// Reads `csv`; throws when the file as a whole cannot be read (broken quoting, no header, too many lines), and
    /// keeps each line's own problems in ``problems`` (`field` is `line N, column C`).
    public init(csv: String) throws(TrainingImportError) {
        let records: [CSVReader.Row]
        do { records = try CSVReader.rows(in: csv) } catch {
            throw TrainingImportError(problem: Problem(line: error.line, column: error.column, error.message))
        }
        guard let header = records.first else {
            throw TrainingImportError(problem: Problem(
                line: 1, column: 1, "the file is empty; the first line names the columns: username,completed"))
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let user = names.firstIndex(where: Self.usernameNames.contains)
        let completed = names.firstIndex(where: Self.completedNames.contains)
        guard let user, let completed else {
            let missing = [user == nil ? "username" : nil, completed == nil ? "completed" : nil].compactMap { $0 }
            throw TrainingImportError(problem: Problem(
                line: header.line, column: 1,
                "the header has no \(missing.joined(separator: " or ")) column; it reads `\(header.fields.joined(separator: ",").prefix(120))`"))
        }
        guard records.count - 1 <= Self.maximumRows else {
            throw TrainingImportError(problem: Problem(
                line: records[Self.maximumRows + 1].line, column: 1,
                "a file may hold \(Self.maximumRows) completions at most; split it"))
        }
        var rows: [Row] = []
        var problems: [Problem] = []
        for record in records.dropFirst() {
            func cell(_ index: Int) -> String? {
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : nil
            }
            let username = cell(user) ?? ""
            let dayText = cell(completed) ?? ""
            if username.isEmpty {
                problems.append(Problem(line: record.line, column: user + 1, "`username` is empty"))
            } else if let problem = InputText.problem(in: username, field: "username") {
                problems.append(Problem(line: record.line, column: user + 1, problem.message))
            }
            let day = LocalDay(dayText)
            if day == nil {
                problems.append(Problem(
                    line: record.line, column: completed + 1,
                    "`completed` is `\(dayText.prefix(40))`; write the day as YYYY-MM-DD, such as 2026-03-09"))
            }
            if let day, !username.isEmpty { rows.append(Row(line: record.line, username: username, completedOn: day)) }
        }
        self.rows = rows
        self.problems = problems
        usernameColumn = user + 1
        completedColumn = completed + 1
    }
}

/// Why a training file cannot be read at all, at the line and column where reading stopped.
public struct TrainingImportError: Error, Hashable, Sendable {
    public let problem: TrainingImport.Problem
}
