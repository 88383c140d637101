import StewardCore

/// One rule of a policy pack: when its condition holds for a use case, its effect applies.
public struct Rule: Hashable, Sendable {
    /// The rule's id, unique within its pack (`no-meeting-recording`).
    public let id: String
    /// Where in the source document the rule comes from.
    public let citation: Citation
    /// When the rule applies.
    public let condition: Condition
    /// What the rule does when it applies.
    public let effect: Effect
    /// Why, in a sentence a worker understands.
    public let reason: String
    /// Where the rule starts in its pack's text.
    public let location: SourceLocation

    /// Whether two rules say the same thing, wherever they are written.
    public func hasSameContent(as other: Rule) -> Bool {
        (id, citation, condition, effect, reason) == (
            other.id, other.citation, other.condition, other.effect, other.reason
        )
    }
}

/// A reference to a section of a source document ("Seed 000, Data Privacy and Security").
public struct Citation: Hashable, Sendable, CustomStringConvertible {
    /// The document, as the pack names it.
    public let document: String
    /// The section within it.
    public let section: String

    /// `document, section`.
    public var description: String { "\(document), \(section)" }
}

/// What a rule does when it applies.
public enum Effect: Hashable, Sendable, CustomStringConvertible {
    /// The use case must not go ahead.
    case prohibit
    /// The use case may go ahead once this obligation is met.
    case require(Obligation)
    /// The rule explicitly permits the use case; it never outweighs a prohibition or an obligation.
    case allow

    /// `prohibit`, `require <kind>` or `allow`.
    public var description: String {
        switch self {
        case .prohibit: "prohibit"
        case .require(let obligation): "require \(obligation.kind.rawValue)"
        case .allow: "allow"
        }
    }
}
