import Fluent
import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// Every way the gateway refuses a call, each with the protocol's error shape and words that say what to do.
@Suite("Gateway: refusals")
struct GatewayRefusalTests {
    @Test("no key or an unknown key is a 401 in the protocol's shape, never a sign-in page")
    func keys() async throws {
        try await withSteward { steward in
            let none = try await steward.send(.GET, "/v1/models")
            #expect(none.status == .unauthorized)
            #expect(try none.gatewayError().code == "invalid-key")
            #expect(none.headers.first(name: .location) == nil)

            let unknown = try await steward.chat("Hello", model: "draftmate", key: "sk-steward-not-a-key")
            #expect(unknown.status == .unauthorized)
            #expect(try unknown.gatewayError().message.contains("account page"))

            let session = try await steward.signIn(.worker)
            let cookie = try await steward.send(.GET, "/v1/models", session: session)
            #expect(cookie.status == .unauthorized)
        }
    }

    @Test("a revoked key is refused at once; unknown models and routes answer in the protocol's shape")
    func revokedAndUnknown() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let token = try await steward.token(for: .worker)
                let created = try await steward.sendJSON(.POST, "/api/v1/gateway-keys", #"{"label": "laptop"}"#, bearer: token)
                let key = try #require(try created.object()["key"] as? String)
                let id = try #require(try created.object()["id"] as? String)
                #expect(key.hasPrefix("sk-steward-"))
                #expect(try await steward.chat("Hello", model: name, key: key).status == .ok)

                let listed = try await steward.send(.GET, "/api/v1/gateway-keys", bearer: token).objects()
                #expect(listed.map { $0["label"] as? String } == ["laptop"])
                #expect(listed.first?["key"] == nil)
                #expect(try await steward.send(.DELETE, "/api/v1/gateway-keys/\(id)", bearer: token).status == .noContent)
                let revoked = try await steward.chat("Hello", model: name, key: key)
                #expect(revoked.status == .unauthorized)

                let other = try await steward.token(for: .manager)
                #expect(try await steward.send(.DELETE, "/api/v1/gateway-keys/\(id)", bearer: other).status == .notFound)

                // A default use the worker may not read is refused exactly like one that does not exist.
                let hidden = try await steward.useCase(ofTool: "ShiftWise")
                hidden.zone = .restricted
                try await hidden.save(on: steward.app.db)
                for useCaseID in [try hidden.requireID().uuidString, UUID().uuidString] {
                    let refused = try await steward.sendJSON(
                        .POST, "/api/v1/gateway-keys", #"{"label": "x", "useCaseID": "\#(useCaseID)"}"#, bearer: token)
                    #expect(refused.status == .unprocessableEntity)
                    #expect(try refused.problemFields() == ["useCaseID"])
                    #expect(refused.body.string.contains("no use case with id"))
                }

                let fresh = try await steward.gatewayKey(for: .worker)
                let unknown = try await steward.chat("Hello", model: "gpt-unheard-of", key: fresh)
                #expect(unknown.status == .notFound)
                #expect(try unknown.gatewayError().code == "unknown-model")
                let route = try await steward.send(.GET, "/v1/nothing-here", bearer: fresh)
                #expect(route.status == .notFound)
                #expect(try route.gatewayError().code == "malformed-request")
                let malformed = try await steward.sendJSON(.POST, "/v1/chat/completions", #"{"model": "\#(name)"}"#, bearer: fresh)
                #expect(malformed.status == .badRequest)
                #expect(try malformed.gatewayError().message.contains("messages"))
            }
        }
    }

    @Test("a use that is not approved is refused with its status; a pilot only for its participants; training first")
    func admission() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                // ShiftWise's only use, by the health unit, is still in review: the officer, who belongs to no unit,
                // is told so; the union representative of the clerical unit has no use of it at all.
                let shiftWise = try await steward.setUpstream(tool: "ShiftWise", to: stub)
                let officer = try await steward.gatewayKey(for: .aiOfficer)
                let inReview = try await steward.chat("Plan next week's shifts.", model: shiftWise, key: officer)
                #expect(inReview.status == .forbidden)
                #expect(try inReview.gatewayError().message.contains("is in review, not approved"))
                let rep = try await steward.gatewayKey(for: .unionRep)
                let noUse = try await steward.chat("Plan next week's shifts.", model: shiftWise, key: rep)
                #expect(try noUse.gatewayError().message.contains("no approved use of ShiftWise"))

                // CaseNote Summarizer runs as a pilot, open only to its participants.
                let caseNote = try await steward.setUpstream(tool: "CaseNote Summarizer", to: stub)
                let outsider = try await steward.chat("Summarize the visit plan.", model: caseNote, key: officer)
                #expect(outsider.status == .forbidden)
                #expect(try outsider.gatewayError().code == "not-pilot-participant")

                // DraftMate's use requires training: without a completion the worker is refused, naming the course.
                let draftMate = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let course = try await steward.course(ofTool: "DraftMate")
                try await TrainingRecordModel.query(on: steward.app.db).filter(\TrainingRecordModel.$course.$id == (try course.requireID())).delete()
                let worker = try await steward.gatewayKey(for: .worker)
                let untrained = try await steward.chat("Draft a note.", model: draftMate, key: worker)
                #expect(untrained.status == .forbidden)
                let error = try untrained.gatewayError()
                #expect(error.code == "training-incomplete" && error.message.contains(course.title))
                #expect(stub.bodies.isEmpty)
            }
        }
    }

    @Test("a body over the gateway's limit is a 413 in the protocol's shape, and nothing is sent")
    func tooLarge() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)
                let reply = try await steward.chat(String(repeating: "parking ", count: 300_000), model: name, key: key)
                #expect(reply.status == .payloadTooLarge)
                let error = try reply.gatewayError()
                #expect(error.code == "body-too-large" && error.message.contains("2 MB"))
                #expect(stub.bodies.isEmpty)
            }
        }
    }

    @Test("a flood from one key is slowed down with Retry-After")
    func rateLimited() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward(gateway: GatewaySettings(callsPerSecond: 0.01, burst: 2)) { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)
                var statuses: [UInt] = []
                for _ in 0..<3 { statuses.append(try await steward.chat("Hello", model: name, key: key).status.code) }
                #expect(statuses == [200, 200, 429])
                let limited = try await steward.chat("Hello", model: name, key: key)
                #expect(limited.headers.first(name: "Retry-After") != nil)
                #expect(try limited.gatewayError().code == "rate-limited")
            }
        }
    }

    @Test("a service that is slow, fails, answers garbage, refuses the credential or breaks off a stream is a 504 or 502")
    func upstreamFaults() async throws {
        try await OpenAIStub.with { stub in
            // Two seconds: the stub's slow answer takes three, and a loaded machine still streams the cut answer's
            // first half well within them.
            try await withSteward(gateway: GatewaySettings(upstreamTimeoutSeconds: 2)) { steward in
                let key = try await steward.gatewayKey(for: .worker)
                for (model, status, words) in [
                    ("slow", HTTPResponseStatus.gatewayTimeout, "did not answer within 2 seconds"),
                    ("fail", .badGateway, "failed (status 500)"), ("garbage", .badGateway, "not an OpenAI-style answer"),
                    ("deny", .badGateway, "refused Steward's credential"),
                ] {
                    let name = try await steward.setUpstream(tool: "DraftMate", to: stub, model: model)
                    let reply = try await steward.chat("Hello", model: name, key: key)
                    #expect(reply.status == status, "\(model)")
                    #expect(try reply.gatewayError().message.contains(words), "\(model)")
                }
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub, model: "cut")
                let cut = try await steward.chat("Tell me a long story about parking.", model: name, key: key, stream: true)
                let (_, done, error) = cut.streamed()
                #expect(!done)
                #expect(error?.contains("ended its answer early") == true)

                let events = try await steward.usageEvents()
                #expect(events.filter { $0.rule == "upstream-failure" }.count == 4)
            }
        }
    }
}
