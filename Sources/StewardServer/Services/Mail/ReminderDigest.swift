import Foundation
import StewardCore

/// The text of one person's daily reminder: their overdue steps, then those due soon, each with its use and a
/// link to its page.
struct ReminderDigest {
    /// One step as the digest lists it.
    struct Item {
        let step: String
        let useCase: String
        let tool: String
        let due: Date
        let link: String
    }

    let name: String
    let role: Role
    let overdue: [Item]
    let dueSoon: [Item]
    /// The last day the digest looks ahead to.
    let horizon: Date
    /// The absolute link to "What's due".
    let dueLink: String

    var subject: String {
        let count = overdue.count + dueSoon.count
        let steps = "\(count) review step\(count == 1 ? "" : "s")"
        switch (overdue.isEmpty, dueSoon.isEmpty) {
        case (false, false): return "Steward: \(steps) waiting for you, \(overdue.count) overdue"
        case (false, true): return "Steward: \(steps) overdue"
        default: return "Steward: \(steps) due by \(DisplayFormat.date(horizon))"
        }
    }

    var body: String {
        var lines = [
            "Hello \(name),", "",
            "These review steps are waiting for you, as their owner or as \(role.title.lowercased()):",
        ]
        if !overdue.isEmpty { lines += ["", "Overdue"] + overdue.flatMap(Self.lines) }
        if !dueSoon.isEmpty { lines += ["", "Due by \(DisplayFormat.date(horizon))"] + dueSoon.flatMap(Self.lines) }
        lines += [
            "", "All your open steps: \(dueLink)", "",
            "-- ",
            "Steward sends at most one reminder a day, while steps of yours",
            "are overdue or due within \(ReminderService.daysAhead) days.",
        ]
        return lines.joined(separator: "\n")
    }

    private static func lines(_ item: Item) -> [String] {
        [
            "  * \(item.step): \"\(item.useCase)\" (\(item.tool)), due \(DisplayFormat.date(item.due))",
            "    \(item.link)",
        ]
    }
}
