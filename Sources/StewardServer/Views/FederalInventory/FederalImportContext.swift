import StewardCore
import Vapor

/// The page that imports a federal inventory file: what the last file did, the files imported so far, and the form.
struct FederalImportContext: Encodable {
    struct ImportRow: Encodable {
        let fileName: String
        let importedAt: String
        let importedBy: String
        let uses: Int
        let problems: Int
    }

    let layout: LayoutContext
    let action: String
    let exportHref: String
    let toolsHref: String
    /// What the file just imported did, in one sentence; empty when nothing was imported.
    let summary: String
    /// Each problem of the file just imported, `line L, column C: …`.
    let problems: [String]
    /// Why the file just sent imported nothing.
    let refusal: [String]
    let imports: [ImportRow]
    let sizeLimit: String

    init(request: Request, imports: [FederalImportModel], report: FederalImportReport?, refusal: [DomainError]) {
        layout = LayoutContext(request: request, title: "Import a federal AI inventory")
        action = Paths.inventoryImports.href()
        exportHref = Paths.inventoryOMB2025.href()
        toolsHref = Paths.tools.href()
        summary = report?.summary ?? ""
        problems = report?.problems.map(\.description) ?? []
        self.refusal = refusal.map(\.message)
        self.imports = imports.map {
            ImportRow(
                fileName: $0.fileName, importedAt: DisplayFormat.dateTime($0.importedAt), importedBy: $0.importedBy,
                uses: $0.uses, problems: $0.problems)
        }
        sizeLimit = "\(UploadLimits.federalInventoryFile.value / (1 << 20)) MB"
    }
}
