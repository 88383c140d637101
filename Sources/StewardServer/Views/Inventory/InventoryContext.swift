import StewardCore
import Vapor

/// The public AI inventory page, with its search and filters.
struct InventoryContext: Encodable {
    let layout: LayoutContext
    let action: String
    let csvHref: String
    let jsonHref: String
    /// The published uses as the US federal AI use-case inventory (OMB 2025) writes them.
    let federalHref: String
    let q: String
    let units: [FormOption]
    let purposes: [FormOption]
    let dataCategories: [FormOption]
    /// The entries as ``InventoryEntriesContext`` draws them, the same for every reader.
    let entriesHTML: String
    /// The next page, when more entries match.
    let nextHref: String?

    init(
        request: Request, entriesHTML: String, units: [BargainingUnit], query: InventoryFilterQuery,
        nextHref: String?
    ) {
        self.nextHref = nextHref
        layout = LayoutContext(request: request, title: "AI inventory")
        action = Paths.inventory.href()
        let queryString = request.url.query.map { "?" + $0 } ?? ""
        csvHref = Paths.inventoryCSV.href() + queryString
        jsonHref = APIPaths.base + "/inventory" + queryString
        federalHref = Paths.inventoryOMB2025.href()
        q = query.q ?? ""
        self.units = units.map { FormOption(value: $0.id.description, label: $0.name, isChecked: query.unit == $0.id.description) }
        purposes = Purpose.allCases.map { FormOption(value: $0.rawValue, label: $0.label, isChecked: query.purpose == $0.rawValue) }
        dataCategories = DataCategory.allCases.map {
            FormOption(value: $0.rawValue, label: $0.label, isChecked: query.dataCategory == $0.rawValue)
        }
        self.entriesHTML = entriesHTML
    }
}
