import Foundation
import Vapor

/// An AI service that speaks the OpenAI protocol on loopback, for the gateway's tests. What it does depends on the
/// model it is asked for: `echo` answers "You said: " and the last message (streamed in small pieces when asked),
/// `slow` waits before answering, `fail` answers 500, `garbage` answers something that is not JSON, `cut` breaks
/// off a stream, `deny` refuses the credential. It keeps every body and credential it received.
final class OpenAIStub: @unchecked Sendable {
    let app: Application
    /// Set once the stub listens.
    private(set) var baseURL = ""
    private let lock = NSLock()
    private var received: [(credential: String, body: [String: Any], text: String)] = []

    private init(app: Application) {
        self.app = app
    }

    /// Starts a stub on a free port, runs `body` with it, and stops it.
    static func with(_ body: (OpenAIStub) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        let stub = OpenAIStub(app: app)
        stub.routes()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        stub.baseURL = "http://127.0.0.1:\(app.http.server.shared.localAddress?.port ?? 0)/v1"
        do {
            try await body(stub)
        } catch {
            await app.server.shutdown()
            try? await app.asyncShutdown()
            throw error
        }
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    /// The bodies the stub received, oldest first.
    var bodies: [[String: Any]] { lock.withLock { received.map(\.body) } }
    /// The bodies the stub received as the bytes came, oldest first.
    var bodyTexts: [String] { lock.withLock { received.map(\.text) } }
    /// The credentials the stub received, oldest first.
    var credentials: [String] { lock.withLock { received.map(\.credential) } }

    /// The texts of the last chat body's messages.
    var lastTexts: [String] {
        ((bodies.last?["messages"] as? [[String: Any]]) ?? []).compactMap { $0["content"] as? String }
    }

    private func routes() {
        app.post("v1", "chat", "completions") { [self] request in try await self.chat(request) }
        app.post("v1", "embeddings") { [self] request in try await self.embeddings(request) }
    }

    private func keep(_ request: Request) throws -> [String: Any] {
        let data = request.body.data.map { Data(buffer: $0) } ?? Data()
        let body = (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
        let text = String(decoding: data, as: UTF8.self)
        lock.withLock { received.append((request.headers.bearerAuthorization?.token ?? "", body, text)) }
        return body
    }

    private func chat(_ request: Request) async throws -> Response {
        let body = try keep(request)
        let model = body["model"] as? String ?? ""
        let last = ((body["messages"] as? [[String: Any]])?.last?["content"] as? String) ?? ""
        let answer = "You said: " + last
        switch model {
        case "slow":
            try await Task.sleep(for: .seconds(3))
        case "fail":
            return Response(status: .internalServerError, body: "upstream exploded")
        case "garbage":
            return Response(status: .ok, body: "this is not json")
        case "deny":
            return Response(status: .unauthorized, body: #"{"error": {"message": "bad key"}}"#)
        default:
            break
        }
        if body["stream"] as? Bool == true { return stream(answer, cut: model == "cut") }
        return try Self.json([
            "id": "chatcmpl-1", "object": "chat.completion", "created": 1_796_031_000, "model": model,
            "choices": [["index": 0, "message": ["role": "assistant", "content": answer], "finish_reason": "stop"]],
            "usage": ["prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17],
        ])
    }

    /// The answer in pieces of three characters, then the token counts and the end; `cut` stops half way. A write
    /// that fails (the gateway dropped the call) ends the stream with its error: a stream writer must be ended one way
    /// or the other, or Vapor's debug build traps when it is released.
    private func stream(_ answer: String, cut: Bool) -> Response {
        var pieces: [String] = []
        var rest = Substring(answer)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(3)))
            rest = rest.dropFirst(3)
        }
        let response = Response(status: .ok, body: .init(asyncStream: { [pieces] writer in
            do {
                for (index, piece) in pieces.enumerated() {
                    if cut, index == pieces.count / 2 { break }
                    let delta: [String: Any] = ["index": 0, "delta": ["content": piece], "finish_reason": NSNull()]
                    let chunk: [String: Any] = [
                        "id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1_796_031_000,
                        "model": "echo", "choices": [delta],
                    ]
                    try await writer.write(.buffer(ByteBuffer(string: "data: \(try Self.text(chunk))\n\n")))
                }
                if !cut {
                    let usage: [String: Any] = [
                        "id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1_796_031_000,
                        "model": "echo", "choices": [], "usage": ["prompt_tokens": 12, "completion_tokens": 5],
                    ]
                    try await writer.write(
                        .buffer(ByteBuffer(string: "data: \(try Self.text(usage))\n\ndata: [DONE]\n\n")))
                }
                try await writer.write(.end)
            } catch {
                try? await writer.write(.error(error))
            }
        }))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "event-stream")
        return response
    }

    private func embeddings(_ request: Request) async throws -> Response {
        _ = try keep(request)
        return try Self.json([
            "object": "list", "model": "echo",
            "data": [["object": "embedding", "index": 0, "embedding": [0.1, 0.2, 0.3]]],
            "usage": ["prompt_tokens": 4, "total_tokens": 4],
        ])
    }

    private static func text(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    private static func json(_ object: [String: Any]) throws -> Response {
        let response = Response(status: .ok, body: .init(string: try text(object)))
        response.headers.contentType = .json
        return response
    }
}
