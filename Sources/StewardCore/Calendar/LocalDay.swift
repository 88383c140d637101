import Foundation

/// A day on the calendar, with no time of day and no time zone: the unit every contractual deadline is counted in.
///
/// Days are proleptic Gregorian, as ISO 8601 writes them, and read and write as `YYYY-MM-DD`. An instant becomes
/// a day only in a time zone: the same moment can be Monday in New York and Tuesday in Berlin.
///
/// ```swift
/// let start = LocalDay("2026-03-06")      // a Friday
/// start?.adding(days: 3).description      // "2026-03-09"
/// LocalDay(Date(timeIntervalSince1970: 0), in: .gmt).description  // "1970-01-01"
/// ```
public struct LocalDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1 to 9999 for any day that was parsed or built from its parts.
    public let year: Int
    /// The month, 1 (January) to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Makes the day from its parts, or returns nil when there is no such day (such as February 30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.length(ofMonth: month, in: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`, or returns nil for any other text or for a day that does not exist.
    ///
    /// ```swift
    /// LocalDay("2028-02-29")  // a leap day
    /// LocalDay("2026-02-30")  // nil
    /// LocalDay("2026-3-1")    // nil: months and days take two digits
    /// ```
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
            let day = Self.number(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day that contains `date` on the clocks of `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        self.init(dayNumber: Int((local / Self.secondsPerDay).rounded(.down)))
    }

    /// The first instant of this day in `timeZone`: midnight, or the first instant after it when a clock change
    /// skips midnight.
    ///
    /// A day the zone skipped entirely (Samoa went from 2011-12-29 to 2011-12-31) starts when the next day does,
    /// so that a deadline never begins or ends before the day it names.
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let noon = Double(dayNumber) * Self.secondsPerDay + Self.secondsPerDay / 2
        let offset = Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: noon)))
        let start = calendar.startOfDay(for: Date(timeIntervalSince1970: noon - offset))
        return LocalDay(start, in: timeZone) < self ? adding(days: 1).start(in: timeZone) : start
    }

    /// The day of the week this day falls on.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday, the fourth of `Weekday.allCases`.
        Weekday.allCases[((dayNumber + 3) % 7 + 7) % 7]
    }

    /// The day `days` days later, or earlier when `days` is negative.
    public func adding(days: Int) -> LocalDay { LocalDay(dayNumber: dayNumber + days) }

    /// The same day of the month `months` months later (earlier when negative), or the month's last day when it is
    /// shorter: a year's training taken on 2028-02-29 runs to 2029-02-28.
    public func adding(months: Int) -> LocalDay {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        var last = 31
        while LocalDay(year: newYear, month: newMonth, day: last) == nil { last -= 1 }
        return LocalDay(year: newYear, month: newMonth, day: min(day, last)) ?? self
    }

    /// How many days from this day to `other`: positive when `other` is later, 0 when it is the same day.
    public func days(until other: LocalDay) -> Int { other.dayNumber - dayNumber }

    /// The day as `YYYY-MM-DD`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension LocalDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = LocalDay(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "`\(text)` is not a day; write it as YYYY-MM-DD, such as 2026-03-09")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension LocalDay {
    private static let secondsPerDay = 86_400.0

    /// Days since 1970-01-01, by Howard Hinnant's `days_from_civil`.
    private var dayNumber: Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01, by Howard Hinnant's `civil_from_days`.
    private init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    }

    private static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        digits.reduce(0 as Int?) { value, byte in
            guard let value, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            return value * 10 + Int(byte - UInt8(ascii: "0"))
        }
    }
}
