import Fluent
import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// The gateway on screen: each person's keys on their account page, and the tool page's gateway panel.
@Suite("Gateway pages")
struct GatewayPagesTests {
    @Test("a key's default use is offered among the gateway's uses of the person's own unit and pilots, not the whole organization's")
    func keyUseChoices() async throws {
        try await withSteward { steward in
            let db = steward.app.db
            let uses = try await UseCaseModel.query(on: db).filter(\.$reviewStatus ~~ [.approved, .inPilot]).all()
            let person = try #require(try await PersonModel.query(on: db).filter(\.$username == "worker").first())
            let piloted = try await PilotParticipantModel.useCases(piloting: try person.requireID(), on: db)
            // A unit of its own for the worker, such that another unit runs a use the worker takes no part in.
            let outside = try #require(uses.first { !piloted.contains(try $0.requireID()) })
            let own = try #require(uses.map { $0.$unit.id }.first { $0 != outside.$unit.id })
            person.$unit.id = own
            try await person.save(on: db)
            let worker = try await steward.signIn(.worker)
            // The demo puts no tool in the gateway: the form says why it offers no use.
            let before = try await steward.send(.GET, "/account", session: worker).body.string
            #expect(before.contains("No use of yours is of a tool in the AI gateway yet"))
            let toolIDs = Set(uses.map { $0.$tool.id })
            for (number, toolID) in toolIDs.enumerated() {
                try await steward.addUpstream(to: toolID, gatewayName: "tool-\(number)")
            }

            // Every tool in the gateway, then one that the worker could use taken out of it.
            var inGateway = toolIDs
            for round in 1...2 {
                let html = try await steward.send(.GET, "/account", session: worker).body.string
                var offeredTools: Set<UUID> = []
                for use in uses {
                    let id = try use.requireID()
                    let offered = html.contains(#"value="\#(id.uuidString.lowercased())""#)
                    #expect(offered == (inGateway.contains(use.$tool.id) && (use.$unit.id == own || piloted.contains(id))), "\(use.title)")
                    if offered { offeredTools.insert(use.$tool.id) }
                }
                #expect(html.contains("No use of yours is of a tool in the AI gateway yet") == offeredTools.isEmpty)
                if round == 1 {
                    let taken = try #require(offeredTools.first)
                    try await ToolUpstreamModel.query(on: db).filter(\.$tool.$id == taken).delete()
                    inGateway.remove(taken)
                }
            }
        }
    }

    @Test("a key's row names the use it runs as, of a tool in the gateway or not, until that use is no longer open")
    func keyDefaultUse() async throws {
        try await withSteward { steward in
            let db = steward.app.db
            let use = try #require(try await UseCaseModel.query(on: db).filter(\.$reviewStatus == .approved).with(\.$tool).first())
            _ = try await steward.gatewayKey(for: .worker, useCaseID: try use.requireID().uuidString)
            let worker = try await steward.signIn(.worker)
            let named = "\(use.tool.name): \(use.title)"
            #expect(try await steward.send(.GET, "/account", session: worker).body.string.contains("<td>\(named)</td>"))

            use.reviewStatus = .suspended
            try await use.save(on: db)
            let after = try await steward.send(.GET, "/account", session: worker).body.string
            #expect(after.contains("<td>a use no longer open</td>"))
            #expect(!after.contains(named))
        }
    }

    @Test("a worker makes a key on their account page, sees it once, uses it, and revokes it")
    func accountKeys() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let worker = try await steward.signIn(.worker)
                let page = try await steward.send(.GET, "/account", session: worker)
                #expect(page.status == .ok)
                #expect(page.body.string.contains("You have no keys yet."))

                let empty = try await steward.submit("/account/gateway-keys", [("label", ""), ("useCaseID", "")], session: worker)
                #expect(empty.status == .unprocessableEntity)
                #expect(empty.body.string.contains("give the key a label of 1 to 100 characters"))

                let made = try await steward.submit(
                    "/account/gateway-keys", [("label", "My editor"), ("useCaseID", "")], session: worker)
                #expect(made.status == .ok)
                let html = made.body.string
                let key = try #require(html.range(of: #"sk-steward-[A-Za-z0-9_-]+"#, options: .regularExpression).map { String(html[$0]) })
                #expect(html.contains("it is not shown again"))
                #expect(try await steward.chat("Draft a note.", model: name, key: key).status == .ok)

                let again = try await steward.send(.GET, "/account", session: worker)
                #expect(!again.body.string.contains(key))
                #expect(again.body.string.contains("My editor"))

                let id = try #require(try await GatewayKeyModel.query(on: steward.app.db).first()?.requireID())
                let revoked = try await steward.submit("/account/gateway-keys/\(id)/revocation", [], session: worker)
                #expect(revoked.status == .seeOther)
                #expect(try await steward.chat("Draft a note.", model: name, key: key).status == .unauthorized)
                #expect(try await steward.send(.GET, "/account", session: worker).body.string.contains("Revoked"))
            }
        }
    }

    @Test("the officer sets the upstream on the tool's page; a bad one names each field; others see the model name only")
    func toolPanel() async throws {
        try await withSteward { steward in
            let tool = try await steward.tool(named: "DraftMate")
            let path = "/tools/\(try tool.requireID())"
            let officer = try await steward.signIn(.aiOfficer)
            #expect(try await steward.send(.GET, path, session: officer).body.string.contains("not in the AI gateway yet"))

            let bad = try await steward.submit(
                path + "/upstream", [("gatewayName", ""), ("baseURL", "nowhere"), ("model", "m"), ("credential", "")],
                session: officer)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("give the service&#39;s address") || bad.body.string.contains("give the service's address"))
            #expect(bad.body.string.contains("give the service&#39;s API key") || bad.body.string.contains("give the service's API key"))

            let good = try await steward.submit(
                path + "/upstream",
                [("gatewayName", ""), ("baseURL", "https://ai.example.org/v1"), ("model", "m-1"), ("credential", "sk-page-secret")],
                session: officer)
            #expect(good.status == .seeOther)
            let worker = try await steward.signIn(.worker)
            let seen = try await steward.send(.GET, path, session: worker).body.string
            #expect(seen.contains("<code>draftmate</code>"))
            #expect(!seen.contains("sk-page-secret") && !seen.contains("name=\"credential\""))
        }
    }

    @Test("a person sets, corrects and clears the address their reminders go to on their account page")
    func email() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let bad = try await steward.submit("/account/email", [("email", "not an address")], session: worker)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("not an address like ada@example.org"))
            #expect(bad.body.string.contains("value=\"not an address\""))
            #expect(!bad.body.string.contains("No key was made"))

            let good = try await steward.submit("/account/email", [("email", "taylor.brooks@example.org")], session: worker)
            #expect(good.status == .seeOther)
            let stored = try await PersonModel.query(on: steward.app.db).filter(\.$username == "worker").first()
            #expect(stored?.email == "taylor.brooks@example.org")

            _ = try await steward.submit("/account/email", [("email", "")], session: worker)
            let cleared = try await PersonModel.query(on: steward.app.db).filter(\.$username == "worker").first()
            #expect(cleared?.email == nil)
            let events = try await AuditEventModel.query(on: steward.app.db).filter(\.$action == "person.email").all()
            #expect(events.count == 2 && events.allSatisfy { !$0.summary.contains("example.org") })
        }
    }
}
