/// A tool used by a bargaining unit for purposes on data categories (DESIGN.md, "The objects"): a stored
/// ``UseCaseDraft`` whose answers read as its own properties (`useCase.purposes`).
///
/// A use case holds the facts that are its own; the tool contributes its categories, hosting, whether the vendor
/// trains on inputs and whether a HIPAA agreement exists (see ``facts(of:)``).
@dynamicMemberLookup
public struct UseCase: Hashable, Sendable {
    public var id: UseCaseID
    public var toolID: AIToolID
    public var draft: UseCaseDraft

    public init(id: UseCaseID, toolID: AIToolID, draft: UseCaseDraft) {
        self.id = id
        self.toolID = toolID
        self.draft = draft
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<UseCaseDraft, Value>) -> Value {
        get { draft[keyPath: keyPath] }
        set { draft[keyPath: keyPath] = newValue }
    }

    /// The boolean facts that belong to the tool rather than to one use of it.
    public static let toolFlags: Set<BooleanFact> = [.vendorTrainsOnInputs, .hipaaBAA]

    /// The complete facts of this use case, combining its own with the tool's.
    public func facts(of tool: AITool) -> UseCaseFacts {
        var flags = draft.flags
        if tool.vendorTrainsOnInputs { flags.insert(.vendorTrainsOnInputs) }
        if tool.hipaaBAA { flags.insert(.hipaaBAA) }
        return UseCaseFacts(
            categories: tool.categories, purposes: draft.purposes, dataCategories: draft.dataCategories,
            tier: draft.tier, scope: draft.scope, hosting: tool.hosting, decisionRole: draft.decisionRole, flags: flags)
    }
}
