import Foundation

/// A pilot's plan as a form or an API body gives it: what it covers, when it runs, who takes part. The duration is
/// bargained with the union (Seed 002, "Pilot Programs"); a pilot runs for at most two years.
///
/// ```swift
/// PilotPlanDraft(scope: "", startsOn: "2026-12-01", endsOn: "2026-11-01", participants: "").problems.map(\.field)
/// // ["scope", "endsOn", "participants"]
/// ```
public struct PilotPlanDraft: Hashable, Sendable {
    public var scope: String
    public var startsOn: String
    public var endsOn: String
    /// Usernames, separated by commas, spaces or lines.
    public var participants: String

    public init(scope: String = "", startsOn: String = "", endsOn: String = "", participants: String = "") {
        self.scope = scope
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.participants = participants
    }

    /// The longest a pilot may run, in days.
    public static let longest = 730

    /// The participants' usernames, in the order given, each once.
    public var usernames: [String] {
        var seen = Set<String>()
        return participants.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
            .filter { seen.insert($0).inserted }
    }

    /// Every problem with the draft, by field.
    public var problems: [DomainError] {
        var problems = InputText.problems([("scope", scope), ("participants", participants)])
        let trimmed = scope.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.count > 5_000 {
            problems.append(DomainError(
                code: .invalidField, field: "scope",
                message: "say what the pilot covers: which offices, tasks and data (1 to 5,000 characters)"))
        }
        let start = LocalDay(startsOn.trimmingCharacters(in: .whitespaces))
        let end = LocalDay(endsOn.trimmingCharacters(in: .whitespaces))
        if let problem = DayField.problem(in: startsOn, field: "startsOn") { problems.append(problem) }
        if let problem = DayField.problem(in: endsOn, field: "endsOn") {
            problems.append(problem)
        } else if let start, let end, start.days(until: end) < 1 || start.days(until: end) > Self.longest {
            problems.append(DomainError(
                code: .invalidField, field: "endsOn",
                message: "the pilot must end after it starts and run \(Self.longest) days at most; it runs from \(start) to \(end)"))
        }
        if usernames.isEmpty || usernames.count > 1_000 {
            problems.append(DomainError(
                code: .invalidField, field: "participants",
                message: "name the people who take part, by username, separated by commas (1 to 1,000)"))
        }
        return problems
    }

    /// The checked values, or nil while there are problems.
    public var checked: (scope: String, startsOn: LocalDay, endsOn: LocalDay, usernames: [String])? {
        guard problems.isEmpty, let start = LocalDay(startsOn.trimmingCharacters(in: .whitespaces)),
              let end = LocalDay(endsOn.trimmingCharacters(in: .whitespaces))
        else { return nil }
        return (scope.trimmingCharacters(in: .whitespacesAndNewlines), start, end, usernames)
    }
}
