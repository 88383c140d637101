/// An AI tool the organization uses or is asked to use (DESIGN.md, "The objects"): the details people give, and
/// where it stands in its lifecycle. The details read as the tool's own properties (`tool.name`).
@dynamicMemberLookup
public struct AITool: Hashable, Sendable {
    public var id: AIToolID
    public var details: ToolDetails
    public var status: ToolStatus
    /// The conditions of an approval, if any.
    public var conditions: String

    public init(id: AIToolID, details: ToolDetails, status: ToolStatus, conditions: String = "") {
        self.id = id
        self.details = details
        self.status = status
        self.conditions = conditions
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<ToolDetails, Value>) -> Value {
        get { details[keyPath: keyPath] }
        set { details[keyPath: keyPath] = newValue }
    }
}
