import Foundation

/// Calls through the gateway as the usage summary counts them: one person's calls of one day (or of one week, dated
/// by its first day) with one tool in one unit and one verdict. No text, and the person only as an id, so that
/// cells can be hidden when too few people are behind them.
public struct UsageCall: Hashable, Sendable {
    public let day: LocalDay
    public let personID: UUID
    public let tool: String
    public let unit: String
    public let verdict: GatewayVerdict
    /// How many calls this is.
    public let calls: Int

    public init(day: LocalDay, personID: UUID, tool: String, unit: String, verdict: GatewayVerdict, calls: Int = 1) {
        self.day = day
        self.personID = personID
        self.tool = tool
        self.unit = unit
        self.verdict = verdict
        self.calls = calls
    }
}

/// Calls through the gateway summed up by week, tool, unit and verdict for the officer, auditors and the union,
/// without watching anyone: a cell behind fewer than ``minimumPeople`` people shows no count, and the weekly totals
/// count only the cells that show theirs, so that no hidden cell can be worked out by subtraction.
///
/// ```swift
/// let summary = UsageSummary(calls, weeks: 8, endingOn: today)
/// summary.rows      // one per tool × unit × verdict, a cell per week
/// summary.weekly    // the shown calls per week and verdict, for the chart
/// ```
public struct UsageSummary: Hashable, Sendable {
    /// The fewest distinct people a cell must count before its number is shown.
    public static let minimumPeople = 5

    /// One week's count in a row; nil when too few people are behind it (or none: then `isEmpty`).
    public struct Cell: Hashable, Sendable {
        public let calls: Int?
        public let isEmpty: Bool

        public init(calls: Int?, isEmpty: Bool) {
            self.calls = calls
            self.isEmpty = isEmpty
        }
    }

    public struct Row: Hashable, Sendable {
        public let tool: String
        public let unit: String
        public let verdict: GatewayVerdict
        public let cells: [Cell]
    }

    /// The first day of each week shown, oldest first.
    public let weeks: [LocalDay]
    public let rows: [Row]
    /// Per week, the shown calls of each verdict.
    public let weekly: [[GatewayVerdict: Int]]

    /// Sums `calls` over the `count` weeks that end on `lastDay` (weeks of seven days counted back from it).
    public init(_ calls: [UsageCall], weeks count: Int, endingOn lastDay: LocalDay) {
        let first = lastDay.adding(days: -(7 * count - 1))
        weeks = (0..<count).map { first.adding(days: 7 * $0) }
        struct Key: Hashable {
            let tool: String
            let unit: String
            let verdict: GatewayVerdict
        }
        var people: [Key: [[UUID: Int]]] = [:]
        for call in calls where call.day >= first && call.day <= lastDay {
            let week = first.days(until: call.day) / 7
            let key = Key(tool: call.tool, unit: call.unit, verdict: call.verdict)
            var cells = people[key] ?? Array(repeating: [:], count: count)
            cells[week][call.personID, default: 0] += call.calls
            people[key] = cells
        }
        var weekly = Array(repeating: [GatewayVerdict: Int](), count: count)
        rows = people.keys.sorted { ($0.tool, $0.unit, $0.verdict.rawValue) < ($1.tool, $1.unit, $1.verdict.rawValue) }
            .map { key in
                let cells = people[key]!.enumerated().map { week, byPerson -> Cell in
                    guard byPerson.count >= Self.minimumPeople else { return Cell(calls: nil, isEmpty: byPerson.isEmpty) }
                    let calls = byPerson.values.reduce(0, +)
                    weekly[week][key.verdict, default: 0] += calls
                    return Cell(calls: calls, isEmpty: false)
                }
                return Row(tool: key.tool, unit: key.unit, verdict: key.verdict, cells: cells)
            }
        self.weekly = weekly
    }
}
