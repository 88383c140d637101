import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

@Suite("API: the public inventory")
struct APIInventoryTests {
    @Test("the inventory's JSON is read once a second at most, the same whole answer for every reader")
    func sharedAnswer() async throws {
        let log = QueryLog()
        // Remembered values outlive the test, so that a slow moment of the machine between the two requests (past
        // the second the inventory is remembered in production) does not make the second read it again.
        try await withSteward(routes: { app in
            log.attach(to: app)
            app.useServerCaches(lifetime: .seconds(600))
        }) { steward in
            let token = try await steward.token(for: .worker)
            // A signed-in reader first, then one signed out, who reads no account either.
            let (replies, counts) = try await log.twoInARow { headers, place in
                place == 0
                    ? try await steward.send(.GET, "/api/v1/inventory?limit=1", headers: headers, bearer: token)
                    : try await steward.send(.GET, "/api/v1/inventory?limit=1", headers: headers)
            }
            #expect(replies.allSatisfy { $0.status == .ok })
            let bodies = replies.map(\.body.string)
            let links = replies.map { $0.headers.first(name: "Link") }
            #expect(counts.last == 0, "the second reader got the answer read for the first: \(counts)")
            let objects = try bodies.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary) }
            #expect(objects[0] == objects[1] && links[0] == links[1] && links[0] != nil)
        }
    }

    @Test("anyone reads the inventory: tools in pilot or approved, with their uses")
    func everything() async throws {
        try await withSteward { steward in
            let response = try await steward.send(.GET, "/api/v1/inventory")

            #expect(response.status == .ok)
            let entries = try #require(try response.object()["entries"] as? [JSONObject])
            #expect(entries.map { $0["name"] as? String } == ["Ask Riverside", "CaseNote Summarizer", "DraftMate"])
            #expect(entries.allSatisfy { ["pilot", "approved"].contains($0["status"] as? String) })
        }
    }

    @Test("the inventory comes a page at a time, filtered pages too, each linking the next; the page links alike")
    func paging() async throws {
        try await withSteward { steward in
            func walk(_ first: String) async throws -> [String] {
                var names: [String] = []
                var path: String? = first
                while let next = path {
                    let reply = try await steward.send(.GET, next)
                    #expect(reply.status == .ok)
                    names += try (reply.object()["entries"] as? [JSONObject] ?? []).compactMap { $0["name"] as? String }
                    path = reply.headers.first(name: "Link").flatMap { $0.split(separator: "<").last?.split(separator: ">").first }
                        .map(String.init)
                }
                return names
            }
            #expect(try await walk("/api/v1/inventory?limit=1") == ["Ask Riverside", "CaseNote Summarizer", "DraftMate"])
            #expect(try await walk("/api/v1/inventory?limit=1&q=a") == (try await walk("/api/v1/inventory?q=a")))
            let bad = try await steward.send(.GET, "/api/v1/inventory?after=nothing")
            #expect(bad.status == .badRequest)
            let page = try await steward.send(.GET, "/inventory?limit=2").body.string
            #expect(page.contains(#"rel="next">More tools in use</a>"#))
            #expect(page.components(separatedBy: #"<article class="entry">"#).count - 1 == 2, "two of three on the first page")
        }
    }

    @Test("the inventory filters by text, purpose, data category and unit, like the page")
    func filters() async throws {
        try await withSteward { steward in
            func names(_ query: String) async throws -> [String?] {
                let response = try await steward.send(.GET, "/api/v1/inventory?" + query)
                #expect(response.status == .ok, "\(query): \(response.body.string)")
                return try (response.object()["entries"] as? [JSONObject] ?? []).map { $0["name"] as? String }
            }
            let units = try await steward.send(.GET, "/api/v1/units", bearer: try await steward.token(for: .worker))
            let health = try #require(try units.objects().first { $0["name"] as? String == "Health and Social Services" })
            let healthID = try #require(health["id"] as? String)

            #expect(try await names("q=residents") == ["Ask Riverside"])
            #expect(try await names("purpose=drafting") == ["DraftMate"])
            #expect(try await names("dataCategory=phi") == ["CaseNote Summarizer"])
            #expect(try await names("unit=\(healthID)") == ["CaseNote Summarizer"])
            #expect(try await names("purpose=hiring").isEmpty)
        }
    }

    @Test("an unknown filter value is a 400 naming the parameter and the allowed values")
    func badFilter() async throws {
        try await withSteward { steward in
            let purpose = try await steward.send(.GET, "/api/v1/inventory?purpose=draftin")
            let unit = try await steward.send(.GET, "/api/v1/inventory?unit=nonsense")

            #expect(purpose.status == .badRequest)
            #expect(try purpose.problemFields() == ["purpose"])
            #expect(try (purpose.object()["detail"] as? String)?.contains("did you mean `drafting`") == true)
            #expect(unit.status == .badRequest)
            #expect(unit.body.string.contains("unit"))
        }
    }
}
