/// A use case as a person describes it, before it is stored.
public struct UseCaseDraft: Hashable, Sendable, Codable {
    public var unitID: BargainingUnitID
    public var title: String
    public var description: String
    public var purposes: Set<Purpose>
    public var dataCategories: Set<DataCategory>
    public var tier: Tier
    public var scope: Scope
    public var decisionRole: DecisionRole
    public var flags: Set<BooleanFact>

    public init(
        unitID: BargainingUnitID, title: String, description: String, purposes: Set<Purpose>,
        dataCategories: Set<DataCategory>, tier: Tier, scope: Scope, decisionRole: DecisionRole,
        flags: Set<BooleanFact>
    ) {
        self.unitID = unitID
        self.title = title.trimmed
        self.description = description.trimmed
        self.purposes = purposes
        self.dataCategories = dataCategories
        self.tier = tier
        self.scope = scope
        self.decisionRole = decisionRole
        self.flags = flags.subtracting(UseCase.toolFlags)
    }

    /// Every problem with the draft, one per field; empty when it can be stored.
    public func problems() -> [DomainError] {
        var problems: [DomainError] = []
        problems.require(title, "title", "a short title for the use", maxLength: 200)
        problems.limit(description, "description", maxLength: 5000)
        if purposes.isEmpty {
            problems.append(DomainError(code: .invalidField, field: "purposes", message: "choose at least one purpose"))
        }
        if dataCategories.isEmpty {
            problems.append(DomainError(
                code: .invalidField, field: "dataCategories", message: "choose at least one kind of data"))
        }
        return problems
    }
}
