import Fluent
import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// The usage page: the officer, auditors and the union see calls summed up, never a person; everyone sees their own.
@Suite("Gateway usage page")
struct UsagePageTests {
    @Test("the officer sees the demo's calls by week with the pilot's two participants hidden; a worker sees only their own")
    func summaryAndOwn() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let page = try await steward.send(.GET, "/usage", session: officer)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<svg role=\"img\""))
            #expect(html.contains("<td>DraftMate</td><td>Clerical and Administrative</td><td>forward</td>"))
            #expect(html.contains("<td>CaseNote Summarizer</td>"))
            #expect(html.contains("fewer than 5 people"))
            #expect(!html.contains("Taylor Brooks</td>"))

            let worker = try await steward.signIn(.worker)
            let own = try await steward.send(.GET, "/usage", session: worker).body.string
            #expect(!own.contains("<svg"))
            #expect(own.contains("Your own calls"))
            let mine = try await UsageEventModel.query(on: steward.app.db)
                .filter(\.$personID == (try #require(try await PersonModel.query(on: steward.app.db)
                    .filter(\.$username == "worker").first()?.requireID()))).count()
            #expect(mine > 0)
            #expect(own.components(separatedBy: "<tr><td>").count - 1 == min(mine, 50))
        }
    }

    @Test("a person's own calls come a page at a time, each page linking to the older calls; a bad cursor is a 400")
    func ownCallsPaged() async throws {
        try await withSteward { steward in
            // given: three more calls of the manager's, whose calls make a page less one, then one
            let manager = try await steward.personID(of: "manager")
            try await steward.recordUsage(by: [manager], calls: 3, tool: nil, unit: nil, .forward)
            let total = try await steward.ownEventIDs(of: "manager").count
            let session = try await steward.signIn(.manager)

            // when
            let first = try await steward.send(.GET, "/usage?limit=\(total - 1)", session: session).body.string
            let href = try #require(first.firstMatch(of: /href="([^"]+)" rel="next">Older calls/)?.1)
            let second = try await steward.send(
                .GET, String(href).replacingOccurrences(of: "&amp;", with: "&"), session: session)
            let bad = try await steward.send(.GET, "/usage?after=not-a-call", session: session)

            // then
            #expect(first.components(separatedBy: "<tr><td>").count - 1 == total - 1)
            #expect(second.status == .ok)
            #expect(second.body.string.components(separatedBy: "<tr><td>").count - 1 == 1)
            #expect(!second.body.string.contains("Older calls"))
            #expect(bad.status == .badRequest)
        }
    }

    @Test("the demo has a dozen more workers across both units, trained where their unit uses DraftMate")
    func demoWorkers() async throws {
        try await withSteward { steward in
            let workers = try await PersonModel.query(on: steward.app.db).filter(\.$role == .worker).all()
            #expect(workers.count >= 13)
            #expect(Set(workers.compactMap { $0.$unit.id }).count == 2)
            let authorizer = try await steward.authorizer(for: .aiOfficer)
            let tool = AIToolID(try await steward.tool(named: "DraftMate").requireID())
            let banda = try #require(workers.first { $0.username == "abanda" })
            #expect(try await authorizer.training.standing(of: PersonID(banda.requireID()), for: tool, as: .everyone).isTrained)
        }
    }
}
