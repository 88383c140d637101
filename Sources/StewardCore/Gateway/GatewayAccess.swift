/// What the records say about one person running one use of a tool through the gateway: the facts its checks need,
/// gathered by the server and judged here (DESIGN.md, "Enforcement at the point of use").
///
/// ```swift
/// let access = GatewayAccess(toolName: "DraftMate", useTitle: "Draft letters", status: .approved, ...)
/// access.admission                   // allowed, or the first check that fails
/// access.decide(found: [.phi])       // refused: no written approval for health information
/// ```
public struct GatewayAccess: Hashable, Sendable {
    public var toolName: String
    public var useTitle: String
    public var status: ReviewStatus
    /// Whether the person is among the participants of the use's pilot.
    public var isPilotParticipant: Bool
    /// The person's training for the tool, when the use requires training; nil when it requires none.
    public var training: TrainingStanding?
    /// Whether the use's written approval for PHI is on record (its step is done).
    public var hasPHIApproval: Bool
    /// The data categories the use was approved for.
    public var dataCategories: Set<DataCategory>
    /// Whether the tool's vendor trains its models on what it is sent.
    public var vendorTrainsOnInputs: Bool

    public init(
        toolName: String, useTitle: String, status: ReviewStatus, isPilotParticipant: Bool,
        training: TrainingStanding?, hasPHIApproval: Bool, dataCategories: Set<DataCategory>,
        vendorTrainsOnInputs: Bool
    ) {
        self.toolName = toolName
        self.useTitle = useTitle
        self.status = status
        self.isPilotParticipant = isPilotParticipant
        self.training = training
        self.hasPHIApproval = hasPHIApproval
        self.dataCategories = dataCategories
        self.vendorTrainsOnInputs = vendorTrainsOnInputs
    }

    /// Whether the person may run the use at all, before any text is read: approved (or in a pilot they take part
    /// in), and trained where the use requires it.
    public var admission: GatewayDecision {
        switch status {
        case .approved:
            break
        case .inPilot where isPilotParticipant:
            break
        case .inPilot:
            return .refuse(
                .notPilotParticipant,
                "\u{201C}\(useTitle)\u{201D} with \(toolName) is in a pilot, and you are not one of its participants "
                    + "(contract, Pilot). Ask your AI officer to add you, or wait until the pilot's evaluation.")
        default:
            return .refuse(
                .useNotApproved,
                "\u{201C}\(useTitle)\u{201D} with \(toolName) is \(status.title.lowercased()), not approved, so it "
                    + "cannot be used yet (AI Use Policy, Purpose: the AI officer approves every tool before use). "
                    + "Ask your AI officer where its review stands.")
        }
        if let training, !training.isTrained {
            return .refuse(
                .trainingIncomplete,
                "You have not completed the training \(toolName) requires: "
                    + training.reasons.joined(separator: "; ")
                    + " (contract, Training). Complete it, or ask your manager.")
        }
        return GatewayDecision(.forward, .allowed)
    }

    /// The data categories that are personal, confidential or otherwise not for an outside service.
    public static let guarded: Set<DataCategory> = [
        .personal, .confidential, .memberRecords, .employeeRecords, .bargainingStrategy, .biometric,
    ]

    /// The decision about a call whose text holds data of the `found` categories, for a person already admitted.
    /// PHI needs the use's written approval or the call is refused; other guarded data is replaced by placeholders
    /// when the vendor trains on inputs or the use was not approved for it.
    public func decide(found: Set<DataCategory>) -> GatewayDecision {
        let admission = admission
        guard admission.verdict == .forward else { return admission }
        if found.contains(.phi), !(hasPHIApproval && dataCategories.contains(.phi)) {
            return .refuse(
                .phiWithoutApproval,
                "This message contains health information, and \(toolName) has no written approval for health "
                    + "information (AI Use Policy, Protected Health Information). Remove it, or ask your AI officer.")
        }
        let sensitive = found.intersection(Self.guarded)
        if sensitive.isEmpty { return admission }
        if vendorTrainsOnInputs { return GatewayDecision(.redact, .vendorTrainsOnInputs) }
        if !sensitive.isSubset(of: dataCategories) { return GatewayDecision(.redact, .dataOutsideUse) }
        return admission
    }
}
