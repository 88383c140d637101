import StewardCore

/// The start page below its frame, the same for readers of the same access.
struct HomeContext: Encodable {
    let inventoryHref: String
    let toolsHref: String?
    let newToolHref: String?
    let auditHref: String?
    let toolsInUse: Int

    init(capabilities: Capabilities, toolsInUse: Int) {
        inventoryHref = Paths.inventory.href()
        toolsHref = capabilities.canReadOrganization ? Paths.tools.href() : nil
        newToolHref = capabilities.canProposeTools ? Paths.newTool.href() : nil
        auditHref = capabilities.canReadAuditTrail ? Paths.audit.href() : nil
        self.toolsInUse = toolsInUse
    }
}
