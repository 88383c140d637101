import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("API tokens")
struct APITokenTests {
    @Test("a token issued for a password signs requests in until it is revoked")
    func issueUseRevoke() async throws {
        try await withSteward { steward in
            // given
            let issued = try await steward.sendJSON(
                .POST, "/api/v1/tokens", #"{"username": "officer", "password": "steward-demo", "label": "cli"}"#)
            #expect(issued.status == .created)
            let token = try #require(try issued.object()["token"] as? String)
            let id = try #require(try issued.object()["id"] as? String)

            // when
            let me = try await steward.send(.GET, "/api/v1/me", bearer: token)
            let revoked = try await steward.send(.DELETE, "/api/v1/tokens/\(id)", bearer: token)
            let afterwards = try await steward.send(.GET, "/api/v1/me", bearer: token)

            // then
            #expect(me.status == .ok)
            #expect(try me.object()["role"] as? String == "ai-officer")
            #expect(revoked.status == .noContent)
            #expect(afterwards.status == .unauthorized)
        }
    }

    @Test("the token list shows one's own tokens and never their secrets")
    func listOwn() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            _ = try await steward.token(for: .worker)

            let response = try await steward.send(.GET, "/api/v1/tokens", bearer: officer)

            #expect(response.status == .ok)
            let tokens = try response.objects()
            #expect(tokens.count == 1)
            #expect(tokens.allSatisfy { $0["token"] == nil && $0["label"] as? String == "test" })
            #expect(!response.body.string.contains(officer))
        }
    }

    @Test("someone else's token cannot be revoked")
    func revokeOthers() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let worker = try await steward.token(for: .worker)
            let id = try #require(try await steward.send(.GET, "/api/v1/tokens", bearer: worker).objects().first?["id"])

            let response = try await steward.send(.DELETE, "/api/v1/tokens/\(id)", bearer: officer)

            #expect(response.status == .notFound)
            #expect(try await steward.send(.GET, "/api/v1/me", bearer: worker).status == .ok)
        }
    }

    @Test("a wrong password is a 401 problem")
    func wrongPassword() async throws {
        try await withSteward { steward in
            let response = try await steward.sendJSON(
                .POST, "/api/v1/tokens", #"{"username": "officer", "password": "guess"}"#)

            #expect(response.status == .unauthorized)
            #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(try response.object()["status"] as? Int == 401)
        }
    }

    @Test("after five failed sign-ins the account must wait, told so by a 429 with Retry-After")
    func throttling() async throws {
        try await withSteward { steward in
            steward.use(TestClock())
            let wrong = #"{"username": "legal", "password": "guess"}"#
            for _ in 0..<LoginThrottle.account.allowance {
                #expect(try await steward.sendJSON(.POST, "/api/v1/tokens", wrong).status == .unauthorized)
            }

            let response = try await steward.sendJSON(
                .POST, "/api/v1/tokens", #"{"username": "legal", "password": "steward-demo"}"#)

            #expect(response.status == .tooManyRequests)
            #expect(response.headers.first(name: "Retry-After") == "15")
        }
    }

    @Test("a label over 100 characters is a 422 naming it, and a body over the size limit is a 413")
    func limits() async throws {
        try await withSteward { steward in
            let label = String(repeating: "x", count: 101)
            let longLabel = try await steward.sendJSON(
                .POST, "/api/v1/tokens", #"{"username": "officer", "password": "steward-demo", "label": "\#(label)"}"#)
            let password = String(repeating: "a", count: 300_000)
            let huge = try await steward.sendJSON(
                .POST, "/api/v1/tokens", #"{"username": "officer", "password": "\#(password)"}"#)

            #expect(longLabel.status == .unprocessableEntity)
            #expect(try longLabel.problemFields() == ["label"])
            #expect(huge.status == .payloadTooLarge)
        }
    }

    @Test("the API ignores session cookies and asks for a bearer token")
    func bearerOnly() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.aiOfficer)

            let response = try await steward.send(.GET, "/api/v1/me", session: session)

            #expect(response.status == .unauthorized)
        }
    }
}
