/// How a grievance ended, decided by people and recorded by the side whose decision it is.
public enum GrievanceOutcome: String, Codable, Sendable, CaseIterable {
    /// The employer granted the remedy.
    case granted
    /// Both sides settled it.
    case settled
    /// The employer denied it at the last step and the union took it no further.
    case denied
    /// The union withdrew it.
    case withdrawn
    /// The union took it to arbitration, beyond the contract's steps.
    case arbitration

    /// The side that records this outcome; nil when either side may (a settlement is both sides' act).
    public var recordedBy: TableSide? {
        switch self {
        case .granted, .denied: .management
        case .withdrawn, .arbitration: .union
        case .settled: nil
        }
    }

    public var title: String {
        switch self {
        case .granted: "Granted"
        case .settled: "Settled"
        case .denied: "Denied"
        case .withdrawn: "Withdrawn"
        case .arbitration: "Taken to arbitration"
        }
    }
}
