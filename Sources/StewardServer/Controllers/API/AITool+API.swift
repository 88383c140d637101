import StewardAPI
import StewardCore

extension Components.Schemas.Tool {
    init(_ tool: AITool) throws {
        self.init(
            id: tool.id.description, name: tool.name, vendor: tool.vendor, version: tool.version,
            categories: try Vocabulary.list(tool.categories), hosting: try Vocabulary.convert(tool.hosting),
            vendorTrainsOnInputs: tool.vendorTrainsOnInputs, hipaaBAA: tool.hipaaBAA, contact: tool.contact,
            description: tool.description, status: try Vocabulary.convert(tool.status), conditions: tool.conditions,
            allowedMoves: try tool.status.directMoves.map { try Vocabulary.convert($0) })
    }
}

extension ToolDetails {
    /// The details of a request body; ``ToolDetails/problems()`` checks them in the service.
    init(_ details: Components.Schemas.ToolDetails) throws {
        self.init(
            name: details.name, vendor: details.vendor, version: details.version ?? "",
            categories: try Vocabulary.set(details.categories), hosting: try Vocabulary.convert(details.hosting),
            vendorTrainsOnInputs: details.vendorTrainsOnInputs ?? false, hipaaBAA: details.hipaaBAA ?? false,
            contact: details.contact, description: details.description ?? "")
    }
}

extension Components.Schemas.Transition {
    init(_ transition: ToolTransitionModel) throws {
        self.init(
            id: try transition.requireID().uuidString.lowercased(), from: try Vocabulary.convert(transition.fromStatus),
            to: try Vocabulary.convert(transition.toStatus), reason: transition.reason, actor: transition.actorName,
            occurredAt: transition.occurredAt)
    }
}
