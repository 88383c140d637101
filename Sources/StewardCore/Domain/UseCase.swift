/// A tool used by a bargaining unit for purposes on data categories (DESIGN.md, "The objects").
///
/// A use case holds the facts that are its own; the tool contributes its categories, hosting, whether the vendor
/// trains on inputs and whether a HIPAA agreement exists (see ``facts(of:)``).
public struct UseCase: Hashable, Sendable, Codable {
    public var id: UseCaseID
    public var toolID: AIToolID
    public var unitID: BargainingUnitID
    public var title: String
    public var description: String
    public var purposes: Set<Purpose>
    public var dataCategories: Set<DataCategory>
    public var tier: Tier
    public var scope: Scope
    public var decisionRole: DecisionRole
    /// The boolean facts of the use case that are true; tool-level flags are ignored here.
    public var flags: Set<BooleanFact>

    public init(
        id: UseCaseID, toolID: AIToolID, unitID: BargainingUnitID, title: String, description: String,
        purposes: Set<Purpose>, dataCategories: Set<DataCategory>, tier: Tier, scope: Scope,
        decisionRole: DecisionRole, flags: Set<BooleanFact>
    ) {
        self.id = id
        self.toolID = toolID
        self.unitID = unitID
        self.title = title
        self.description = description
        self.purposes = purposes
        self.dataCategories = dataCategories
        self.tier = tier
        self.scope = scope
        self.decisionRole = decisionRole
        self.flags = flags.subtracting(Self.toolFlags)
    }

    /// The boolean facts that belong to the tool rather than to one use of it.
    public static let toolFlags: Set<BooleanFact> = [.vendorTrainsOnInputs, .hipaaBAA]

    /// The complete facts of this use case, combining its own with the tool's.
    public func facts(of tool: AITool) -> UseCaseFacts {
        var flags = flags
        if tool.vendorTrainsOnInputs { flags.insert(.vendorTrainsOnInputs) }
        if tool.hipaaBAA { flags.insert(.hipaaBAA) }
        return UseCaseFacts(
            categories: tool.categories, purposes: purposes, dataCategories: dataCategories, tier: tier,
            scope: scope, hosting: tool.hosting, decisionRole: decisionRole, flags: flags)
    }
}
