/// Counting a contract's time limits forward and backward over a ``WorkCalendar``.
///
/// The day counted from is day 0 and never counts itself: 1 working day after a Friday is the next Monday, and
/// 1 calendar day before a Monday is the Sunday. A count of one or more working days always lands on a working
/// day; a count of calendar days lands wherever it falls unless asked to roll to the nearest working day, which
/// many contracts require when a deadline falls on a weekend or holiday.
extension WorkCalendar {
    /// The day a time limit of `count` days, counted from `start`, falls due.
    ///
    /// A grievance answer due "within 10 working days" of filing is due on `day(10, .working, after: filed)`;
    /// a pilot evaluation due "30 days" after launch, moved off weekends and holidays, on
    /// `day(30, .calendar, after: launch, rollingForward: true)` (Seed 002, §D: pilot programs).
    ///
    /// ```swift
    /// let friday = LocalDay(year: 2026, month: 3, day: 6)
    /// friday.map { calendar.day(1, .working, after: $0) }  // 2026-03-09, a Monday
    /// ```
    ///
    /// - Parameters:
    ///   - count: how many days the contract allows; a negative count counts backward, as
    ///     ``day(_:_:before:rollingBackward:)`` does.
    ///   - kind: whether every day counts or only working days.
    ///   - start: the day of the event that starts the clock, which itself does not count.
    ///   - rollingForward: when the day found is not a working day, move to the next working day.
    public func day(_ count: Int, _ kind: DayCount, after start: LocalDay, rollingForward: Bool = false) -> LocalDay {
        let due = counting(count, kind, from: start)
        return rollingForward ? firstWorkingDay(from: due, step: 1) : due
    }

    /// The latest day that still leaves `count` days before `end`, such as the last day notice can be given.
    ///
    /// Notice owed to the union "at least 30 days before" a tool goes live (Seed 003: advance notice to unions)
    /// can be given until `day(30, .calendar, before: goLive)`; when that day is a weekend or holiday and the
    /// notice must be given on a working day, `rollingBackward: true` moves it to the working day before.
    ///
    /// ```swift
    /// let monday = LocalDay(year: 2026, month: 3, day: 9)
    /// monday.map { calendar.day(1, .working, before: $0) }  // 2026-03-06, the Friday before
    /// ```
    ///
    /// - Parameters:
    ///   - count: how many days must remain; a negative count counts forward.
    ///   - kind: whether every day counts or only working days.
    ///   - end: the day of the event the time limit leads up to, which itself does not count.
    ///   - rollingBackward: when the day found is not a working day, move to the working day before it.
    public func day(_ count: Int, _ kind: DayCount, before end: LocalDay, rollingBackward: Bool = false) -> LocalDay {
        let due = counting(-count, kind, from: end)
        return rollingBackward ? firstWorkingDay(from: due, step: -1) : due
    }

    /// How many working days lie after `start`, up to and including `end`: how far into a time limit `end` is.
    ///
    /// The count is negative when `end` comes before `start`, so that swapping the two only flips the sign.
    ///
    /// ```swift
    /// calendar.workingDays(from: friday, to: nextFriday)  // 5 in a week without holidays
    /// ```
    public func workingDays(from start: LocalDay, to end: LocalDay) -> Int {
        guard start <= end else { return -workingDays(from: end, to: start) }
        return (0..<start.days(until: end)).count { isWorkingDay(start.adding(days: $0 + 1)) }
    }

    /// Steps `count` days from `day`, forward when positive, skipping days that don't count when `kind` is working.
    private func counting(_ count: Int, _ kind: DayCount, from day: LocalDay) -> LocalDay {
        switch kind {
        case .calendar:
            return day.adding(days: count)
        case .working:
            let step = count < 0 ? -1 : 1
            var day = day
            var remaining = count.magnitude
            while remaining > 0 {
                day = day.adding(days: step)
                if isWorkingDay(day) { remaining -= 1 }
            }
            return day
        }
    }

    /// The first working day from `day` on, going in the direction of `step`; `day` itself when it is one.
    private func firstWorkingDay(from day: LocalDay, step: Int) -> LocalDay {
        var day = day
        while !isWorkingDay(day) { day = day.adding(days: step) }
        return day
    }
}
