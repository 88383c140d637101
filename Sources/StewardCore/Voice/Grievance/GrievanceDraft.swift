import Foundation

/// A grievance as a union representative files it: what happened, what the union asks for, and the day it was
/// filed at the contract's first step. What the employer is given; the union's strategy stays in its private notes.
public struct GrievanceDraft: Hashable, Sendable {
    public var title: String
    public var statement: String
    public var remedy: String
    /// The day it was filed, `YYYY-MM-DD`; empty for today.
    public var filedOn: String

    public init(title: String = "", statement: String = "", remedy: String = "", filedOn: String = "") {
        self.title = title
        self.statement = statement
        self.remedy = remedy
        self.filedOn = filedOn
    }

    /// What the filing keeps, checked.
    public struct Filing: Hashable, Sendable {
        public let title: String
        public let statement: String
        public let remedy: String
        public let filedOn: LocalDay
    }

    /// The filing, or nil with every problem added to `problems`. A grievance is filed today or was filed before.
    public func checked(today: LocalDay, problems: inout [DomainError]) -> Filing? {
        let before = problems.count
        let title = InputText.bounded(self.title, field: "title", limit: 200, what: "give the grievance a title", &problems)
        let statement = InputText.bounded(
            self.statement, field: "statement", limit: 20_000, what: "state what happened and what the contract says",
            &problems)
        let remedy = InputText.bounded(remedy, field: "remedy", limit: 5_000, what: "say what the union asks for", &problems)
        let dayText = filedOn.trimmingCharacters(in: .whitespaces)
        var filed = today
        if !dayText.isEmpty {
            if let problem = DayField.problem(in: dayText, field: "filedOn", notAfter: today) {
                problems.append(problem)
            } else if let day = LocalDay(dayText) {
                filed = day
            }
        }
        guard problems.count == before, let title, let statement, let remedy else { return nil }
        return Filing(title: title, statement: statement, remedy: remedy, filedOn: filed)
    }
}
