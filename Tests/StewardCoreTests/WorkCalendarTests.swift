import Foundation
import StewardCore
import Testing

/// Deadlines over a Monday-to-Friday calendar in New York with two holidays: Memorial Day, Monday 2026-05-25,
/// and Independence Day observed, Friday 2026-07-03.
@Suite("Deadlines on a work calendar")
struct WorkCalendarTests {
    let calendar: WorkCalendar

    init() throws {
        let holidays = try ["2026-05-25", "2026-07-03"].map { try #require(LocalDay($0)) }
        calendar = try WorkCalendar(timeZone: "America/New_York", holidays: Set(holidays))
    }

    /// One counting case: a label, the day counted from, the count, the kind, the day expected, and whether to roll.
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let from: String
        let count: Int
        let kind: DayCount
        let expected: String
        let rolling: Bool

        init(
            _ label: String, _ from: String, _ count: Int, _ kind: DayCount, _ expected: String, rolling: Bool = false
        ) {
            self.label = label
            self.from = from
            self.count = count
            self.kind = kind
            self.expected = expected
            self.rolling = rolling
        }

        var testDescription: String { label }
    }

    @Test(
        "counting forward from an event",
        arguments: [
            Case("Friday + 1 working day is Monday", "2026-03-06", 1, .working, "2026-03-09"),
            Case("Friday + 5 working days is the next Friday", "2026-03-06", 5, .working, "2026-03-13"),
            Case("Saturday + 1 working day is Monday", "2026-03-07", 1, .working, "2026-03-09"),
            Case("0 working days is the start itself", "2026-03-07", 0, .working, "2026-03-07"),
            Case("a holiday Monday is skipped", "2026-05-22", 1, .working, "2026-05-26"),
            Case("10 working days over Memorial Day", "2026-05-20", 10, .working, "2026-06-04"),
            Case("calendar days cross a month end", "2026-01-20", 14, .calendar, "2026-02-03"),
            Case("calendar days cross a leap day", "2028-02-20", 10, .calendar, "2028-03-01"),
            Case("calendar days land on a Saturday and stay", "2026-03-04", 3, .calendar, "2026-03-07"),
            Case(
                "rolling forward from a Saturday reaches Monday", "2026-03-04", 3, .calendar, "2026-03-09",
                rolling: true),
            Case(
                "rolling forward from a Saturday skips a holiday Monday", "2026-05-20", 3, .calendar, "2026-05-26",
                rolling: true),
            Case(
                "rolling forward from a holiday Friday reaches Monday", "2026-06-26", 7, .calendar, "2026-07-06",
                rolling: true),
            Case("rolling leaves a working day alone", "2026-03-04", 1, .calendar, "2026-03-05", rolling: true),
        ])
    func countsForward(_ example: Case) throws {
        let start = try #require(LocalDay(example.from))
        let due = calendar.day(example.count, example.kind, after: start, rollingForward: example.rolling)
        #expect(due.description == example.expected)
    }

    @Test(
        "counting back from an event to the last day notice can be given",
        arguments: [
            Case("1 working day before Monday is Friday", "2026-03-09", 1, .working, "2026-03-06"),
            Case("3 working days before Tuesday skip the weekend", "2026-03-10", 3, .working, "2026-03-05"),
            Case("1 working day before the Tuesday after Memorial Day", "2026-05-26", 1, .working, "2026-05-22"),
            Case("30 calendar days before a go-live", "2026-04-15", 30, .calendar, "2026-03-16"),
            Case("calendar days back to a Sunday stay", "2026-03-12", 4, .calendar, "2026-03-08"),
            Case("rolling back from a Sunday reaches Friday", "2026-03-12", 4, .calendar, "2026-03-06", rolling: true),
            Case(
                "rolling back from a holiday Monday reaches Friday", "2026-06-24", 30, .calendar, "2026-05-22",
                rolling: true),
        ])
    func countsBackward(_ example: Case) throws {
        let end = try #require(LocalDay(example.from))
        let due = calendar.day(example.count, example.kind, before: end, rollingBackward: example.rolling)
        #expect(due.description == example.expected)
    }

    @Test(
        "working days are counted after the start, up to and including the end",
        arguments: [
            ("2026-03-06", "2026-03-06", 0),
            ("2026-03-06", "2026-03-09", 1),
            ("2026-03-06", "2026-03-13", 5),
            ("2026-03-07", "2026-03-08", 0),
            ("2026-05-22", "2026-05-29", 4),
            ("2026-03-13", "2026-03-06", -5),
        ])
    func countsWorkingDays(start: String, end: String, expected: Int) throws {
        let from = try #require(LocalDay(start))
        let to = try #require(LocalDay(end))
        #expect(calendar.workingDays(from: from, to: to) == expected)
    }

    @Test("a calendar with its own working week counts only those days")
    func ownWorkingWeek() throws {
        let sundayToThursday = try WorkCalendar(
            timeZone: "Asia/Jerusalem", workingWeekdays: [.sunday, .monday, .tuesday, .wednesday, .thursday])
        let thursday = try #require(LocalDay("2026-03-05"))
        #expect(sundayToThursday.day(1, .working, after: thursday).description == "2026-03-08")
    }

    @Test("a calendar that could never reach a deadline cannot be made, and says why")
    func refusesImpossibleCalendars() {
        #expect {
            try WorkCalendar(timeZone: "UTC", workingWeekdays: [])
        } throws: { error in
            (error as? DomainError)?.field == "workingWeekdays"
        }
        #expect {
            try WorkCalendar(timeZone: "America/NewYork")
        } throws: { error in
            let error = error as? DomainError
            return error?.field == "timeZone" && error?.message.contains("`America/New_York`") == true
        }
    }

    @Test("a calendar round-trips through JSON in a stable order, and an impossible one is refused")
    func codable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(calendar), as: UTF8.self)
        #expect(
            json == #"{"holidays":["2026-05-25","2026-07-03"],"timeZone":"America\/New_York","#
                + #""workingWeekdays":[1,2,3,4,5]}"#)
        #expect(try JSONDecoder().decode(WorkCalendar.self, from: Data(json.utf8)) == calendar)
        #expect(throws: DomainError.self) {
            try JSONDecoder().decode(WorkCalendar.self, from: Data(#"{"timeZone":"UTC","workingWeekdays":[]}"#.utf8))
        }
    }
}
