/// What the gateway does with a call: send it as written, send it with personal data replaced by placeholders (and
/// put the originals back into the answer), or refuse it.
public enum GatewayVerdict: String, CaseIterable, Codable, Sendable, Hashable {
    case forward
    case redact
    case refuse
}

/// The gateway's decision about one call: its verdict, the rule that decided, and for a refusal what the person is
/// told, in plain words with what to do.
public struct GatewayDecision: Hashable, Sendable {
    public let verdict: GatewayVerdict
    public let rule: GatewayRule
    /// Empty unless the call is refused.
    public let message: String

    public init(_ verdict: GatewayVerdict, _ rule: GatewayRule, message: String = "") {
        self.verdict = verdict
        self.rule = rule
        self.message = message
    }

    public static func refuse(_ rule: GatewayRule, _ message: String) -> GatewayDecision {
        GatewayDecision(.refuse, rule, message: message)
    }
}
