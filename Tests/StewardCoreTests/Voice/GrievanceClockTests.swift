import Foundation
import PropertyBased
import StewardCore
import Testing

@Suite("Grievance deadlines")
struct GrievanceClockTests {
    static let calendar: WorkCalendar = {
        // Thanksgiving 2026 is a holiday.
        try! WorkCalendar(timeZone: "America/Los_Angeles", holidays: [LocalDay("2026-11-26")!])
    }()

    static func day(_ text: String) -> LocalDay { LocalDay(text)! }

    @Test("a working-day limit skips weekends and holidays; the filing day does not count")
    func workingDays() {
        // Filed on Friday 2026-11-20: 5 working days are Mon 23, Tue 24, Wed 25, (Thu 26 holiday) Fri 27, Mon 30.
        let clock = GrievanceClock(calendar: Self.calendar, dayCount: .working, limit: 5, start: Self.day("2026-11-20"))
        #expect(clock.deadline == .due(Self.day("2026-11-30")))
        #expect(clock.daysLeft(on: Self.day("2026-11-25")) == 2)
        #expect(clock.daysLeft(on: Self.day("2026-12-01")) == -1)
    }

    @Test("a calendar-day limit that ends on a weekend or holiday moves to the next working day")
    func calendarDaysRoll() {
        // 6 calendar days after Friday 2026-11-20 is Thursday 26, Thanksgiving: due Friday 27.
        let clock = GrievanceClock(calendar: Self.calendar, dayCount: .calendar, limit: 6, start: Self.day("2026-11-20"))
        #expect(clock.deadline == .due(Self.day("2026-11-27")))
        // 8 calendar days is Saturday 28: due Monday 30.
        let weekend = GrievanceClock(calendar: Self.calendar, dayCount: .calendar, limit: 8, start: Self.day("2026-11-20"))
        #expect(weekend.deadline == .due(Self.day("2026-11-30")))
    }

    @Test("days held in abeyance do not count, and an open abeyance stops the clock with the days left")
    func abeyanceTolls() {
        let start = Self.day("2026-11-02")  // a Monday
        let plain = GrievanceClock(calendar: Self.calendar, dayCount: .calendar, limit: 10, start: start)
        #expect(plain.deadline == .due(Self.day("2026-11-12")))
        // Held from the 5th until the 9th: the 5th to the 8th (4 days) do not count.
        let tolled = GrievanceClock(
            calendar: Self.calendar, dayCount: .calendar, limit: 10, start: start,
            pauses: [.init(from: Self.day("2026-11-05"), until: Self.day("2026-11-09"))])
        #expect(tolled.deadline == .due(Self.day("2026-11-16")))
        // Still held since the 5th: the 3rd and 4th ran (the 2nd is day 0), 8 remain.
        let held = GrievanceClock(
            calendar: Self.calendar, dayCount: .calendar, limit: 10, start: start,
            pauses: [.init(from: Self.day("2026-11-05"), until: nil)])
        #expect(held.deadline == .paused(since: Self.day("2026-11-05"), daysLeft: 8))
        #expect(held.daysLeft(on: Self.day("2026-11-20")) == nil)
    }

    @Test("an abeyance that began before the step still holds the step")
    func abeyanceBeforeTheStep() {
        let held = GrievanceClock(
            calendar: Self.calendar, dayCount: .working, limit: 3, start: Self.day("2026-11-09"),
            pauses: [.init(from: Self.day("2026-11-02"), until: nil)])
        #expect(held.deadline == .paused(since: Self.day("2026-11-09"), daysLeft: 3))
    }

    @Test("a pause never brings a deadline forward, and tolling n days pushes a calendar deadline by at least n")
    func pausesOnlyDelay() async {
        let start = Gen.int(in: 0...300).map { Self.day("2026-01-01").adding(days: $0) }
        await propertyCheck(count: 300, input: start, Gen.int(in: 1...40), Gen.int(in: 0...30), Gen.int(in: 1...20)) {
            start, limit, offset, length in
            let pause = GrievanceClock.Pause(from: start.adding(days: offset), until: start.adding(days: offset + length))
            for kind in DayCount.allCases {
                let plain = GrievanceClock(calendar: Self.calendar, dayCount: kind, limit: limit, start: start)
                let tolled = GrievanceClock(calendar: Self.calendar, dayCount: kind, limit: limit, start: start, pauses: [pause])
                guard case .due(let before) = plain.deadline, case .due(let after) = tolled.deadline else {
                    Issue.record("a closed pause left no deadline")
                    return
                }
                #expect(after >= before)
                // Rolling off a weekend or holiday moves a calendar deadline by at most two days here, so a pause that
                // starts three days before the deadline surely starts before the unrolled one.
                if kind == .calendar, pause.from.adding(days: 3) <= before, offset > 0 {
                    #expect(before.days(until: after) >= length - 2)
                }
            }
        }
    }

    @Test("a time agreement names what is wrong with it")
    func agreementProblems() {
        let today = Self.day("2026-11-20")
        var problems: [DomainError] = []
        #expect(TimeAgreement.Draft(kind: "extension", days: "0", reason: "x").checked(today: today, problems: &problems) == nil)
        #expect(problems.map(\.field) == ["days"])
        problems = []
        _ = TimeAgreement.Draft(kind: "abeyance", from: "2026-11-21", reason: "").checked(today: today, problems: &problems)
        #expect(Set(problems.map(\.field)) == ["from", "reason"])
        problems = []
        _ = TimeAgreement.Draft(kind: "abeyance", from: "2026-11-10", until: "2026-11-09", reason: "r")
            .checked(today: today, problems: &problems)
        #expect(problems.map(\.field) == ["until"])
        problems = []
        let held = TimeAgreement.Draft(kind: "abeyance", from: "2026-11-10", reason: "waiting for the vendor's audit")
            .checked(today: today, problems: &problems)
        #expect(held?.change == .abeyance(from: Self.day("2026-11-10"), until: nil))
        #expect(problems.isEmpty)
    }

    @Test("a grievance is filed today or before, with a title, a statement and a remedy")
    func filing() {
        let today = Self.day("2026-11-20")
        var problems: [DomainError] = []
        #expect(GrievanceDraft(title: " ", statement: "s", remedy: "", filedOn: "2026-11-21").checked(today: today, problems: &problems) == nil)
        #expect(Set(problems.map(\.field)) == ["title", "remedy", "filedOn"])
        problems = []
        let filing = GrievanceDraft(title: "Scheduling tool", statement: "Article 12", remedy: "Stop it").checked(
            today: today, problems: &problems)
        #expect(filing?.filedOn == today)
    }

    @Test("a report keeps its text trimmed and refuses empty or overlong text")
    func reportBody() {
        var problems: [DomainError] = []
        #expect(ConcernReport.body("  It flagged me wrongly.  ", problems: &problems) == "It flagged me wrongly.")
        #expect(ConcernReport.body("   ", problems: &problems) == nil)
        #expect(ConcernReport.body(String(repeating: "a", count: 5_001), problems: &problems) == nil)
        #expect(problems.count == 2)
    }
}
