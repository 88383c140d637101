/// How a contract counts the days of a time limit: every day, or only the days its calendar counts as working.
///
/// A notice period of "30 days" before an AI tool is deployed usually means calendar days; a grievance answer
/// "within 10 days" is often written in working days. Each contract says which, and
/// ``WorkCalendar/day(_:_:after:rollingForward:)`` counts accordingly. (Seed 003: advance notice to unions.)
///
/// ```swift
/// let due = calendar.day(10, .working, after: filed)
/// ```
public enum DayCount: String, Codable, Sendable, CaseIterable {
    /// Every day counts, weekends and holidays included.
    case calendar
    /// Only the working weekdays of the calendar count, and its holidays do not.
    case working
}
