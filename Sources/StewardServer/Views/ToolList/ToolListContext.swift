import StewardCore
import Vapor

/// The registry of every tool the viewer may see, with a filter by status (`tools/_content`, below the frame): the
/// same for every reader of the same access (``Actor/access``), which decides the zones they read and their links.
struct ToolListContext: Encodable {
    struct Row: Encodable {
        let href: String
        let name: String
        let vendor: String
        let status: String
        let statusClass: String
        let categories: String
    }

    let rows: [Row]
    let statuses: [FormOption]
    let newToolHref: String?
    /// The page that imports a federal AI inventory, for those who set the organization up.
    let federalImportHref: String?
    let action: String
    /// The next page of the list, when there is one.
    let nextHref: String?

    init(request: Request, tools: [AITool], status: ToolStatus?, nextHref: String?) {
        self.nextHref = nextHref
        rows = tools.map { tool in
            Row(
                href: Paths.tool.href(tool.id), name: tool.name, vendor: tool.vendor, status: tool.status.title,
                statusClass: tool.status.rawValue,
                categories: tool.categories.map(\.label).sorted().joined(separator: ", "))
        }
        statuses = ToolStatus.allCases.map { FormOption(value: $0.rawValue, label: $0.title, isChecked: $0 == status) }
        newToolHref = request.actor.capabilities.canProposeTools ? Paths.newTool.href() : nil
        federalImportHref = request.actor.capabilities.canManageOrganization ? Paths.inventoryImports.href() : nil
        action = Paths.tools.href()
    }
}
