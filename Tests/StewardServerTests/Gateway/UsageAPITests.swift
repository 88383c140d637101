import Fluent
import Foundation
import SQLKit
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// The gateway's usage through the JSON API: the summary for those who oversee AI use, with no count behind fewer
/// than five people, and each person's own calls for them alone, a page at a time.
@Suite("API: gateway usage")
struct UsageAPITests {
    @Test("the summary counts a cell behind five people, hides one behind four, and leaves it out of the weekly totals")
    func summary() async throws {
        try await withSteward { steward in
            // given
            let officer = try await steward.token(for: .aiOfficer)
            let before = try await steward.send(.GET, "/api/v1/usage", bearer: officer).object()
            let tool = AIToolID(try await steward.tool(named: "PolicyPal").requireID())
            let unit = try #require(try await BargainingUnitModel.query(on: steward.app.db).sort(\.$name).first())
            let workers = try await PersonModel.query(on: steward.app.db).filter(\.$role == .worker).sort(\.$username)
                .all().map { try $0.requireID() }
            let unitID = try unit.requireID()
            try await steward.recordUsage(by: workers.prefix(5), calls: 2, tool: tool, unit: unitID, .forward)
            try await steward.recordUsage(by: workers.prefix(4), calls: 1, tool: tool, unit: unitID, .redact)

            // when
            let reply = try await steward.send(.GET, "/api/v1/usage", bearer: officer)

            // then
            #expect(reply.status == .ok)
            let after = try reply.object()
            let weeks = try #require(after["weeks"] as? [String])
            #expect(weeks.count == UsageService.weeks && weeks == weeks.sorted())
            #expect(after["minimumPeople"] as? Int == UsageSummary.minimumPeople)
            let rows = try #require(after["rows"] as? [JSONObject])
            func calls(_ verdict: String) throws -> [Any] {
                let row = rows.first { $0["tool"] as? String == "PolicyPal" && $0["unit"] as? String == unit.name
                    && $0["verdict"] as? String == verdict }
                return try #require(row?["calls"] as? [Any], "no PolicyPal \(verdict) row")
            }
            #expect(try calls("forward").map { $0 as? Int } == Array(repeating: 0, count: weeks.count - 1) + [10])
            #expect(try calls("redact").map { $0 as? Int } == Array(repeating: 0, count: weeks.count - 1) + [nil])
            #expect(try calls("redact").last is NSNull)
            let totalsBefore = try #require((before["weeklyTotals"] as? [JSONObject])?.last)
            let totalsAfter = try #require((after["weeklyTotals"] as? [JSONObject])?.last)
            #expect(totalsAfter["week"] as? String == weeks.last)
            #expect((totalsAfter["forward"] as? Int) == (totalsBefore["forward"] as? Int).map { $0 + 10 })
            #expect((totalsAfter["redact"] as? Int) == (totalsBefore["redact"] as? Int))
        }
    }

    @Test("a call counts in the week of its day in the organization's time zone; one before the first week not at all")
    func summaryWeeks() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let weeks = try #require(try await steward.send(.GET, "/api/v1/usage", bearer: officer).object()["weeks"]
                as? [String]).compactMap(LocalDay.init)
            let zone = try steward.app.steward.zone.current
            let tool = AIToolID(try await steward.tool(named: "PolicyPal").requireID())
            let workers = try await PersonModel.query(on: steward.app.db).filter(\.$role == .worker).sort(\.$username)
                .limit(5).all().map { try $0.requireID() }
            let lastWeek = try #require(weeks.last).start(in: zone)
            for time in [lastWeek, lastWeek.addingTimeInterval(-1), try #require(weeks.first).start(in: zone) - 1] {
                try await steward.recordUsage(by: workers, calls: 1, tool: tool, unit: nil, .forward, at: time)
            }

            let rows = try #require(try await steward.send(.GET, "/api/v1/usage", bearer: officer).object()["rows"]
                as? [JSONObject])
            let row = try #require(rows.first { $0["tool"] as? String == "PolicyPal" })
            #expect((row["calls"] as? [Any])?.map { $0 as? Int } == Array(repeating: 0, count: weeks.count - 2) + [5, 5])
        }
    }

    @Test("a worker and a manager may not read the summary, and are told so as a problem document")
    func summaryForbidden() async throws {
        try await withSteward { steward in
            for role in [Role.worker, .manager] {
                let reply = try await steward.send(.GET, "/api/v1/usage", bearer: try await steward.token(for: role))

                #expect(reply.status == .forbidden, "\(role)")
                #expect(reply.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                #expect(try reply.object()["status"] as? Int == 403)
            }
        }
    }

    @Test("a person's own calls are theirs alone, newest first, with counts of what was found and never the text")
    func mine() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                // given
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)
                let text = "Write to Dana Hancock at dana.hancock@example.com about her leave."
                #expect(try await steward.chat(text, model: name, key: key).status == .ok)
                _ = try await steward.usageEvents()

                // when
                let worker = try await steward.token(for: .worker)
                let reply = try await steward.send(.GET, "/api/v1/usage/mine?limit=500", bearer: worker)

                // then
                #expect(reply.status == .ok)
                #expect(!reply.body.string.contains("Dana") && !reply.body.string.contains("dana.hancock"))
                let calls = try reply.objects()
                #expect(calls.compactMap { $0["id"] as? String } == (try await steward.ownEventIDs(of: "worker")))
                let times = calls.compactMap { $0["at"] as? String }
                #expect(times.count == calls.count && times == times.sorted(by: >))
                let newest = try #require(calls.first)
                #expect((newest["tool"] as? JSONObject)?["name"] as? String == "DraftMate")
                #expect(newest["verdict"] as? String == "redact" && newest["rule"] as? String == "data-outside-use")
                #expect(newest["findings"] as? [String: Int] == ["PERSON": 1, "EMAIL_ADDRESS": 1])
                #expect(newest["promptTokens"] as? Int == 12 && newest["completionTokens"] as? Int == 5)
                #expect(newest["useCaseID"] is String && newest["unitID"] is String)
                #expect(newest["latencyMilliseconds"] as? Double != nil)
                let fields: Set<String> = [
                    "id", "at", "tool", "useCaseID", "unitID", "verdict", "rule", "findings", "promptTokens",
                    "completionTokens", "latencyMilliseconds",
                ]
                #expect(calls.allSatisfy { Set($0.keys).isSubset(of: fields) })

                let manager = try await steward.token(for: .manager)
                let theirs = try await steward.send(.GET, "/api/v1/usage/mine?limit=500", bearer: manager).objects()
                    .compactMap { $0["id"] as? String }
                let managers = try await steward.ownEventIDs(of: "manager")
                #expect(!theirs.isEmpty && theirs == managers)
                #expect(Set(theirs).isDisjoint(with: calls.compactMap { $0["id"] as? String }))
            }
        }
    }

    @Test("own calls come a page at a time, calls made at the same moment too, and only the caller's cursors work")
    func paging() async throws {
        try await withSteward { steward in
            // given
            let worker = try await steward.token(for: .worker)
            let person = try await steward.personID(of: "worker")
            try await steward.recordUsage(by: [person], calls: 5, tool: nil, unit: nil, .refuse)
            let all = try await steward.send(.GET, "/api/v1/usage/mine?limit=500", bearer: worker).objects()
                .compactMap { $0["id"] as? String }

            // when
            let replies = try await steward.walkPages(from: "/api/v1/usage/mine?limit=4", bearer: worker)

            // then
            let workers = try await steward.ownEventIDs(of: "worker")
            let managers = try await steward.ownEventIDs(of: "manager")
            #expect(all.count > 4 && all == workers)
            #expect(replies.allSatisfy { $0.status == .ok })
            let pages = try replies.map { try $0.objects().compactMap { $0["id"] as? String } }
            #expect(pages.allSatisfy { $0.count <= 4 })
            #expect(pages.flatMap { $0 } == all, "every call once, in order")
            let links = replies.dropLast().compactMap { $0.headers.first(name: "Link") }
            #expect(links.count == replies.count - 1 && replies.last?.headers.first(name: "Link") == nil)
            #expect(links.allSatisfy { $0.hasPrefix("</api/v1/usage/mine?limit=4&after=") })
            #expect(links.allSatisfy { $0.hasSuffix(#">; rel="next""#) })
            for cursor in ["not-a-call", UUID().uuidString, try #require(managers.first)] {
                let bad = try await steward.send(.GET, "/api/v1/usage/mine?after=\(cursor)", bearer: worker)
                #expect(bad.status == .badRequest, "\(cursor)")
                #expect(bad.body.string.contains("is not a cursor of this list"), "\(cursor)")
            }
        }
    }
}

extension StewardHarness {
    /// Writes usage events as the gateway's recorder does, at the present moment: `calls` calls by each of `people`.
    func recordUsage(
        by people: some Sequence<UUID>, calls: Int, tool: AIToolID?, unit: UUID?, _ verdict: GatewayVerdict,
        at time: Date? = nil
    ) async throws {
        let now = time ?? app.clock()
        let records = people.flatMap { person in
            (0..<calls).map { _ in
                UsageRecord(
                    at: now, personID: person, toolID: tool, useCaseID: nil, unitID: unit, verdict: verdict,
                    rule: verdict == .refuse ? .useNotApproved : .allowed, findings: [:], promptTokens: nil,
                    completionTokens: nil, latencyMilliseconds: 3)
            }
        }
        try await UsageRecorder.write(records, on: app.db)
    }

    /// The id of a demo account.
    func personID(of username: String) async throws -> UUID {
        try #require(try await PersonModel.query(on: app.db).filter(\.$username == username).first()).requireID()
    }

    /// The ids of a demo account's usage events, newest first, read from the database.
    func ownEventIDs(of username: String) async throws -> [String] {
        let person = try await personID(of: username)
        return try await UsageEventModel.query(on: app.db).filter(\.$personID == person).newestFirst().all()
            .map { try $0.requireID().uuidString.lowercased() }
    }
}
