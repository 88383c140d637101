import Foundation

/// The days a contract counts as working: a time zone, the weekdays worked, and the holidays taken off.
///
/// Each contract's time limits are counted on its own calendar, and uses that no contract covers are counted on
/// the organization's. A notice owed to the union before an AI tool goes live (Seed 003: advance notice to
/// unions) and the bargaining owed before any contract for a generative AI service (Seed 002, §D) get their
/// dates from ``day(_:_:after:rollingForward:)`` and ``day(_:_:before:rollingBackward:)``.
///
/// A calendar always has at least one working weekday, so counting working days always ends.
///
/// ```swift
/// let holidays = Set(["2026-05-25", "2026-07-03"].compactMap { LocalDay($0) })
/// let calendar = try WorkCalendar(timeZone: "America/New_York", holidays: holidays)
/// holidays.contains { calendar.isWorkingDay($0) }  // false
/// ```
public struct WorkCalendar: Hashable, Sendable {
    /// The zone whose clocks decide which day an instant falls on.
    public let timeZone: TimeZone
    /// The weekdays the contract works; never empty.
    public let workingWeekdays: Set<Weekday>
    /// Days off that would otherwise be working days.
    public var holidays: Set<LocalDay>

    /// Makes a calendar, or explains why it cannot exist.
    ///
    /// - Parameters:
    ///   - identifier: an IANA time zone name, such as `America/Chicago` or `UTC`.
    ///   - workingWeekdays: the weekdays worked; Monday to Friday unless the contract says otherwise.
    ///   - holidays: the days off the contract lists.
    /// - Throws: ``DomainError`` with code `invalidField` when the time zone is unknown or no weekday is worked.
    public init(
        timeZone identifier: String, workingWeekdays: Set<Weekday> = Weekday.mondayToFriday,
        holidays: Set<LocalDay> = []
    ) throws(DomainError) {
        guard let timeZone = TimeZone(identifier: identifier) else {
            throw DomainError(
                code: .invalidField, field: "timeZone",
                message: "unknown time zone `\(identifier)`"
                    + Suggestion.hint(for: identifier, among: TimeZone.knownTimeZoneIdentifiers)
                    + "Use an IANA name such as America/New_York or UTC.")
        }
        guard !workingWeekdays.isEmpty else {
            throw DomainError(
                code: .invalidField, field: "workingWeekdays",
                message: "choose at least one working weekday; with none, no working-day deadline could ever fall due")
        }
        self.timeZone = timeZone
        self.workingWeekdays = workingWeekdays
        self.holidays = holidays
    }

    /// Whether `day` counts toward a working-day time limit: a working weekday that is not a holiday.
    public func isWorkingDay(_ day: LocalDay) -> Bool {
        workingWeekdays.contains(day.weekday) && !holidays.contains(day)
    }

    /// The day that contains `date` on this calendar's clocks, such as the day a notice was sent.
    public func day(containing date: Date) -> LocalDay { LocalDay(date, in: timeZone) }

    /// The first instant of `day` on this calendar's clocks, such as the moment a deadline day begins.
    public func start(of day: LocalDay) -> Date { day.start(in: timeZone) }
}

extension WorkCalendar: Codable {
    private enum CodingKeys: String, CodingKey {
        case timeZone, workingWeekdays, holidays
    }

    /// Reads a calendar written as `{"timeZone": "UTC", "workingWeekdays": [1, 2, 3, 4, 5], "holidays": […]}`,
    /// with the defaults of ``init(timeZone:workingWeekdays:holidays:)`` for absent fields.
    ///
    /// - Throws: ``DomainError`` for a calendar that initializer refuses, as other StewardCore values do.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            timeZone: container.decode(String.self, forKey: .timeZone),
            workingWeekdays: container.decodeIfPresent(Set<Weekday>.self, forKey: .workingWeekdays)
                ?? Weekday.mondayToFriday,
            holidays: container.decodeIfPresent(Set<LocalDay>.self, forKey: .holidays) ?? [])
    }

    /// Writes weekdays and holidays in order, so that the same calendar always encodes to the same text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timeZone.identifier, forKey: .timeZone)
        try container.encode(workingWeekdays.sorted(), forKey: .workingWeekdays)
        try container.encode(holidays.sorted(), forKey: .holidays)
    }
}
