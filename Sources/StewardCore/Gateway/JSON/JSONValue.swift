/// A JSON document as the gateway reads and passes it on: objects keep their members in the order written and
/// numbers keep their text, so that a body reaches the AI service as the client wrote it but for what the gateway
/// changes, and nothing is converted on the way.
///
/// ```swift
/// var body = try JSONValue(parsing: Array(#"{"model": "draftmate", "n": 1.50}"#.utf8))
/// body["model"] = .string("gpt-4o")
/// String(decoding: body.text, as: UTF8.self)   // {"model":"gpt-4o","n":1.50}
/// ```
public enum JSONValue: Sendable, Hashable {
    case object([Member])
    case array([JSONValue])
    case string(String)
    /// A number as written, such as `1.50` or `-2e3`.
    case number(String)
    case bool(Bool)
    case null

    /// One member of an object.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The number `integer`.
    public static func integer(_ integer: Int) -> JSONValue { .number(String(integer)) }

    /// The member `key` of an object; nil for a missing member or a value that is no object. Setting a member
    /// replaces it where it stands or adds it at the end; setting nil removes it.
    public subscript(key: String) -> JSONValue? {
        get {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.key == key }?.value
        }
        set {
            guard case .object(var members) = self else { return }
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key, newValue))
            }
            self = .object(members)
        }
    }

    /// The text of a string.
    public var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// The elements of an array.
    public var array: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// Whether this is an object.
    public var isObject: Bool {
        if case .object = self { true } else { false }
    }

    /// A number written as a whole number that fits an `Int`.
    public var integer: Int? {
        if case .number(let text) = self { Int(text) } else { nil }
    }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// An object of the members written, in their order.
    public init(dictionaryLiteral members: (String, JSONValue)...) {
        self = .object(members.map { Member($0.0, $0.1) })
    }
}
