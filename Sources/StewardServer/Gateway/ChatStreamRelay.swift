import DataGuard
import NIOCore
import StewardCore

/// Relays a streamed chat answer (server-sent events) from the AI service to the person, event by event: restores
/// placeholders in each piece of text when the call was redacted, adds the disclosure line before the end when the
/// use requires labels, and notes the token counts and whether the stream ended as the protocol says it must.
struct ChatStreamRelay: Sendable {
    private var restorer: StreamRestorer?
    private let label: String?
    private var buffer: [UInt8] = []
    /// Fields every added chunk repeats from the service's (`id`, `created`, `model`).
    private var template = JSONValue.object([])
    /// Whether the service sent `data: [DONE]`.
    private(set) var isComplete = false
    private(set) var promptTokens: Int?
    private(set) var completionTokens: Int?

    init(restorer: StreamRestorer?, label: String?) {
        self.restorer = restorer
        self.label = label
    }

    /// Whether events must be read and rewritten rather than passed on as they came.
    var rewrites: Bool { restorer != nil || label != nil }

    /// The complete events in `bytes` (with any held from before), ready to send on.
    mutating func feed(_ bytes: ByteBuffer) -> [String] {
        buffer += bytes.readableBytesView.filter { $0 != 0x0D }
        var events: [String] = []
        while let end = Self.eventEnd(in: buffer) {
            let event = String(decoding: buffer[..<end], as: UTF8.self)
            buffer.removeSubrange(..<(end + 2))
            events += relay(event)
        }
        return events
    }

    /// An error event that ends a stream the service cut short.
    static func errorEvent(_ error: GatewayError) -> String {
        "data: " + String(buffer: error.body) + "\n\n"
    }

    private mutating func relay(_ event: String) -> [String] {
        let payload = event.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("data:") }
            .map { $0.dropFirst(5).drop { $0 == " " } }
            .joined(separator: "\n")
        if payload == "[DONE]" {
            isComplete = true
            return closing() + ["data: [DONE]\n\n"]
        }
        guard var chunk = try? JSONValue(parsing: Array(payload.utf8)), chunk.isObject else { return [event + "\n\n"] }
        if let usage = chunk["usage"] {
            promptTokens = usage["prompt_tokens"]?.integer ?? promptTokens
            completionTokens = usage["completion_tokens"]?.integer ?? completionTokens
        }
        for field in ["id", "object", "created", "model"] {
            if let value = chunk[field] { template[field] = value }
        }
        guard rewrites, restorer != nil, case .array(var choices)? = chunk["choices"] else { return [event + "\n\n"] }
        for index in choices.indices {
            guard let text = choices[index]["delta"]?["content"]?.string, let restored = restorer?.restore(text) else {
                continue
            }
            choices[index]["delta"]?["content"] = .string(restored)
        }
        chunk["choices"] = .array(choices)
        return [Self.event(chunk)]
    }

    /// What goes out before the end: text held back by the restorer, then the disclosure line.
    private mutating func closing() -> [String] {
        var text = restorer?.finish() ?? ""
        if let label { text += label }
        guard !text.isEmpty else { return [] }
        var chunk = template
        chunk["choices"] = .array([["index": .integer(0), "delta": ["content": .string(text)], "finish_reason": .null]])
        return [Self.event(chunk)]
    }

    private static func event(_ chunk: JSONValue) -> String {
        "data: " + String(decoding: chunk.text, as: UTF8.self) + "\n\n"
    }

    /// Where the first event in `bytes` ends: at its blank line.
    private static func eventEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        for index in 0..<(bytes.count - 1) where bytes[index] == 0x0A && bytes[index + 1] == 0x0A { return index }
        return nil
    }
}
