import StewardCore
import Vapor

/// The AI inventory below the page's frame (`inventory/_content`): search, filters and one page of entries. It
/// depends on the address alone, so it is drawn once for every reader, signed in or not.
struct InventoryContentContext: Encodable {
    struct Entry: Encodable {
        let name: String
        let vendor: String
        let status: String
        let statusClass: String
        let categories: String
        let description: String
        let conditions: String
        let contact: String
        let uses: [Use]
    }

    struct Use: Encodable {
        /// The use's disclosure to the public.
        let href: String
        let unit: String
        let title: String
        let purposes: String
        let data: String
        let humanReview: String
    }

    let action: String
    let csvHref: String
    let jsonHref: String
    /// The published uses as the US federal AI use-case inventory (OMB 2025) writes them.
    let federalHref: String
    let q: String
    let units: [FormOption]
    let purposes: [FormOption]
    let dataCategories: [FormOption]
    let entries: [Entry]
    /// The next page, when more entries match.
    let nextHref: String?

    init(
        request: Request, entries: [InventoryEntry], units: [BargainingUnit], query: InventoryFilterQuery,
        nextHref: String?
    ) {
        self.nextHref = nextHref
        action = Paths.inventory.href()
        let queryString = request.url.query.map { "?" + $0 } ?? ""
        csvHref = Paths.inventoryCSV.href() + queryString
        jsonHref = APIPaths.base + "/inventory" + queryString
        federalHref = Paths.inventoryOMB2025.href()
        q = query.q ?? ""
        self.units = units.map {
            FormOption(value: $0.id.description, label: $0.name, isChecked: query.unit == $0.id.description)
        }
        purposes = Purpose.allCases.map {
            FormOption(value: $0.rawValue, label: $0.label, isChecked: query.purpose == $0.rawValue)
        }
        dataCategories = DataCategory.allCases.map {
            FormOption(value: $0.rawValue, label: $0.label, isChecked: query.dataCategory == $0.rawValue)
        }
        self.entries = entries.map { entry in
            Entry(
                name: entry.name, vendor: entry.vendor, status: entry.status.title, statusClass: entry.status.rawValue,
                categories: entry.categories.map(\.label).joined(separator: ", "), description: entry.description,
                conditions: entry.conditions, contact: entry.contact,
                uses: entry.uses.map { use in
                    Use(
                        href: Paths.publicDisclosure.href(use.useCaseID), unit: use.unitName, title: use.title,
                        purposes: use.purposes.map(\.label).joined(separator: "; "),
                        data: use.dataCategories.map(\.label).joined(separator: "; "),
                        humanReview: use.humanReview ? "A person reviews its output" : "No person reviews its output")
                })
        }
    }
}
