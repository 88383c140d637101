import Foundation
import StewardCore
import Testing

/// The usage summary hides every cell behind fewer than five people, and its weekly totals count only shown cells.
@Suite("Usage summary")
struct UsageSummaryTests {
    static let today = LocalDay("2026-11-30")!
    static let people = (0..<6).map { _ in UUID() }

    static func call(_ person: UUID, daysAgo: Int, tool: String = "DraftMate", verdict: GatewayVerdict = .forward) -> UsageCall {
        UsageCall(day: today.adding(days: -daysAgo), personID: person, tool: tool, unit: "Clerical", verdict: verdict)
    }

    @Test("a week behind five people shows its count; one behind four shows none, and the totals leave it out")
    func smallCellsHidden() {
        var calls = Self.people.prefix(5).flatMap { [Self.call($0, daysAgo: 1), Self.call($0, daysAgo: 2)] }
        calls += Self.people.prefix(4).map { Self.call($0, daysAgo: 1, tool: "CaseNote") }
        calls += [Self.call(Self.people[0], daysAgo: 400)]
        let summary = UsageSummary(calls, weeks: 2, endingOn: Self.today)

        #expect(summary.weeks == [LocalDay("2026-11-17")!, LocalDay("2026-11-24")!])
        let draft = summary.rows.first { $0.tool == "DraftMate" }
        #expect(draft?.cells == [UsageSummary.Cell(calls: nil, isEmpty: true), UsageSummary.Cell(calls: 10, isEmpty: false)])
        let hidden = summary.rows.first { $0.tool == "CaseNote" }
        #expect(hidden?.cells.last == UsageSummary.Cell(calls: nil, isEmpty: false))
        #expect(summary.weekly.last?[.forward] == 10)
    }

    @Test("many calls by one person never open a cell: people are counted, not calls")
    func peopleNotCalls() {
        let calls = (0..<50).map { _ in Self.call(Self.people[0], daysAgo: 0) }
        let summary = UsageSummary(calls, weeks: 1, endingOn: Self.today)
        #expect(summary.rows.first?.cells == [UsageSummary.Cell(calls: nil, isEmpty: false)])
        #expect(summary.weekly == [[:]])
    }

    @Test("calls counted together weigh as many as they count, and a crowd of them still needs five people")
    func countedCalls() {
        let counted = Self.people.prefix(5).map {
            UsageCall(day: Self.today, personID: $0, tool: "DraftMate", unit: "Clerical", verdict: .forward, calls: 3)
        }
        #expect(UsageSummary(counted, weeks: 1, endingOn: Self.today)
            == UsageSummary(counted.flatMap { Array(repeating: Self.call($0.personID, daysAgo: 0), count: 3) },
                            weeks: 1, endingOn: Self.today))
        #expect(UsageSummary(counted, weeks: 1, endingOn: Self.today).weekly == [[.forward: 15]])
        let crowd = [UsageCall(day: Self.today, personID: Self.people[0], tool: "DraftMate", unit: "Clerical",
                               verdict: .forward, calls: 1_000)]
        #expect(UsageSummary(crowd, weeks: 1, endingOn: Self.today).weekly == [[:]])
    }
}
