import Foundation

/// Formats values for pages, so templates only print prepared strings.
enum DisplayFormat {
    private static let style = Date.FormatStyle(date: .abbreviated, time: .shortened, timeZone: .gmt)
        .locale(Locale(identifier: "en_US_POSIX"))

    private static let dayStyle = Date.FormatStyle(date: .long, time: .omitted, timeZone: .gmt)
        .locale(Locale(identifier: "en_US_POSIX"))

    /// A day, such as "June 30, 2028".
    static func date(_ date: Date) -> String { date.formatted(dayStyle) }

    /// A day as ISO 8601 writes it, `2026-11-30`, for the JSON API.
    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }

    /// A date and time in UTC, such as "Nov 24, 2026, 9:41 AM UTC".
    static func dateTime(_ date: Date) -> String { date.formatted(style) + " UTC" }

    /// A count with its noun, singular for one: "1 decision", "3 action items".
    static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
