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
            let added = try await steward.submit("/units", [("name", "Library Pages"), ("local", "Local 88")], session: second)
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

            let refused = try await steward.submit("/units", [("name", "Harbor Pilots"), ("local", " ")], session: first)
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

/// "What's due" and the API's open steps: a role's steps are drawn once for its readers, a reader named by a step
/// gets their own.
@Suite("Open steps shared by role")
struct SharedStepsTests {
    @Test("a step that names a reader is never shown to another reader of the same role, on the page or in the API")
    func namedStepStaysOwn() async throws {
        try await withSteward { steward in
            // given: an open step that names the demo's manager, and a second manager it does not name
            let db = steward.app.db
            let manager = try #require(try await PersonModel.query(on: db).filter(\.$username == "manager").first())
            let step = try #require(
                try await ReviewStepModel.query(on: db).filter(\.$status == .open).filter(\.$zone == .organization).first())
            step.$owner.id = try manager.requireID()
            try await step.save(on: db)
            let named = try await steward.signIn(.manager)
            let other = try await steward.signInNewPerson("manager2", role: .manager)
            let tokens = (named: try await steward.token(username: "manager"), other: try await steward.token(username: "manager2"))
            let href = Paths.step.href(ReviewStepID(try step.requireID()))
            let id = try step.requireID().uuidString.lowercased()

            // when: the named reader reads first, then the other, within the same second
            let namedPage = try await steward.send(.GET, "/due", session: named).body.string
            let otherPage = try await steward.send(.GET, "/due", session: other).body.string
            let namedSteps = try await steward.send(.GET, "/api/v1/steps", bearer: tokens.named).body.string
            let otherSteps = try await steward.send(.GET, "/api/v1/steps", bearer: tokens.other).body.string

            // then
            #expect(namedPage.contains(href) && !otherPage.contains(href))
            #expect(namedSteps.lowercased().contains(id) && !otherSteps.lowercased().contains(id))
            #expect(otherPage.contains("What&#39;s due") || otherPage.contains("What's due"))
            // the other reader's page, now kept for the role, does not hide the named reader's step from them
            #expect(try await steward.send(.GET, "/due", session: named).body.string.contains(href))
        }
    }
}
