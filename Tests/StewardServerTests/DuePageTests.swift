import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// What's due shows each reader the things they own themselves, besides the steps of their role.
@Suite("What's due: a reader's own items")
struct DuePageTests {
    @Test("own action items come soonest due first, each linking to its meeting, the late ones marked; no one else sees them")
    func ownActionsInOrder() async throws {
        try await withSteward { steward in
            let committee = try await steward.signIn(.committee)
            let manager = try await steward.signIn(.manager)
            let worker = try await steward.signIn(.worker)
            let scheduled = try await steward.submit("/committee/meetings", [("heldOn", "2026-11-30")], session: committee)
            let path = try #require(scheduled.headers.first(name: .location))
            for (text, day) in [("Book the rooms", "2026-12-20"), ("Send the rota log", "2026-12-01")] {
                let assigned = try await steward.submit(
                    path + "/actions", [("action", text), ("owner", "manager"), ("dueOn", day)], session: committee)
                #expect(assigned.status == .seeOther)
            }
            // An item given weeks ago and not done by its day.
            let given = try #require(
                try await CommitteeActionModel.query(on: steward.app.db).filter(\.$text == "Book the rooms").first())
            let late = CommitteeActionModel()
            late.$meeting.id = given.$meeting.id
            late.$owner.id = given.$owner.id
            late.text = "Answer the vendor's letter"
            late.dueOn = "2026-11-20"
            late.createdAt = given.createdAt
            try await late.create(on: steward.app.db)
            try steward.app.caches.removeAll()

            let due = try await steward.send(.GET, "/due", session: manager).body.string
            let section = try #require(due.firstRange(of: "actions-heading").map { String(due[$0.upperBound...]) })
            let order = ["Answer the vendor&#39;s letter", "Send the rota log", "Book the rooms"]
                .compactMap { section.range(of: $0)?.lowerBound }
            #expect(order.count == 3 && order == order.sorted(), "soonest due first")
            #expect(section.contains(#"<a href="\#(path)">Answer the vendor&#39;s letter</a>, due 2026-11-20 <strong class="overdue">overdue</strong>"#))
            #expect(section.contains(#"<a href="\#(path)">Send the rota log</a>, due 2026-12-01</li>"#))
            let others = try await steward.send(.GET, "/due", session: worker).body.string
            #expect(!others.contains("Send the rota log") && !others.contains("actions-heading"))
        }
    }
}
