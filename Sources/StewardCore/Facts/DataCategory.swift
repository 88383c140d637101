/// A kind of data a use case handles; the policies' data rules are written over these (Seed 000, "Protected
/// Health Information"; Seed 003, data rules of a usage policy).
public enum DataCategory: String, CaseIterable, Codable, Sendable, Hashable {
    case `public`
    case `internal`
    case confidential
    case personal
    case phi
    case memberRecords = "member-records"
    case employeeRecords = "employee-records"
    case bargainingStrategy = "bargaining-strategy"
    case biometric
}
