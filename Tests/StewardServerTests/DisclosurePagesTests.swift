import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// What workers are told about a use: written from the records, published from its page, which completes the
/// disclosure step.
@Suite("Disclosure to workers")
struct DisclosurePagesTests {
    @Test("the disclosure is written from the records; its step's owner publishes it, which completes the step")
    func publish() async throws {
        try await withSteward { steward in
            let useCase = try await steward.useCase(ofTool: "ShiftWise")
            let id = try useCase.requireID()
            let worker = try await steward.signIn(.worker)
            let page = try await steward.send(.GET, "/use-cases/\(id)/disclosure", session: worker)
            #expect(page.status == .ok)
            let html = page.body.string
            for expected in ["ShiftWise, from Rota Analytics", "Employee or personnel records", "Scheduling shifts or work",
                             "It suggests; a person decides", "Alex Rivera, AI officer", "Not yet published to workers"] {
                #expect(html.contains(expected), "\(expected)")
            }
            #expect(!html.contains("Publish the disclosure"))
            #expect(try await steward.submit("/use-cases/\(id)/disclosure", [], session: worker).status == .forbidden)

            let step = try await steward.step(.disclosureToWorkers, of: useCase)
            let officer = try await steward.signIn(.aiOfficer)
            let generic = try await steward.submit(
                "/steps/\(try step.requireID())", [("status", "done"), ("record", "Told them.")], session: officer)
            #expect(generic.status == .unprocessableEntity && generic.body.string.contains("published from its page"))
            let published = try await steward.submit("/use-cases/\(id)/disclosure", [], session: officer)
            #expect(published.status == .seeOther)
            let done = try await steward.step(.disclosureToWorkers, of: useCase)
            #expect(done.status == .done)
            #expect(done.record.hasPrefix("Published to workers on 2026-11-"))
            #expect(done.record.contains("Which technology"))
            #expect(try await steward.send(.GET, "/use-cases/\(id)/disclosure", session: worker).body.string
                .contains("Published to workers by officer"))
        }
    }

    @Test("a published use's disclosure is public, linked from the inventory; a use in review has none")
    func publicDisclosure() async throws {
        try await withSteward { steward in
            let published = try await steward.useCase(ofTool: "DraftMate")
            let path = "/inventory/uses/\(try published.requireID().uuidString.lowercased())"
            let inventory = try await steward.send(.GET, "/inventory").body.string
            #expect(inventory.contains("href=\"\(path)\""))
            let page = try await steward.send(.GET, path)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Which technology") && html.contains("Alex Rivera, AI officer"))
            #expect(!html.contains("Morgan Lee"), "the public asks the organization, not a union representative by name")
            // The demo's settled uses published their disclosures to workers.
            let step = try await steward.step(.disclosureToWorkers, of: published)
            #expect(step.status == .done && step.record.hasPrefix("Published to workers on 2026-11-30.") && step.record.contains("Which technology"))
            let inReview = try await steward.useCase(ofTool: "ShiftWise")
            #expect(try await steward.send(.GET, "/inventory/uses/\(try inReview.requireID())").status == .notFound)
        }
    }
}
