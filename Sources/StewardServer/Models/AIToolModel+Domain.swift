import StewardCore

extension AIToolModel {
    /// The domain value of this row; values outside the vocabulary are dropped from sets only if a later version
    /// removed them, which the migrations never do.
    func domain() throws -> AITool {
        let details = ToolDetails(
            name: name, vendor: vendor, version: version,
            categories: Set(categories.compactMap(ToolCategory.init(rawValue:))), hosting: hosting,
            vendorTrainsOnInputs: vendorTrainsOnInputs, hipaaBAA: hipaaBAA, contact: contact, description: description)
        return AITool(id: AIToolID(try requireID()), details: details, status: status, conditions: conditions)
    }

    /// Copies the editable details of a tool into this row; status and conditions move only through transitions.
    func apply(_ details: ToolDetails) {
        name = details.name
        vendor = details.vendor
        version = details.version
        categories = details.categories.map(\.rawValue).sorted()
        hosting = details.hosting
        vendorTrainsOnInputs = details.vendorTrainsOnInputs
        hipaaBAA = details.hipaaBAA
        contact = details.contact
        description = details.description
    }
}
