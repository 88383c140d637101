/// What decided a call through the AI gateway: the rule that refused it, redacted it or let it through, each citing
/// the seed it comes from (DESIGN.md, "Enforcement at the point of use").
public enum GatewayRule: String, CaseIterable, Codable, Sendable, Hashable {
    /// The call passed every check and went to the tool as written.
    case allowed
    /// The key is unknown or revoked.
    case invalidKey = "invalid-key"
    /// The model names no tool of the gateway.
    case unknownModel = "unknown-model"
    /// The call names no use of the tool the person may run, or could mean several.
    case useCaseUnresolved = "use-case-unresolved"
    /// The use is not approved, nor in a pilot (Seed 000, "Purpose": every tool is approved before use).
    case useNotApproved = "use-not-approved"
    /// The use is in a pilot and the person is not one of its participants (Seed 002, "Pilot").
    case notPilotParticipant = "not-pilot-participant"
    /// The person has not completed the training the use requires (Seed 002, "Training").
    case trainingIncomplete = "training-incomplete"
    /// The text holds health information and the use has no written PHI approval (Seed 000, "Protected Health
    /// Information").
    case phiWithoutApproval = "phi-without-written-approval"
    /// Personal or confidential data the use was not approved for: replaced by placeholders (Seed 003, "Data privacy
    /// and security").
    case dataOutsideUse = "data-outside-use"
    /// Personal or confidential data for a tool whose vendor trains on inputs: replaced by placeholders (Seed 003,
    /// "Data privacy and security": no confidential or personal data in public AI tools).
    case vendorTrainsOnInputs = "vendor-trains-on-inputs"
    /// The key sent more calls than its allowance.
    case rateLimited = "rate-limited"
    /// The request body is larger than the gateway takes.
    case bodyTooLarge = "body-too-large"
    /// The request is not one the OpenAI protocol allows.
    case malformedRequest = "malformed-request"
    /// The tool's service failed, timed out or answered something that is not the protocol.
    case upstreamFailure = "upstream-failure"
}
