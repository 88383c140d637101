import Foundation

/// An AI tool the organization uses or is asked to use (DESIGN.md, "The objects").
public struct AITool: Hashable, Sendable, Codable {
    public var id: AIToolID
    public var name: String
    public var vendor: String
    public var version: String
    public var categories: Set<ToolCategory>
    public var hosting: Hosting
    public var vendorTrainsOnInputs: Bool
    public var hipaaBAA: Bool
    /// Who to ask about the tool: a name, an e-mail address or both.
    public var contact: String
    public var description: String
    public var status: ToolStatus
    /// The conditions of an approval, if any.
    public var conditions: String

    public init(
        id: AIToolID, name: String, vendor: String, version: String, categories: Set<ToolCategory>,
        hosting: Hosting, vendorTrainsOnInputs: Bool, hipaaBAA: Bool, contact: String, description: String,
        status: ToolStatus, conditions: String = ""
    ) {
        self.id = id
        self.name = name
        self.vendor = vendor
        self.version = version
        self.categories = categories
        self.hosting = hosting
        self.vendorTrainsOnInputs = vendorTrainsOnInputs
        self.hipaaBAA = hipaaBAA
        self.contact = contact
        self.description = description
        self.status = status
        self.conditions = conditions
    }
}
