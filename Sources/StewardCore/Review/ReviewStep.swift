import Foundation

/// One step of a use case's review: an obligation of its decision, with an owner, a due date and a record
/// (DESIGN.md, "From decision to approval").
public struct ReviewStep: Hashable, Sendable {
    public let id: ReviewStepID
    public let useCaseID: UseCaseID
    public let kind: ObligationKind
    public let gate: StepGate
    public var status: StepStatus
    /// The role that acts on the step, unless a person is named.
    public let ownerRole: Role
    public var ownerID: PersonID?
    /// The day by which the step is due, if any.
    public var due: Date?
    /// The zone of the step's record: legal reviews and anything about PHI are restricted (Seed 000).
    public let zone: Zone
    /// What the reviewer recorded: the finding, the date a notice was sent, the reason for a waiver.
    public var record: String

    public init(
        id: ReviewStepID, useCaseID: UseCaseID, kind: ObligationKind, gate: StepGate, status: StepStatus,
        ownerRole: Role, ownerID: PersonID?, due: Date?, zone: Zone, record: String
    ) {
        self.id = id
        self.useCaseID = useCaseID
        self.kind = kind
        self.gate = gate
        self.status = status
        self.ownerRole = ownerRole
        self.ownerID = ownerID
        self.due = due
        self.zone = zone
        self.record = record
    }

    /// Whether the step is open past its due date at `now`.
    public func isOverdue(at now: Date) -> Bool {
        guard status.isOpen, let due else { return false }
        return due < now
    }

    /// Whether the step stands between the use and its approval.
    public var blocksApproval: Bool { gate == .beforeApproval && status.isOpen }

    /// The zone a step's record lives in: restricted for legal review and PHI (Seed 000, "AI Auditing" and
    /// "Protected Health Information"), organization for the rest.
    public static func zone(of kind: ObligationKind) -> Zone {
        switch kind {
        case .legalReview, .hipaaCheck, .phiWrittenApproval: .restricted
        default: .organization
        }
    }
}

public typealias ReviewStepID = Identifier<ReviewStep>
