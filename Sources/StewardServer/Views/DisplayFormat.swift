import Foundation

/// Formats values for pages, so templates only print prepared strings.
enum DisplayFormat {
    private static let style = Date.FormatStyle(date: .abbreviated, time: .shortened, timeZone: .gmt)
        .locale(Locale(identifier: "en_US_POSIX"))

    /// A date and time in UTC, such as "Nov 24, 2026, 9:41 AM UTC".
    static func dateTime(_ date: Date) -> String { date.formatted(style) + " UTC" }
}
