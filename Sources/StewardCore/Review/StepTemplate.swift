/// What a review step is for each obligation kind: how it gates the use, which role owns it by default, and how
/// many days it has before it is due (DESIGN.md, "From decision to approval").
///
/// ```swift
/// StepTemplate(for: .legalReview)   // gate .beforeApproval, owner .legal, due in 14 days
/// StepTemplate(for: .humanReview)   // nil: a condition attached to the approval, not a step
/// ```
public struct StepTemplate: Hashable, Sendable {
    public let kind: ObligationKind
    public let gate: StepGate
    /// The role that acts on the step unless a person is named.
    public let owner: Role
    /// Days from the start of the review (or, for scheduled steps, none: they count months from the approval).
    public let daysToDue: Int?

    /// The step an obligation becomes, or nil for the obligations that are conditions of the approval: human
    /// review of output, labels on AI content, records retention and the public listing (Seed 003).
    public init?(for kind: ObligationKind) {
        guard let (gate, owner, days) = Self.table(kind) else { return nil }
        self.kind = kind
        self.gate = gate
        self.owner = owner
        daysToDue = days
    }

    /// Whether a step is completed by a record of its own (a pilot by its signed joint evaluation, a written
    /// determination by its signed statements, a committee review by its team's vote) rather than by a note of what
    /// was done; it can still be waived.
    public static func isCompletedByItsRecord(_ kind: ObligationKind) -> Bool {
        kind == .pilot || kind == .writtenDetermination || kind == .committeeReview || kind == .privacyImpactAssessment
            || kind == .disclosureToWorkers
    }

    /// Whether an obligation stays attached to the approval as a condition rather than becoming a step.
    public static func isCondition(_ kind: ObligationKind) -> Bool { table(kind) == nil }

    private static func table(_ kind: ObligationKind) -> (StepGate, Role, Int?)? {
        switch kind {
        case .officerApproval: (.approval, .aiOfficer, 30)
        case .legalReview: (.beforeApproval, .legal, 14)
        case .privacyImpactAssessment: (.beforeApproval, .aiOfficer, 30)
        case .hipaaCheck: (.beforeApproval, .legal, 14)
        case .phiWrittenApproval: (.beforeApproval, .aiOfficer, 14)
        case .committeeReview: (.beforeApproval, .committee, 30)
        case .unionNotice: (.beforeApproval, .aiOfficer, 7)
        case .decisionalBargaining: (.beforeApproval, .aiOfficer, 60)
        case .pilot: (.beforeApproval, .aiOfficer, 90)
        case .writtenDetermination: (.beforeApproval, .legal, 30)
        case .disclosureToWorkers: (.beforeApproval, .aiOfficer, 30)
        case .training, .supervisorTraining: (.perPerson, .aiOfficer, 30)
        case .audit, .biasAudit: (.scheduled, .auditor, nil)
        case .humanReview, .disclosureLabel, .recordsRetention, .publicInventory: nil
        }
    }
}
