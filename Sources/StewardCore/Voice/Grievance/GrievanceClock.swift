/// When the current step of a grievance falls due: the contract's time limit for the step, counted from the day the
/// step began on the contract's calendar, plus the extensions both sides agreed, with the days the grievance was
/// held in abeyance left out (tolled). Seed 003 asks that disputes about AI be resolved through the grievance
/// procedure, by people; its time limits are the contract's (issue 11, "Feedback and grievances").
///
/// ```swift
/// let clock = GrievanceClock(calendar: calendar, dayCount: .working, limit: 10, start: filed)
/// clock.deadline  // .due(the tenth working day after filing)
/// ```
public struct GrievanceClock: Hashable, Sendable {
    /// A span in which the clock stands still: from `from` (the first day that does not count) until `until` (the
    /// first day that counts again), or on and on while `until` is nil.
    public struct Pause: Hashable, Sendable {
        public let from: LocalDay
        public let until: LocalDay?

        public init(from: LocalDay, until: LocalDay?) {
            self.from = from
            self.until = until
        }

        public func contains(_ day: LocalDay) -> Bool { from <= day && until.map { day < $0 } ?? true }
    }

    /// When the step is due.
    public enum Deadline: Hashable, Sendable {
        /// The last day of the time limit.
        case due(LocalDay)
        /// The clock stands still since `since`, with `daysLeft` days of the limit still to run once it resumes.
        case paused(since: LocalDay, daysLeft: Int)
    }

    public let calendar: WorkCalendar
    public let dayCount: DayCount
    /// The contract's time limit for the step plus every agreed extension, in days of `dayCount`.
    public let limit: Int
    /// The day the step began, which itself does not count.
    public let start: LocalDay
    public let pauses: [Pause]

    public init(calendar: WorkCalendar, dayCount: DayCount, limit: Int, start: LocalDay, pauses: [Pause] = []) {
        self.calendar = calendar
        self.dayCount = dayCount
        self.limit = limit
        self.start = start
        self.pauses = pauses
    }

    /// The step's deadline. A limit in calendar days that ends on a weekend or holiday moves to the next working
    /// day, as ``WorkCalendar/day(_:_:after:rollingForward:)`` does for the other deadlines.
    public var deadline: Deadline {
        var day = start
        var remaining = max(limit, 0)
        while remaining > 0 {
            let next = day.adding(days: 1)
            if let open = pauses.first(where: { $0.until == nil && $0.from <= next }) {
                return .paused(since: max(open.from, start), daysLeft: remaining)
            }
            day = next
            if pauses.contains(where: { $0.contains(day) }) { continue }
            if dayCount == .calendar || calendar.isWorkingDay(day) { remaining -= 1 }
        }
        if dayCount == .calendar { return .due(calendar.day(0, .calendar, after: day, rollingForward: true)) }
        return .due(day)
    }

    /// How many days of the limit are left after `today`: negative once the deadline has passed, nil while paused.
    public func daysLeft(on today: LocalDay) -> Int? {
        guard case .due(let due) = deadline else { return nil }
        switch dayCount {
        case .calendar: return today.days(until: due)
        case .working: return calendar.workingDays(from: today, to: due)
        }
    }
}
