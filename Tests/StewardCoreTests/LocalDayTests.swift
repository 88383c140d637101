import Foundation
import StewardCore
import Testing

@Suite("Calendar days")
struct LocalDayTests {
    @Test(
        "well-formed days parse and print back unchanged",
        arguments: [
            ("2026-03-06", Weekday.friday),
            ("2028-02-29", .tuesday),
            ("2000-02-29", .tuesday),
            ("1970-01-01", .thursday),
            ("0001-01-01", .monday),
            ("9999-12-31", .friday),
        ])
    func parses(text: String, weekday: Weekday) throws {
        let day = try #require(LocalDay(text))
        #expect(day.description == text)
        #expect(day.weekday == weekday)
    }

    @Test(
        "text that is not exactly an existing YYYY-MM-DD is refused",
        arguments: [
            "2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
            "0000-01-01", "2026-3-1", "2026-03-1", "26-03-01", "2026/03/01", "2026-03-01 ", " 2026-03-01",
            "2026-03-01T00:00", "+026-03-01", "2026-0a-01", "", "２０２６-03-01",
        ])
    func refusesBadText(text: String) {
        #expect(LocalDay(text) == nil)
    }

    @Test("days from parts exist only when the calendar has them")
    func fromParts() {
        #expect(LocalDay(year: 2024, month: 2, day: 29) == LocalDay("2024-02-29"))
        #expect(LocalDay(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDay(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test(
        "adding days crosses months, years and leap days",
        arguments: [
            ("2026-01-31", 1, "2026-02-01"),
            ("2028-02-28", 1, "2028-02-29"),
            ("2028-02-28", 2, "2028-03-01"),
            ("2026-02-28", 1, "2026-03-01"),
            ("2026-12-31", 1, "2027-01-01"),
            ("2026-03-01", -1, "2026-02-28"),
            ("2026-03-06", 30, "2026-04-05"),
            ("2000-01-01", 366, "2001-01-01"),
        ])
    func addsDays(start: String, days: Int, expected: String) throws {
        let day = try #require(LocalDay(start))
        #expect(day.adding(days: days).description == expected)
        #expect(day.days(until: day.adding(days: days)) == days)
    }

    @Test("days order as the calendar does")
    func ordering() throws {
        let days = try ["2026-03-06", "2025-12-31", "2026-02-28", "2026-03-01"].map { try #require(LocalDay($0)) }
        #expect(days.sorted().map(\.description) == ["2025-12-31", "2026-02-28", "2026-03-01", "2026-03-06"])
    }

    @Test(
        "an instant falls on the day its time zone's clocks show",
        arguments: [
            ("2026-03-10T03:30:00Z", "America/New_York", "2026-03-09"),
            ("2026-03-10T04:00:00Z", "America/New_York", "2026-03-10"),
            ("2026-01-10T04:59:59Z", "America/New_York", "2026-01-09"),
            ("2026-01-10T05:00:00Z", "America/New_York", "2026-01-10"),
            ("2026-03-09T23:30:00Z", "Europe/Berlin", "2026-03-10"),
            ("2026-03-09T23:30:00Z", "UTC", "2026-03-09"),
            ("1969-12-31T23:59:59Z", "UTC", "1969-12-31"),
        ])
    func dayOfInstant(instant: String, zone: String, expected: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: instant))
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(LocalDay(date, in: timeZone).description == expected)
    }

    @Test(
        "a day starts at midnight on its time zone's clocks, across clock changes",
        arguments: [
            ("2026-03-08", "America/New_York", "2026-03-08T05:00:00Z"),
            ("2026-03-09", "America/New_York", "2026-03-09T04:00:00Z"),
            ("2026-11-01", "America/New_York", "2026-11-01T04:00:00Z"),
            ("2026-11-02", "America/New_York", "2026-11-02T05:00:00Z"),
            ("2026-09-06", "America/Santiago", "2026-09-06T04:00:00Z"),
            ("2026-03-10", "Asia/Kolkata", "2026-03-09T18:30:00Z"),
            ("2011-12-30", "Pacific/Apia", "2011-12-30T10:00:00Z"),
            ("1969-12-31", "UTC", "1969-12-31T00:00:00Z"),
        ])
    func startOfDay(day: String, zone: String, expected: String) throws {
        let local = try #require(LocalDay(day))
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(ISO8601DateFormatter().string(from: local.start(in: timeZone)) == expected)
        #expect(LocalDay(local.start(in: timeZone), in: timeZone) >= local)
    }

    @Test("a day is written in JSON as YYYY-MM-DD, and anything else is refused")
    func codable() throws {
        let day = try #require(LocalDay("2026-03-06"))
        let data = try JSONEncoder().encode([day])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-06"]"#)
        #expect(try JSONDecoder().decode([LocalDay].self, from: data) == [day])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDay].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }
}
