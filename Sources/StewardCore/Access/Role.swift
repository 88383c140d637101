/// A person's role in the organization (DESIGN.md, "Users and what each may see").
public enum Role: String, CaseIterable, Codable, Sendable, Hashable {
    case aiOfficer = "ai-officer"
    case legal
    /// A member of the joint labor-management committee, of either side.
    case committee
    case unionRep = "union-rep"
    case manager
    case worker
    case auditor

    /// A label for people to read.
    public var title: String {
        switch self {
        case .aiOfficer: "AI officer"
        case .legal: "Legal counsel"
        case .committee: "Joint committee member"
        case .unionRep: "Union representative"
        case .manager: "Manager"
        case .worker: "Worker"
        case .auditor: "Auditor"
        }
    }
}
