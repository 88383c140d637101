import Foundation

/// Writes a person's deadlines as an iCalendar (RFC 5545) feed that a calendar program subscribes to: one all-day
/// event per step with a due date.
///
/// ```swift
/// ICalendar.feed(name: "Steward: what's due", events: [.init(uid: "…", day: "20261207", summary: "Notice", url: "…")])
/// ```
public enum ICalendar {
    /// One all-day event.
    public struct Event: Sendable, Hashable {
        public let uid: String
        /// The day, `YYYYMMDD`.
        public let day: String
        public let summary: String
        public let url: String

        public init(uid: String, day: String, summary: String, url: String) {
            self.uid = uid
            self.day = day
            self.summary = summary
            self.url = url
        }
    }

    /// The feed's text, with CRLF line ends, escaped text and lines folded at 75 octets.
    public static func feed(name: String, stamp: String, events: [Event]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Steward//Review steps//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + escape(name)]
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:" + event.uid, "DTSTAMP:" + stamp, "DTSTART;VALUE=DATE:" + event.day,
                "SUMMARY:" + escape(event.summary), "URL:" + event.url, "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Backslashes, semicolons, commas and line breaks escaped as RFC 5545 §3.3.11 asks.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\n")
    }

    /// Folds a line longer than 75 octets into continuation lines that start with a space, never inside a character.
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }
}
