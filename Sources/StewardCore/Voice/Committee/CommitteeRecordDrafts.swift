import Foundation

/// What the joint committee's records take from a form or an API body, checked: a meeting's day and agenda, its
/// minutes (written by people: the policy forbids AI recording of meetings, so minutes are text typed or pasted by
/// a person, never an uploaded recording or transcript), its decisions and its action items (Seed 003).
public enum CommitteeRecordDrafts {
    /// A meeting to hold: its day (`YYYY-MM-DD`, past or future) and the agenda items beyond those proposed from
    /// what is pending, one a line.
    public static func meeting(heldOn: String, extraItems: String, problems: inout [DomainError]) -> (LocalDay, [String])? {
        let before = problems.count
        let day = LocalDay(heldOn.trimmingCharacters(in: .whitespaces))
        if day == nil, let problem = DayField.problem(in: heldOn, field: "heldOn") { problems.append(problem) }
        var items: [String] = []
        for (index, line) in extraItems.split(whereSeparator: \.isNewline).enumerated() {
            if let item = InputText.bounded(String(line), field: "items[\(index)]", limit: 300, what: "keep each item to one line", &problems) {
                items.append(item)
            }
        }
        guard problems.count == before, let day else { return nil }
        return (day, items)
    }

    /// Minutes as a person wrote them.
    public static func minutes(_ text: String, problems: inout [DomainError]) -> String? {
        InputText.bounded(text, field: "minutes", limit: 50_000, what: "write the minutes", &problems)
    }

    /// A decision the committee took.
    public static func decision(_ text: String, problems: inout [DomainError]) -> String? {
        InputText.bounded(text, field: "decision", limit: 5_000, what: "write the decision as it was taken", &problems)
    }

    /// An action item: what to do and by when (`YYYY-MM-DD`, today or later); its text is checked as `field`.
    public static func action(
        _ text: String, field: String = "action", dueOn: String, today: LocalDay, problems: inout [DomainError]
    ) -> (String, LocalDay)? {
        let before = problems.count
        let item = InputText.bounded(text, field: field, limit: 1_000, what: "say what is to be done", &problems)
        let day = LocalDay(dueOn.trimmingCharacters(in: .whitespaces))
        if day == nil, let problem = DayField.problem(in: dueOn, field: "dueOn") { problems.append(problem) }
        if let day, day < today {
            problems.append(DomainError(code: .invalidField, field: "dueOn", message: "\(day) has passed; give a day from today (\(today)) on"))
        }
        guard problems.count == before, let item, let day else { return nil }
        return (item, day)
    }
}
