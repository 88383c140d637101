import Foundation
import PropertyBased
import StewardCore
import Testing

/// The properties deadlines rely on, checked over generated calendars: any non-empty set of working weekdays, up
/// to 40 holidays within a year, and starts within that year, so that holidays often fall inside a time limit.
@Suite("Properties of deadlines")
struct WorkCalendarPropertyTests {
    /// 2026-01-01, built from an instant so that it needs no unwrapping.
    static let firstDay = LocalDay(Date(timeIntervalSince1970: 1_767_225_600), in: .gmt)

    static let day = Gen.int(in: 0...365).map { firstDay.adding(days: $0) }

    static let calendar = zip(Gen.int(in: 1...127), Gen.int(in: 0...400).set(ofAtMost: 0...40)).compactMap {
        mask, offsets in
        try? WorkCalendar(
            timeZone: "UTC", workingWeekdays: Set(Weekday.allCases.filter { mask & (1 << ($0.rawValue - 1)) != 0 }),
            holidays: Set(offsets.map { firstDay.adding(days: $0) }))
    }

    static let count = Gen.int(in: 1...40)

    @Test("N working days after any day is a working day, N working days away")
    func workingDeadlinesLandOnWorkingDays() async {
        await propertyCheck(count: 500, input: Self.calendar, Self.day, Self.count) { calendar, start, count in
            // When
            let due = calendar.day(count, .working, after: start)
            // Then
            #expect(calendar.isWorkingDay(due))
            #expect(calendar.workingDays(from: start, to: due) == count)
        }
    }

    @Test("one more working day never gives an earlier deadline")
    func workingDeadlinesAreMonotonic() async {
        await propertyCheck(count: 500, input: Self.calendar, Self.day, Self.count) { calendar, start, count in
            #expect(calendar.day(count, .working, after: start) < calendar.day(count + 1, .working, after: start))
            #expect(calendar.day(count, .working, before: start) > calendar.day(count + 1, .working, before: start))
        }
    }

    @Test("counting N working days back from a deadline N working days ahead returns to a working day no later")
    func countingBackUndoesCountingForward() async {
        await propertyCheck(count: 500, input: Self.calendar, Self.day, Self.count) { calendar, start, count in
            // Given
            let due = calendar.day(count, .working, after: start)
            // When
            let back = calendar.day(count, .working, before: due)
            // Then
            #expect(back <= start)
            #expect(calendar.isWorkingDay(back))
            #expect(calendar.workingDays(from: back, to: due) == count)
        }
    }

    @Test("calendar days added are the days until the deadline, and counting back returns to the start")
    func calendarDaysRoundTrip() async {
        await propertyCheck(count: 500, input: Self.calendar, Self.day, Gen.int(in: -400...400)) {
            calendar, start, count in
            let due = calendar.day(count, .calendar, after: start)
            #expect(start.days(until: due) == count)
            #expect(calendar.day(count, .calendar, before: due) == start)
        }
    }

    @Test("rolling moves a calendar-day deadline to the nearest working day in its direction, and only if needed")
    func rollingReachesAWorkingDay() async {
        await propertyCheck(count: 500, input: Self.calendar, Self.day, Gen.int(in: 0...60)) { calendar, start, count in
            let due = calendar.day(count, .calendar, after: start)
            let later = calendar.day(count, .calendar, after: start, rollingForward: true)
            let earlier = calendar.day(count, .calendar, before: due, rollingBackward: true)
            #expect(calendar.isWorkingDay(later) && calendar.isWorkingDay(earlier))
            #expect(calendar.workingDays(from: due, to: later) == (calendar.isWorkingDay(due) ? 0 : 1))
            #expect(later >= due && earlier <= start)
        }
    }

    @Test("adding holidays only ever moves a deadline later, or notice earlier")
    func holidaysNeverShortenATimeLimit() async {
        let extra = Gen.int(in: 0...400).set(ofAtMost: 1...20)
        await propertyCheck(count: 500, input: Self.calendar, Self.day, Self.count, extra) {
            calendar, start, count, offsets in
            var moreHolidays = calendar
            moreHolidays.holidays.formUnion(offsets.map { Self.firstDay.adding(days: $0) })
            for kind in DayCount.allCases {
                #expect(
                    moreHolidays.day(count, kind, after: start, rollingForward: true)
                        >= calendar.day(count, kind, after: start, rollingForward: true))
                #expect(
                    moreHolidays.day(count, kind, before: start, rollingBackward: true)
                        <= calendar.day(count, kind, before: start, rollingBackward: true))
            }
        }
    }

    @Test("a day read from its own start in a time zone is the same day")
    func startOfDayRoundTrips() async {
        let zones = ["UTC", "America/New_York", "America/Santiago", "Asia/Kolkata", "Pacific/Chatham", "Europe/Berlin"]
        let anyDay = Gen.int(in: -30_000...30_000).map { Self.firstDay.adding(days: $0) }
        await propertyCheck(count: 500, input: anyDay, Gen.element(of: zones)) { day, zone in
            let timeZone = try #require(zone.flatMap { TimeZone(identifier: $0) })
            #expect(LocalDay(day.start(in: timeZone), in: timeZone) == day)
        }
    }
}
