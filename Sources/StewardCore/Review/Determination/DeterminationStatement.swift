/// What a written determination for a vendor contract must state before the contract is signed (Seed 002, "Bargaining
/// Unit Work" and "Privacy"). The determination is made available to the union and kept in the official contract file.
public enum DeterminationStatement: String, CaseIterable, Codable, Sendable, Hashable {
    /// The service does none of the work bargaining-unit members do now or did last (Seed 002, section B).
    case noBargainingUnitWork = "no-bargaining-unit-work"
    /// The contract gives no license to members' work or likeness for training AI models (Seed 002, section F).
    case noTrainingLicense = "no-training-license"

    /// The statement as the determination makes it.
    public var text: String {
        switch self {
        case .noBargainingUnitWork:
            "The service does not include any amount of work currently or last performed by bargaining-unit members."
        case .noTrainingLicense:
            "The service does not include a license to use the work or likeness of bargaining-unit members to train AI models."
        }
    }

    /// Where the obligation to make it comes from.
    public var source: String {
        switch self {
        case .noBargainingUnitWork: "Seed 002, B. Bargaining Unit Work"
        case .noTrainingLicense: "Seed 002, F. Privacy"
        }
    }
}
