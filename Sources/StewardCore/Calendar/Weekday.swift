/// A day of the week, numbered as ISO 8601 does: Monday is 1 and Sunday is 7.
///
/// A ``WorkCalendar`` names the weekdays its contract works; a ``LocalDay`` tells which one it falls on.
///
/// ```swift
/// LocalDay("2026-03-06")?.weekday  // .friday
/// ```
public enum Weekday: Int, Codable, Sendable, CaseIterable, Comparable {
    /// ISO weekday 1.
    case monday = 1
    /// ISO weekday 2.
    case tuesday
    /// ISO weekday 3.
    case wednesday
    /// ISO weekday 4.
    case thursday
    /// ISO weekday 5.
    case friday
    /// ISO weekday 6.
    case saturday
    /// ISO weekday 7.
    case sunday

    /// Monday to Friday, the working week most contracts assume.
    public static let mondayToFriday: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
