/// A yes-or-no fact about a use case; absent means `false`.
public enum BooleanFact: String, CaseIterable, Codable, Sendable, Hashable {
    /// The vendor trains its models on what users send (Seed 003, data rules).
    case vendorTrainsOnInputs
    /// The use comes with a contract with the vendor (Seed 002, written determination).
    case vendorContract
    /// A HIPAA business associate agreement is in place (Seed 000, "AI Auditing").
    case hipaaBAA
    /// The tool does work that bargaining-unit members do (Seed 002).
    case performsUnitWork
    /// The use affects conditions of employment (Seed 002, pilots; Seed 003, bargaining).
    case affectsWorkingConditions
    /// Members of the public interact with it (Seed 003, tier 2).
    case publicFacing
    /// Its output is published (Seed 003, labels on AI content).
    case outputPublished
    /// A person reviews its output before use (Seed 003, human review).
    case humanReview
    /// It monitors workers (Seed 003, surveillance).
    case monitorsWorkers
    /// It licenses members' work or likeness (Seed 002).
    case licensesMemberWork
    /// Workers are required to use it (Seed 002, voluntary use).
    case useRequired
    /// It eliminates positions (Seed 003, no-layoff plans).
    case eliminatesPositions
}
