import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

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
                try await ReviewStepModel.query(on: db).filter(\.$status == .open).filter(\.$zone == .organization)
                    .first())
            step.$owner.id = try manager.requireID()
            try await step.save(on: db)
            let named = try await steward.signIn(.manager)
            let other = try await steward.signInNewPerson("manager2", role: .manager)
            let tokens = (
                named: try await steward.token(username: "manager"), other: try await steward.token(username: "manager2"))
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
