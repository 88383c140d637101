/// Job classifications with their headcount and tasks, read from a CSV file as a human resources system exports
/// them: a header naming the columns `unit`, `classification`, `headcount`, `task` and `share` (the task's share of
/// working time, in percent), one line per task; a classification without tasks has an empty `task`. Each problem is
/// reported with its line and column, and a file with any problem imports nothing.
///
/// ```swift
/// let file = try ClassificationImport(csv: """
///     unit,classification,headcount,task,share
///     Clerical,Office Assistant,140,Data entry,30
///     Clerical,Office Assistant,140,Scheduling,20
///     """)
/// file.classifications.first?.tasks.count  // 2
/// ```
public struct ClassificationImport: Hashable, Sendable {
    /// One classification of one unit, as the file gives it.
    public struct Classification: Hashable, Sendable {
        /// The unit as the file names it; the caller finds it.
        public let unit: String
        public let title: String
        public let headcount: Int
        public let tasks: [Task]
        /// The line it first appears on, and the column of its unit, for the caller's own problems.
        public let line: Int
        public let unitColumn: Int
    }

    public struct Task: Hashable, Sendable {
        public let name: String
        public let sharePercent: Int
    }

    /// The most lines one file may hold.
    public static let maximumRows = 50_000
    static let columns = ["unit", "classification", "headcount", "task", "share"]

    /// The classifications in the order they first appear.
    public let classifications: [Classification]
    public let problems: [CSVReader.Problem]

    /// Reads `csv`; throws when the file as a whole cannot be read (broken quoting, no header, a missing column,
    /// too many lines), and keeps each line's own problems in ``problems``.
    public init(csv: String) throws(CSVReader.Problem) {
        let records = try CSVReader.rows(in: csv)
        guard let header = records.first else {
            throw CSVReader.Problem(line: 1, column: 1, "the file is empty; the first line names the columns: " + Self.columns.joined(separator: ","))
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let positions = Self.columns.map { names.firstIndex(of: $0) }
        let missing = zip(Self.columns, positions).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            throw CSVReader.Problem(
                line: header.line, column: 1, "the header has no \(missing.joined(separator: ", ")) column; it names "
                    + header.fields.joined(separator: ",").prefix(120))
        }
        guard records.count - 1 <= Self.maximumRows else {
            throw CSVReader.Problem(
                line: records[Self.maximumRows + 1].line, column: 1, "a file may hold \(Self.maximumRows) lines at most; split it")
        }
        let (unit, title, headcount, task, share) = (
            positions[0] ?? 0, positions[1] ?? 0, positions[2] ?? 0, positions[3] ?? 0, positions[4] ?? 0
        )
        var order: [String] = []
        var found: [String: (unit: String, title: String, headcount: Int, line: Int, tasks: [Task], total: Int)] = [:]
        var problems: [CSVReader.Problem] = []
        for record in records.dropFirst() {
            func cell(_ index: Int) -> String {
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            func problem(_ column: Int, _ message: String) {
                problems.append(CSVReader.Problem(line: record.line, column: column + 1, message))
            }
            let unitName = cell(unit), titleText = cell(title), taskName = cell(task)
            if unitName.isEmpty { problem(unit, "`unit` is empty; name the bargaining unit") }
            if titleText.isEmpty { problem(title, "`classification` is empty") }
            guard let count = Int(cell(headcount)), count >= 0 else {
                problem(headcount, "`headcount` is `\(cell(headcount).prefix(20))`; give a whole number of people")
                continue
            }
            var percent = 0
            if !taskName.isEmpty {
                guard let value = Int(cell(share)), (1...100).contains(value) else {
                    problem(share, "`share` is `\(cell(share).prefix(20))`; give the task's share of time, 1 to 100 percent")
                    continue
                }
                percent = value
            }
            guard !unitName.isEmpty, !titleText.isEmpty else { continue }
            let key = unitName.lowercased() + "\u{0}" + titleText.lowercased()
            var entry = found[key] ?? (unitName, titleText, count, record.line, [], 0)
            if found[key] == nil { order.append(key) }
            if entry.headcount != count {
                problem(headcount, "`headcount` is \(count) here but \(entry.headcount) on line \(entry.line) for the same classification")
            }
            if !taskName.isEmpty {
                if entry.tasks.contains(where: { $0.name.lowercased() == taskName.lowercased() }) {
                    problem(task, "the task `\(taskName.prefix(60))` is listed twice for \(titleText)")
                } else {
                    entry.tasks.append(Task(name: taskName, sharePercent: percent))
                    entry.total += percent
                    if entry.total > 100 {
                        problem(share, "the tasks of \(titleText) come to \(entry.total)% of working time; at most 100")
                    }
                }
            }
            found[key] = entry
        }
        classifications = order.compactMap { key in
            found[key].map {
                Classification(
                    unit: $0.unit, title: $0.title, headcount: $0.headcount, tasks: $0.tasks, line: $0.line,
                    unitColumn: unit + 1)
            }
        }
        self.problems = problems.sorted()
    }
}
