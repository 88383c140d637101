/// How a person stands to a record, beyond their role: what lets a worker act on a step their role alone would not
/// (DESIGN.md, "From decision to approval").
public enum Standing: String, CaseIterable, Codable, Sendable, Hashable {
    /// The person asked for the tool or described the use.
    case requester
    /// The step is theirs: named as its owner, or of the role that owns it.
    case stepOwner = "step-owner"
    /// A member of the review team or joint committee.
    case committeeMember = "committee-member"
    /// A participant of the use's pilot.
    case pilotParticipant = "pilot-participant"
    /// A person the installation made an administrator: they set the organization up whatever their role.
    case administrator
}
