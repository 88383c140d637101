import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Each person's deadlines in their calendar program: a secret feed address they can replace.
@Suite("Calendar feed")
struct CalendarFeedTests {
    static func feedPath(_ steward: StewardHarness, token: String) async throws -> String {
        let me = try await steward.send(.GET, "/api/v1/me", bearer: token).object()
        let url = try #require(me["calendarFeedURL"] as? String)
        return try #require(URLComponents(string: url)?.path)
    }

    @Test("the feed lists the person's open steps as all-day events, read without signing in")
    func feedListsSteps() async throws {
        try await withSteward { steward in
            _ = try await APIReviewTests.chatbot(steward)
            let committee = try await steward.token(for: .committee)
            let path = try await Self.feedPath(steward, token: committee)

            let feed = try await steward.send(.GET, path)

            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.description.hasPrefix("text/calendar") == true)
            #expect(feed.body.string.contains("SUMMARY:Review team or joint committee review"))
            #expect(feed.body.string.contains("DTSTART;VALUE=DATE:2026"))
        }
    }

    @Test("replacing the address retires the old one; a forged address finds nothing")
    func replaceAndForge() async throws {
        try await withSteward { steward in
            let worker = try await steward.token(for: .worker)
            let old = try await Self.feedPath(steward, token: worker)

            let replaced = try await steward.send(.DELETE, "/api/v1/me/calendar-feed", bearer: worker)
            let new = try await Self.feedPath(steward, token: worker)
            let forged = String(old.dropLast(8)) + "AAAA.ics"

            #expect(replaced.status == .noContent)
            #expect(new != old)
            #expect(try await steward.send(.GET, old).status == .notFound)
            #expect(try await steward.send(.GET, new).status == .ok)
            #expect(try await steward.send(.GET, forged).status == .notFound)
        }
    }
}
