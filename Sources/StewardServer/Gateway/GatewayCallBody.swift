import Foundation
import StewardCore

/// A call's JSON body, read once: the model it names, whether it streams, and every text the checks must read. Only
/// those texts and the model are ever changed; everything else passes to the service as the client sent it.
struct GatewayCallBody {
    /// The protocol operation the body is for.
    enum Operation {
        case chat
        case embeddings
    }

    let operation: Operation
    private var object: [String: Any]
    /// The gateway name the client asked for.
    let model: String
    /// Whether the client asked for the answer as server-sent events.
    let stream: Bool

    init(_ data: Data, operation: Operation) throws {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw GatewayError.malformed("The request body is not a JSON object.")
        }
        guard let model = object["model"] as? String, !model.isEmpty else {
            throw GatewayError.malformed("`model` is required: name a tool as GET /v1/models lists them.")
        }
        self.operation = operation
        self.object = object
        self.model = model
        switch object["stream"] {
        case nil, is NSNull: stream = false
        case let flag as Bool where operation == .chat: stream = flag
        default: throw GatewayError.malformed("`stream` must be true or false, on chat completions only.")
        }
        try validate()
    }

    /// Every text the checks read, in order.
    var texts: [String] {
        var found: [String] = []
        var copy = self
        copy.rewriteTexts { text in
            found.append(text)
            return text
        }
        return found
    }

    /// Replaces every text with `transform(text)`.
    mutating func rewriteTexts(_ transform: (String) -> String) {
        switch operation {
        case .chat:
            guard var messages = object["messages"] as? [[String: Any]] else { return }
            for index in messages.indices {
                if let text = messages[index]["content"] as? String {
                    messages[index]["content"] = transform(text)
                } else if var parts = messages[index]["content"] as? [[String: Any]] {
                    for part in parts.indices {
                        if let text = parts[part]["text"] as? String { parts[part]["text"] = transform(text) }
                    }
                    messages[index]["content"] = parts
                }
            }
            object["messages"] = messages
        case .embeddings:
            if let text = object["input"] as? String {
                object["input"] = transform(text)
            } else if let texts = object["input"] as? [String] {
                object["input"] = texts.map(transform)
            }
        }
    }

    /// The body as the service receives it: its own model name in place of the gateway name.
    func data(model: String) throws -> Data {
        var object = object
        object["model"] = model
        return try JSONText.data(object)
    }

    /// Refuses a body whose texts the checks could not all read: the gateway never forwards what it did not scan.
    private func validate() throws {
        switch operation {
        case .chat:
            guard let messages = object["messages"] as? [Any], !messages.isEmpty else {
                throw GatewayError.malformed("`messages` is required: a list of at least one message.")
            }
            for (index, message) in messages.enumerated() {
                guard let message = message as? [String: Any], message["role"] is String else {
                    throw GatewayError.malformed("`messages[\(index)]` must be an object with a `role`.")
                }
                switch message["content"] {
                case nil, is NSNull, is String:
                    continue
                case let parts as [Any]:
                    for (number, part) in parts.enumerated() {
                        guard let part = part as? [String: Any], let type = part["type"] as? String else {
                            throw GatewayError.malformed("`messages[\(index)].content[\(number)]` must be an object with a `type`.")
                        }
                        if type == "text", !(part["text"] is String) {
                            throw GatewayError.malformed("`messages[\(index)].content[\(number)].text` must be text.")
                        }
                        if type != "text" {
                            throw GatewayError.malformed(
                                "`messages[\(index)].content[\(number)]` is of type `\(type)`; the gateway can check "
                                    + "only text, so it takes only text parts.")
                        }
                    }
                default:
                    throw GatewayError.malformed("`messages[\(index)].content` must be text or a list of text parts.")
                }
            }
        case .embeddings:
            switch object["input"] {
            case is String:
                break
            case let list as [Any] where !list.isEmpty && list.allSatisfy({ $0 is String }):
                break
            default:
                throw GatewayError.malformed(
                    "`input` must be text or a list of texts; the gateway checks what is sent, so it takes no tokens.")
            }
        }
    }
}
