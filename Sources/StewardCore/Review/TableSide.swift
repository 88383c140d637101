/// The two sides at the table: who signs a pilot's joint evaluation, who put a proposal in bargaining, where a
/// review team's member sits.
public enum TableSide: String, CaseIterable, Codable, Sendable, Hashable {
    case management
    case union

    /// The side a role speaks for, or nil for roles that speak for neither (legal, auditors, the committee, workers).
    public static func of(_ role: Role) -> TableSide? {
        switch role {
        case .aiOfficer, .manager: .management
        case .unionRep: .union
        default: nil
        }
    }
}
