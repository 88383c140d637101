import StewardCore
import Testing

@Suite("iCalendar feed")
struct ICalendarTests {
    @Test("an event carries its day, its escaped summary and its link; lines end in CRLF")
    func event() {
        let feed = ICalendar.feed(
            name: "Steward", stamp: "20261130T093000Z",
            events: [.init(uid: "a@steward", day: "20261207", summary: "Notice; union, now", url: "https://x/steps/a")])

        #expect(feed.contains("DTSTART;VALUE=DATE:20261207\r\n"))
        #expect(feed.contains("SUMMARY:Notice\\; union\\, now\r\n"))
        #expect(feed.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(feed.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test("long lines fold at 75 octets without splitting a character")
    func folding() {
        let feed = ICalendar.feed(
            name: "Steward", stamp: "20261130T093000Z",
            events: [.init(uid: "b", day: "20261207", summary: String(repeating: "é", count: 100), url: "u")])

        let lines = feed.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.contains { $0.hasPrefix(" é") })
    }
}
