/// The placeholders of one conversation and the text each stands for.
///
/// The same original text of the same type always gets the same placeholder, so a name redacted in
/// the first message is `[PERSON_1]` in every later one too.
///
/// ```swift
/// var map = PlaceholderMap()
/// map.placeholder(for: "Dana Hancock", type: .person)  // "[PERSON_1]"
/// map.placeholder(for: "Dana Hancock", type: .person)  // "[PERSON_1]" again
/// map.original(for: "[PERSON_1]")                       // "Dana Hancock"
/// ```
public struct PlaceholderMap: Sendable, Hashable, Codable {
    /// One placeholder and what it stands for.
    public struct Entry: Sendable, Hashable, Codable {
        /// The placeholder as it appears in redacted text, such as `[PHONE_2]`.
        public let placeholder: String
        /// The type of the original text.
        public let type: FindingType
        /// The original text.
        public let original: String
    }

    /// Every placeholder handed out so far, in order.
    public private(set) var entries: [Entry] = []
    private var byOriginal: [Key: Int] = [:]
    private var byPlaceholder: [String: Int] = [:]
    private var counts: [String: Int] = [:]

    private struct Key: Hashable, Sendable {
        var type: FindingType
        var original: String
    }

    /// Creates an empty map.
    public init() {}

    /// The placeholder of `original`, handing out the next one of its type if it has none yet.
    public mutating func placeholder(for original: String, type: FindingType) -> String {
        let key = Key(type: type, original: original)
        if let index = byOriginal[key] { return entries[index].placeholder }
        let stem = type.placeholderStem
        let number = (counts[stem] ?? 0) + 1
        counts[stem] = number
        let placeholder = "[\(stem)_\(number)]"
        byOriginal[key] = entries.count
        byPlaceholder[placeholder] = entries.count
        entries.append(Entry(placeholder: placeholder, type: type, original: original))
        return placeholder
    }

    /// The original text of `placeholder`, if this map handed it out.
    public func original(for placeholder: String) -> String? {
        byPlaceholder[placeholder].map { entries[$0].original }
    }

    /// Encodes the entries only; the lookups are rebuilt when decoding.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries)
    }

    /// Decodes a map written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let entries = try decoder.singleValueContainer().decode([Entry].self)
        for entry in entries {
            let placeholder = placeholder(for: entry.original, type: entry.type)
            guard placeholder == entry.placeholder else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath,
                        debugDescription: "placeholder \(entry.placeholder) is out of order; expected \(placeholder)"))
            }
        }
    }
}
