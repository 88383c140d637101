import StewardCore
import Vapor

/// The start page.
struct HomeContext: Encodable {
    let layout: LayoutContext
    let inventoryHref: String
    let toolsHref: String?
    let newToolHref: String?
    let auditHref: String?
    let toolsInUse: Int

    init(request: Request, toolsInUse: Int) {
        let capabilities = request.actor.capabilities
        layout = LayoutContext(request: request, title: "Start")
        inventoryHref = Paths.inventory.href()
        toolsHref = capabilities.canReadOrganization ? Paths.tools.href() : nil
        newToolHref = capabilities.canProposeTools ? Paths.newTool.href() : nil
        auditHref = capabilities.canReadAuditTrail ? Paths.audit.href() : nil
        self.toolsInUse = toolsInUse
    }
}
