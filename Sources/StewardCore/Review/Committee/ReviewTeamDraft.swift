import Foundation

/// A review team as its owner seats it: `username:side` pairs separated by commas or lines, each side `management`
/// or `union`.
///
/// ```swift
/// ReviewTeamDraft(members: "rep:union, manager:management").seats  // [("rep", .union), ("manager", .management)]
/// ```
public struct ReviewTeamDraft: Hashable, Sendable {
    public var members: String

    public init(members: String = "") { self.members = members }

    /// The seats, in the order given, each person once.
    public var seats: [(username: String, side: TableSide)] {
        var seen = Set<String>()
        return entries.compactMap { entry in
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let side = TableSide(rawValue: parts[1].lowercased()), seen.insert(parts[0]).inserted
            else { return nil }
            return (parts[0], side)
        }
    }

    public var problems: [DomainError] {
        var problems = InputText.problems([("members", members)])
        let malformed = entries.filter { entry in
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count != 2 || parts[0].isEmpty || TableSide(rawValue: parts[1].lowercased()) == nil
        }
        if !malformed.isEmpty {
            problems.append(DomainError(
                code: .invalidField, field: "members",
                message: "write each member as username:side, the side management or union; these are not: "
                    + malformed.prefix(5).map { "`\($0.prefix(60))`" }.joined(separator: ", ")))
        } else if Set(seats.map(\.side)).count < 2 || seats.count > 50 {
            problems.append(DomainError(
                code: .invalidField, field: "members",
                message: "seat 2 to 50 members, with both sides, management and the union, at the table"))
        }
        return problems
    }

    private var entries: [String] {
        members.split(whereSeparator: { $0 == "," || $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
