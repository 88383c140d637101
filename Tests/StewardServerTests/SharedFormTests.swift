import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Pages whose body, forms included, is drawn once for the readers who see it alike: each reader's copy carries
/// their own form token, and a form shown again with its problems stays its reader's.
@Suite("Shared pages with forms")
struct SharedFormTests {
    /// Every form token a page carries.
    static func tokens(in html: String) -> [String] {
        html.components(separatedBy: #"name="_csrf" value=""#).dropFirst().compactMap { rest in
            rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    @Test("two officers reading the people, units and committee pages in the same second each get their own token")
    func ownTokens() async throws {
        try await withSteward { steward in
            // Signing in is a change, which forgets what was drawn: both sign in first.
            let first = try await steward.signIn(.aiOfficer)
            let second = try await steward.signIn(.aiOfficer)
            #expect(first.csrf != second.csrf)
            for path in ["/people", "/units", "/committee"] {
                let mine = try await steward.send(.GET, path, session: first).body.string
                let theirs = try await steward.send(.GET, path, session: second).body.string
                #expect(Self.tokens(in: mine).count > 1, "\(path) has a form below its frame")
                #expect(Self.tokens(in: mine).allSatisfy { $0 == first.csrf }, "\(path)")
                #expect(Self.tokens(in: theirs).allSatisfy { $0 == second.csrf }, "\(path)")
                #expect(!mine.contains(FormToken.placeholder.value) && !theirs.contains(FormToken.placeholder.value))
            }
            // the second officer's form, drawn for the first, works with the second's token
            let added = try await steward.submit(
                "/units", [("name", "Library Pages"), ("local", "Local 88")], session: second)
            #expect(added.status == .seeOther)
            #expect(try await steward.send(.GET, "/units", session: first).body.string.contains("Library Pages"))
        }
    }

    @Test("a form shown again with its problems is its reader's alone")
    func refusedFormStaysOwn() async throws {
        try await withSteward { steward in
            let first = try await steward.signIn(.aiOfficer)
            let second = try await steward.signIn(.aiOfficer)
            _ = try await steward.send(.GET, "/units", session: second)

            let refused = try await steward.submit(
                "/units", [("name", "Harbor Pilots"), ("local", " ")], session: first)
            let other = try await steward.send(.GET, "/units", session: second).body.string

            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"value="Harbor Pilots""#))
            #expect(Self.tokens(in: refused.body.string).allSatisfy { $0 == first.csrf })
            #expect(!other.contains("Harbor Pilots"), "another reader sees a blank form")
        }
    }

    @Test("the committee's page is drawn apart for a reader of the same role who sits on the committee")
    func committeeByStanding() async throws {
        try await withSteward { steward in
            // given: a second manager, who sits on no committee (the demo's manager sits on the management side)
            let member = try await steward.signIn(.manager)
            let nonMember = try await steward.signInNewPerson("manager2", role: .manager)

            // when: both read the committee's page in the same second
            let kept = try await steward.send(.GET, "/committee", session: member).body.string
            let read = try await steward.send(.GET, "/committee", session: nonMember).body.string

            // then
            #expect(kept.contains("Schedule a meeting"), "a member keeps the committee's records")
            #expect(!read.contains("Schedule a meeting"), "a manager off the committee only reads them")
        }
    }
}
