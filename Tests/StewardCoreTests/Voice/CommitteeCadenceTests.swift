import StewardCore
import Testing

@Suite("Joint committee cadence")
struct CommitteeCadenceTests {
    static func day(_ text: String) -> LocalDay { LocalDay(text)! }

    @Test("a past year with fewer than two meetings is flagged; this year counts what is scheduled")
    func shortfalls() {
        let meetings = ["2025-03-10", "2026-02-02", "2026-12-14"].map(Self.day)
        let cadence = CommitteeCadence(meetings: meetings, today: Self.day("2026-11-30"))
        #expect(cadence.shortfalls == [CommitteeCadence.Shortfall(year: 2025, held: 1, scheduled: 0, isCurrent: false)])
        let unscheduled = CommitteeCadence(meetings: Array(meetings.prefix(2)), today: Self.day("2026-11-30"))
        #expect(unscheduled.shortfalls.map(\.year) == [2025, 2026])
        #expect(unscheduled.shortfalls.last?.sentence
            == "2026 has had 1 meeting of the joint committee so far and none is scheduled; the policy asks for at least two a year.")
        #expect(cadence.shortfalls.first?.sentence == "2025 had 1 meeting of the joint committee; the policy asks for at least two a year.")
    }

    @Test("a committee that never met is flagged for this year, and a year without meetings between two is flagged")
    func gaps() {
        #expect(CommitteeCadence(meetings: [], today: Self.day("2026-05-01")).shortfalls
            == [CommitteeCadence.Shortfall(year: 2026, held: 0, scheduled: 0, isCurrent: true)])
        let meetings = ["2024-01-10", "2024-06-10", "2026-01-10", "2026-06-10"].map(Self.day)
        #expect(CommitteeCadence(meetings: meetings, today: Self.day("2026-07-01")).shortfalls.map(\.year) == [2025])
    }

    @Test("an action item is due today or later; minutes and decisions are text a person wrote")
    func drafts() {
        var problems: [DomainError] = []
        #expect(CommitteeRecordDrafts.action("Ask the vendor", dueOn: "2026-11-29", today: Self.day("2026-11-30"), problems: &problems) == nil)
        #expect(problems.map(\.field) == ["dueOn"])
        problems = []
        #expect(CommitteeRecordDrafts.meeting(heldOn: "2026-12-14", extraItems: "Budget\n\nTraining plan", problems: &problems)?.1
            == ["Budget", "Training plan"])
        #expect(CommitteeRecordDrafts.minutes(" ", problems: &problems) == nil)
        #expect(problems.map(\.field) == ["minutes"])
    }
}
