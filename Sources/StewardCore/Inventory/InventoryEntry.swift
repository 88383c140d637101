/// One tool in the public AI inventory, with what it is used for, by whom and on what data (Seed 003: a public
/// inventory of AI in use; Seed 004: disclosure of which technologies are used, what data they collect and why).
public struct InventoryEntry: Hashable, Sendable, Codable {
    /// One use of the tool by a bargaining unit.
    public struct Use: Hashable, Sendable, Codable {
        public var useCaseID: UseCaseID
        public var unitID: BargainingUnitID
        public var unitName: String
        public var title: String
        public var purposes: [Purpose]
        public var dataCategories: [DataCategory]
        public var tier: Tier
        public var decisionRole: DecisionRole
        /// Whether a person reviews the tool's output before it is used.
        public var humanReview: Bool

        public init(unit: BargainingUnit, useCase: UseCase) {
            useCaseID = useCase.id
            unitID = unit.id
            unitName = unit.name
            title = useCase.title
            purposes = useCase.purposes.sorted { $0.rawValue < $1.rawValue }
            dataCategories = useCase.dataCategories.sorted { $0.rawValue < $1.rawValue }
            tier = useCase.tier
            decisionRole = useCase.decisionRole
            humanReview = useCase.flags.contains(.humanReview)
        }
    }

    public var toolID: AIToolID
    public var name: String
    public var vendor: String
    public var version: String
    public var status: ToolStatus
    public var categories: [ToolCategory]
    public var hosting: Hosting
    public var contact: String
    public var description: String
    public var conditions: String
    public var uses: [Use]

    public init(tool: AITool, uses: [Use]) {
        toolID = tool.id
        name = tool.name
        vendor = tool.vendor
        version = tool.version
        status = tool.status
        categories = tool.categories.sorted { $0.rawValue < $1.rawValue }
        hosting = tool.hosting
        contact = tool.contact
        description = tool.description
        conditions = tool.conditions
        self.uses = uses
    }
}
