import Fluent
import Foundation
import NIOCore
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

extension StewardHarness {
    /// Points a demo tool at the stub as the AI officer, answering as `model`; returns the tool's gateway name.
    @discardableResult
    func setUpstream(
        tool name: String, to stub: OpenAIStub, model: String = "echo", credential: String = "sk-upstream-secret"
    ) async throws -> String {
        let officer = try await token(for: .aiOfficer)
        let toolID = try await toolID(named: name, bearer: officer)
        let reply = try await sendJSON(
            .PUT, "/api/v1/tools/\(toolID)/upstream",
            #"{"baseURL": "\#(stub.baseURL)", "model": "\#(model)", "credential": "\#(credential)"}"#, bearer: officer)
        #expect(reply.status == .ok, "\(reply.body.string)")
        return try #require(try reply.object()["gatewayName"] as? String)
    }

    /// Puts a tool in the gateway by writing its upstream directly, for tests that never call it.
    func addUpstream(to toolID: UUID, gatewayName: String) async throws {
        let upstream = ToolUpstreamModel()
        upstream.$tool.id = toolID
        upstream.gatewayName = gatewayName
        upstream.baseURL = "https://ai.example.org/v1"
        upstream.model = "m-1"
        upstream.sealedCredential = try app.steward.sealer.seal("sk-unused")
        upstream.updatedBy = "officer"
        upstream.updatedAt = Date()
        try await upstream.create(on: app.db)
    }

    /// A new gateway key of a demo account, made through the API.
    func gatewayKey(for role: Role, useCaseID: String? = nil) async throws -> String {
        let token = try await token(for: role)
        let useCase = useCaseID.map { #", "useCaseID": "\#($0)""# } ?? ""
        let reply = try await sendJSON(.POST, "/api/v1/gateway-keys", #"{"label": "editor"\#(useCase)}"#, bearer: token)
        #expect(reply.status == .created, "\(reply.body.string)")
        return try #require(try reply.object()["key"] as? String)
    }

    /// A chat completion through the gateway with one user message, after the conversation's `earlier` messages
    /// (the user's and the answers' in turn).
    func chat(
        _ text: String, after earlier: [String] = [], model: String, key: String?, stream: Bool = false,
        useCase: String? = nil
    ) async throws -> HTTPReply {
        let messages = (earlier + [text]).enumerated().map { n, content in
            ["role": (earlier.count - n).isMultiple(of: 2) ? "user" : "assistant", "content": content]
        }
        let list = String(decoding: try JSONSerialization.data(withJSONObject: messages), as: UTF8.self)
        var headers = HTTPHeaders()
        headers.contentType = .json
        if let useCase { headers.add(name: "X-Steward-Use-Case", value: useCase) }
        let body = #"{"model": "\#(model)", "stream": \#(stream), "messages": \#(list)}"#
        return try await send(.POST, "/v1/chat/completions", headers: headers, body: ByteBuffer(string: body), bearer: key)
    }

    /// The usage events of the test's own calls (the demo's are all from before the test's clock), after the queue
    /// is flushed.
    func usageEvents() async throws -> [UsageEventModel] {
        await (try app.gateway).recorder.flush()
        return try await UsageEventModel.query(on: app.db).filter(\.$at >= app.clock()).sort(\.$at).all()
    }
}

extension HTTPReply {
    /// The first choice's text of a chat answer.
    func answerText() throws -> String {
        let choices = try #require(try object()["choices"] as? [JSONObject])
        return try #require((choices.first?["message"] as? JSONObject)?["content"] as? String)
    }

    /// The gateway error's `code` and `message`.
    func gatewayError() throws -> (code: String, message: String) {
        let error = try #require(try object()["error"] as? JSONObject, "\(body.string)")
        return (error["code"] as? String ?? "", error["message"] as? String ?? "")
    }

    /// The texts of a streamed answer's chunks joined, and whether it ended with `[DONE]`; an error event's message
    /// is returned as `error`.
    func streamed() -> (text: String, done: Bool, error: String?) {
        var text = ""
        var done = false
        var error: String?
        for line in body.string.split(separator: "\n") where line.hasPrefix("data: ") {
            let payload = line.dropFirst(6)
            if payload == "[DONE]" {
                done = true
                continue
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? JSONObject else { continue }
            if let failure = object["error"] as? JSONObject { error = failure["message"] as? String }
            for choice in object["choices"] as? [JSONObject] ?? [] {
                text += (choice["delta"] as? JSONObject)?["content"] as? String ?? ""
            }
        }
        return (text, done, error)
    }
}
