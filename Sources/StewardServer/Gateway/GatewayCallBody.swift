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
    private var object: JSONValue
    /// The gateway name the client asked for.
    let model: String
    /// Whether the client asked for the answer as server-sent events.
    let stream: Bool

    init(_ bytes: [UInt8], operation: Operation) throws {
        let object: JSONValue
        do {
            object = try JSONValue(parsing: bytes)
        } catch {
            throw GatewayError.malformed("The request body is not valid JSON: \(error).")
        }
        guard object.isObject else { throw GatewayError.malformed("The request body is not a JSON object.") }
        guard let model = object["model"]?.string, !model.isEmpty else {
            throw GatewayError.malformed("`model` is required: name a tool as GET /v1/models lists them.")
        }
        self.operation = operation
        self.object = object
        self.model = model
        switch object["stream"] {
        case nil, .null?: stream = false
        case .bool(let flag)? where operation == .chat: stream = flag
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
            guard case .array(var messages)? = object["messages"] else { return }
            for index in messages.indices {
                switch messages[index]["content"] {
                case .string(let text)?:
                    messages[index]["content"] = .string(transform(text))
                case .array(var parts)?:
                    for part in parts.indices {
                        if let text = parts[part]["text"]?.string { parts[part]["text"] = .string(transform(text)) }
                    }
                    messages[index]["content"] = .array(parts)
                default:
                    continue
                }
            }
            object["messages"] = .array(messages)
        case .embeddings:
            switch object["input"] {
            case .string(let text)?: object["input"] = .string(transform(text))
            case .array(let texts)?: object["input"] = .array(texts.map { $0.string.map { .string(transform($0)) } ?? $0 })
            default: break
            }
        }
    }

    /// The body as the service receives it: its own model name in place of the gateway name.
    func text(model: String) -> [UInt8] {
        var object = object
        object["model"] = .string(model)
        return object.text
    }

    /// Refuses a body whose texts the checks could not all read: the gateway never forwards what it did not scan.
    private func validate() throws {
        switch operation {
        case .chat:
            guard let messages = object["messages"]?.array, !messages.isEmpty else {
                throw GatewayError.malformed("`messages` is required: a list of at least one message.")
            }
            for (index, message) in messages.enumerated() {
                guard message.isObject, message["role"]?.string != nil else {
                    throw GatewayError.malformed("`messages[\(index)]` must be an object with a `role`.")
                }
                switch message["content"] {
                case nil, .null?, .string?:
                    continue
                case .array(let parts)?:
                    for (number, part) in parts.enumerated() {
                        guard part.isObject, let type = part["type"]?.string else {
                            throw GatewayError.malformed("`messages[\(index)].content[\(number)]` must be an object with a `type`.")
                        }
                        if type == "text", part["text"]?.string == nil {
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
            case .string?:
                break
            case .array(let list)? where !list.isEmpty && list.allSatisfy({ $0.string != nil }):
                break
            default:
                throw GatewayError.malformed(
                    "`input` must be text or a list of texts; the gateway checks what is sent, so it takes no tokens.")
            }
        }
    }
}
