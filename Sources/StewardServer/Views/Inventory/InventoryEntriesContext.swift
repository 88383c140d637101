import StewardCore
import Vapor

/// The entries of one page of the public AI inventory (`inventory/_entries`), drawn once for every reader.
struct InventoryEntriesContext: Encodable {
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

    let entries: [Entry]

    init(_ entries: [InventoryEntry]) {
        self.entries = entries.map { entry in
            Entry(
                name: entry.name, vendor: entry.vendor, status: entry.status.title, statusClass: entry.status.rawValue,
                categories: entry.categories.map(\.label).joined(separator: ", "), description: entry.description,
                conditions: entry.conditions, contact: entry.contact,
                uses: entry.uses.map { use in
                    Use(
                        href: Paths.publicDisclosure.href(use.useCaseID), unit: use.unitName, title: use.title, purposes: use.purposes.map(\.label).joined(separator: "; "),
                        data: use.dataCategories.map(\.label).joined(separator: "; "),
                        humanReview: use.humanReview ? "A person reviews its output" : "No person reviews its output")
                })
        }
    }
}
