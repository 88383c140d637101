/// Whether the joint labor-management committee meets as often as Seed 003 asks: at least twice a year.
///
/// ```swift
/// CommitteeCadence(meetings: [march, may], today: june).shortfalls  // []
/// CommitteeCadence(meetings: [march], today: june).shortfalls       // [2026: 1 held, none scheduled]
/// ```
public struct CommitteeCadence: Hashable, Sendable {
    /// The fewest meetings a year.
    public static let meetingsPerYear = 2

    /// A year that had, or so far has, fewer meetings than it should.
    public struct Shortfall: Hashable, Sendable {
        public let year: Int
        /// Meetings held in the year, up to today.
        public let held: Int
        /// Meetings scheduled later this year; zero for a year that is over.
        public let scheduled: Int
        /// Whether the year is the current one, so that meetings can still be scheduled in it.
        public let isCurrent: Bool

        public init(year: Int, held: Int, scheduled: Int, isCurrent: Bool) {
            self.year = year
            self.held = held
            self.scheduled = scheduled
            self.isCurrent = isCurrent
        }

        /// The flag in plain words.
        public var sentence: String {
            let count = held == 1 ? "1 meeting" : "\(held) meetings"
            guard isCurrent else { return "\(year) had \(count) of the joint committee; the policy asks for at least two a year." }
            let planned = scheduled == 0 ? "none is scheduled" : scheduled == 1 ? "1 more is scheduled" : "\(scheduled) more are scheduled"
            return "\(year) has had \(count) of the joint committee so far and \(planned); the policy asks for at least two a year."
        }
    }

    public let meetings: [LocalDay]
    public let today: LocalDay
    /// The first year the committee is accountable for; the year of its first meeting when nil.
    public let since: Int?

    public init(meetings: [LocalDay], today: LocalDay, since: Int? = nil) {
        self.meetings = meetings
        self.today = today
        self.since = since
    }

    /// Every year from the first on, up to this one, with fewer meetings held (and, this year, held or scheduled)
    /// than the policy asks for.
    public var shortfalls: [Shortfall] {
        guard let first = since ?? meetings.map(\.year).min() else {
            return [Shortfall(year: today.year, held: 0, scheduled: 0, isCurrent: true)]
        }
        return (first...max(first, today.year)).compactMap { year in
            let inYear = meetings.filter { $0.year == year }
            let held = inYear.count { $0 <= today }
            let isCurrent = year == today.year
            let scheduled = isCurrent ? inYear.count { $0 > today } : 0
            guard held + scheduled < Self.meetingsPerYear else { return nil }
            return Shortfall(year: year, held: held, scheduled: scheduled, isCurrent: isCurrent)
        }
    }
}
