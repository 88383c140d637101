/// How a review step bears on the use it belongs to (DESIGN.md, "From decision to approval").
public enum StepGate: String, CaseIterable, Codable, Sendable, Hashable {
    /// Must be done or waived before the use can be approved: reviews, notice, bargaining, pilot, determinations.
    case beforeApproval = "before-approval"
    /// The AI officer's approval of the use, which is the approval itself (Seed 000, "Purpose").
    case approval
    /// Gates each person's use rather than the approval: training before a person uses the tool (Seed 002).
    case perPerson = "per-person"
    /// Scheduled from the approval at the interval the decision set: audits and bias audits (Seed 000).
    case scheduled
}
