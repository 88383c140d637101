import Fluent
import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// Calls through the AI gateway against a real OpenAI-protocol service on loopback: what goes through, what is
/// redacted and restored, what is refused and why, and what each call leaves behind.
@Suite("Gateway: calls")
struct GatewayCallTests {
    @Test("a worker's call on an approved use reaches the tool with its credential, and the answer is marked as AI-generated")
    func forwarded() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)

                let models = try await steward.send(.GET, "/v1/models", bearer: key).object()
                let listed = (models["data"] as? [JSONObject] ?? []).compactMap { $0["id"] as? String }
                #expect(listed == [name])

                let reply = try await steward.chat("Draft a note about the new parking rules.", model: name, key: key)
                #expect(reply.status == .ok, "\(reply.body.string)")
                #expect(try reply.answerText() == "You said: Draft a note about the new parking rules.")
                #expect(reply.headers.first(name: "X-Steward-AI-Generated") == "true")
                #expect(reply.headers.first(name: "X-Steward-Verdict") == "forward")
                #expect(stub.credentials == ["sk-upstream-secret"])
                #expect(stub.bodies.last?["model"] as? String == "echo")

                let stored = try await ToolUpstreamModel.query(on: steward.app.db).all()
                #expect(stored.count == 1 && !stored[0].sealedCredential.contains("sk-upstream-secret"))

                let events = try await steward.usageEvents()
                #expect(events.count == 1)
                #expect(events.first?.verdict == "forward" && events.first?.rule == "allowed")
                #expect(events.first?.promptTokens == 12 && events.first?.completionTokens == 5)
                #expect(events.first?.findings == "{}")
            }
        }
    }

    @Test("the body reaches the service as the client wrote it, but for the model; a key named twice is refused")
    func bodyPassesAsWritten() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)
                // given: members in an unusual order, numbers as written, an escaped control character in the text
                let body = #"{"temperature":0.70,"messages":[{"content":"Tab\tand\u0001here","role":"user"}],"#
                    + #""model":"\#(name)","seed":12345678901234567890,"stop":null}"#

                // when
                let reply = try await steward.sendJSON(.POST, "/v1/chat/completions", body, bearer: key)

                // then
                #expect(reply.status == .ok, "\(reply.body.string)")
                #expect(stub.bodyTexts == [
                    #"{"temperature":0.70,"messages":[{"content":"Tab\tand\u0001here","role":"user"}],"#
                        + #""model":"echo","seed":12345678901234567890,"stop":null}"#
                ])

                // when: `messages` twice, so that a service could read the other one than the gateway checked
                let twice = try await steward.sendJSON(
                    .POST, "/v1/chat/completions",
                    #"{"model":"\#(name)","messages":[{"role":"user","content":"Hi"}],"messages":[]}"#, bearer: key)
                let broken = try await steward.sendJSON(.POST, "/v1/chat/completions", #"{"model": "x", "#, bearer: key)

                // then
                #expect(twice.status == .badRequest)
                #expect(try twice.gatewayError().message.contains("the key \u{201C}messages\u{201D} appears twice"))
                #expect(broken.status == .badRequest)
                #expect(try broken.gatewayError().message.contains("(at byte 15)"))
                #expect(stub.bodyTexts.count == 1)
            }
        }
    }

    @Test("personal data the use was not approved for is replaced by placeholders, and the answer restored")
    func redacted() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)

                let reply = try await steward.chat(
                    "Write to Dana Hancock at dana.hancock@example.com about her leave.", model: name, key: key)
                #expect(reply.status == .ok, "\(reply.body.string)")
                #expect(reply.headers.first(name: "X-Steward-Verdict") == "redact")
                let sent = try #require(stub.lastTexts.first)
                #expect(!sent.contains("Dana Hancock") && !sent.contains("dana.hancock@example.com"))
                #expect(sent.contains("[PERSON_1]") && sent.contains("[EMAIL_1]"))
                #expect(try reply.answerText() == "You said: Write to Dana Hancock at dana.hancock@example.com about her leave.")

                let streamed = try await steward.chat(
                    "Write to Dana Hancock at dana.hancock@example.com about her leave.", model: name, key: key,
                    stream: true)
                #expect(streamed.headers.contentType?.description.hasPrefix("text/event-stream") == true)
                let (text, done, error) = streamed.streamed()
                #expect(text == "You said: Write to Dana Hancock at dana.hancock@example.com about her leave.")
                #expect(done && error == nil)

                let events = try await steward.usageEvents()
                #expect(events.map(\.verdict) == ["redact", "redact"])
                #expect(events.map(\.rule) == ["data-outside-use", "data-outside-use"])
                let findings = try #require(events.first?.findings)
                #expect(findings.contains("\"PERSON\":1") && findings.contains("\"EMAIL_ADDRESS\":1"))
                #expect(!findings.contains("Dana"))
            }
        }
    }

    @Test("a table pasted into a call is redacted column by column, a surname alone under its heading too")
    func redactedTable() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)
                let table = "Sort by surname:\nfirst_name,last_name,phone\nMarisol,Quintero,555-201-8834\n"
                    + "Dmitri,Volkov,555-201-7719"

                let reply = try await steward.chat(table, model: name, key: key)
                #expect(reply.status == .ok, "\(reply.body.string)")
                #expect(reply.headers.first(name: "X-Steward-Verdict") == "redact")
                let sent = try #require(stub.lastTexts.first)
                #expect(
                    sent == "Sort by surname:\nfirst_name,last_name,phone\n[PERSON_1],[PERSON_2],[PHONE_1]\n"
                        + "[PERSON_3],[PERSON_4],[PHONE_2]")
                #expect(try reply.answerText() == "You said: " + table)
            }
        }
    }

    @Test("health information without a written approval is refused, naming the policy, and nothing is sent")
    func phiRefused() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)

                let reply = try await steward.chat(
                    "Summarize: the member was diagnosed with type 2 diabetes, MRN 48213377.", model: name, key: key)
                #expect(reply.status == .forbidden)
                let error = try reply.gatewayError()
                #expect(error.code == "phi-without-written-approval")
                #expect(error.message.contains("health information") && error.message.contains("Protected Health Information"))
                #expect(stub.bodies.isEmpty)
                #expect(try await steward.usageEvents().map(\.verdict) == ["refuse"])
            }
        }
    }

    @Test("a condition no one has is no PHI: a study's summary goes through, and the finding is still counted")
    func conditionWithoutPersonForwarded() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)

                let text = "Summarize this study of lung cancer screening in rural clinics for the newsletter."
                let reply = try await steward.chat(text, model: name, key: key)
                #expect(reply.status == .ok, "\(reply.body.string)")
                #expect(try reply.answerText() == "You said: " + text)
                #expect(stub.bodies.count == 1)
                let events = try await steward.usageEvents()
                #expect(events.map(\.verdict) == ["forward"])
                #expect(events.first?.findingCounts == ["HEALTH_CONDITION": 1])
            }
        }
    }

    @Test("a person named earlier in the conversation makes a later message's condition PHI, and it is refused")
    func conditionOfSomeoneNamedEarlier() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)

                let reply = try await steward.chat(
                    "What does asthma mean for the schedule?",
                    after: ["Dana Whitfield asked for Fridays off.", "Noted. What else should I know?"],
                    model: name, key: key)
                #expect(reply.status == .forbidden)
                #expect(try reply.gatewayError().code == "phi-without-written-approval")
                #expect(stub.bodies.isEmpty)
            }
        }
    }

    @Test("a streamed answer passes through piece by piece and ends as the protocol says")
    func streamedPassThrough() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)

                let reply = try await steward.chat("Draft a short thank-you note.", model: name, key: key, stream: true)
                #expect(reply.status == .ok)
                #expect(reply.headers.first(name: "X-Steward-AI-Generated") == "true")
                let (text, done, error) = reply.streamed()
                #expect(text == "You said: Draft a short thank-you note.")
                #expect(done && error == nil)
                let events = try await steward.usageEvents()
                #expect(events.first?.promptTokens == 12)
            }
        }
    }

    @Test("embeddings go through checked; tokens instead of text are refused because they cannot be read")
    func embeddings() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                let name = try await steward.setUpstream(tool: "DraftMate", to: stub)
                let key = try await steward.gatewayKey(for: .worker)

                let reply = try await steward.sendJSON(
                    .POST, "/v1/embeddings", #"{"model": "\#(name)", "input": ["parking rules", "leave policy"]}"#,
                    bearer: key)
                #expect(reply.status == .ok, "\(reply.body.string)")
                #expect((try reply.object()["data"] as? [Any])?.count == 1)

                let tokens = try await steward.sendJSON(
                    .POST, "/v1/embeddings", #"{"model": "\#(name)", "input": [1, 2, 3]}"#, bearer: key)
                #expect(tokens.status == .badRequest)
                #expect(try tokens.gatewayError().code == "malformed-request")
                #expect(stub.bodies.count == 1)
            }
        }
    }

    @Test("where the use's decision requires labels, the answer ends with a disclosure line, streamed or not")
    func labelled() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward { steward in
                // Ask Riverside answers the public, so its use must label what the AI wrote (Seed 003).
                let name = try await steward.setUpstream(tool: "Ask Riverside", to: stub)
                let key = try await steward.gatewayKey(for: .worker)
                let line = GatewayLabel.line(for: "Ask Riverside")
                let refused = try await steward.chat("When is the permit office open?", model: name, key: key)
                #expect(try refused.gatewayError().message.contains("no training course is set up for this tool yet"))

                // Its use requires training: the officer sets up a course and records the worker's completion.
                let officer = try await steward.token(for: .aiOfficer)
                let toolID = try await steward.toolID(named: "Ask Riverside", bearer: officer)
                let course = try await steward.sendJSON(
                    .POST, "/api/v1/tools/\(toolID)/training-courses", #"{"title": "Answering the public", "audience": "everyone"}"#,
                    bearer: officer)
                let courseID = try #require(try course.object()["id"] as? String)
                let completion = try await steward.sendJSON(
                    .POST, "/api/v1/training-courses/\(courseID)/records", #"{"username": "worker", "completedOn": "2026-11-02"}"#,
                    bearer: officer)
                #expect(completion.status == .created)

                let reply = try await steward.chat("When is the permit office open?", model: name, key: key)
                #expect(reply.status == .ok, "\(reply.body.string)")
                #expect(try reply.answerText() == "You said: When is the permit office open?" + line)

                let streamed = try await steward.chat("When is the permit office open?", model: name, key: key, stream: true)
                let (text, done, _) = streamed.streamed()
                #expect(text == "You said: When is the permit office open?" + line)
                #expect(done)
            }
        }
    }
}
