import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// Errors say what is wrong and where, keep what the person typed, and never show the server's insides.
@Suite("Error shape")
struct ErrorShapeTests {
    @Test("a server error shows only a request id, on pages and in the API, whatever its message")
    func serverErrorHidesDetails() async throws {
        let secret = "connection to db-7.internal refused"
        try await withSteward(routes: { app in
            app.get("boom") { _ -> String in throw StewardError(.internalServerError, secret) }
            app.get("api", "v1", "boom") { _ -> String in throw StewardError(.serviceUnavailable, secret) }
        }) { steward in
            let page = try await steward.send(.GET, "/boom")
            let api = try await steward.send(.GET, "/api/v1/boom")

            #expect(page.status == .internalServerError)
            #expect(api.status == .internalServerError)
            for reply in [page, api] {
                #expect(!reply.body.string.contains(secret))
                #expect(reply.body.string.contains("request id"))
            }
        }
    }

    @Test("a wrong method is a 405 naming the allowed methods")
    func wrongMethod() async throws {
        try await withSteward { steward in
            let reply = try await steward.send(.DELETE, "/tools")

            #expect(reply.status == .methodNotAllowed)
            #expect(reply.headers.first(name: "Allow") == "GET, POST")
        }
    }

    @Test("an unknown status filter is a 400 naming the parameter, not the whole list")
    func unknownStatus() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)

            let reply = try await steward.send(.GET, "/tools?status=aproved", session: worker)

            #expect(reply.status == .badRequest)
            #expect(reply.body.string.contains("did you mean `approved`"))
        }
    }

    @Test("an empty tool body names every missing field in errors")
    func everyMissingField() async throws {
        try await withSteward { steward in
            let token = try await steward.token(for: .worker)

            let reply = try await steward.sendJSON(.POST, "/api/v1/tools", "{}", bearer: token)

            #expect(reply.status == .unprocessableEntity)
            let problem = try JSONSerialization.jsonObject(with: Data(reply.body.readableBytesView)) as? [String: Any]
            let fields = (problem?["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(fields.count > 1, "\(reply.body.string)")
            #expect(fields.contains("name"))
        }
    }

    @Test("a malformed use-case id says which record was not found, in words")
    func notFoundWording() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)

            let reply = try await steward.send(.GET, "/use-cases/not-an-id", session: worker)

            #expect(reply.status == .notFound)
            #expect(reply.body.string.contains("no use case with id not-an-id"))
        }
    }

    @Test("a refused lifecycle move keeps the officer's reason and target and lists the problem above the form")
    func refusedMoveKeepsInput() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let tool = try await steward.tool(named: "DraftMate").requireID()

            let reply = try await steward.submit(
                "/tools/\(tool)/transitions", [("to", "requested"), ("reason", "Typed with care")], session: officer)

            #expect(reply.status == .unprocessableEntity)
            #expect(reply.body.string.contains("Typed with care</textarea>"))
            #expect(reply.body.string.contains(#"role="alert""#))
        }
    }
}
