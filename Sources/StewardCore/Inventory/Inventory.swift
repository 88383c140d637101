import Foundation

/// The public AI inventory: every tool in pilot or approved, searchable and filterable.
///
/// ```swift
/// let inventory = Inventory(tools: tools, useCases: useCases, units: units)
/// inventory.entries(matching: InventoryFilter(purpose: .drafting))
/// ```
public struct Inventory: Sendable {
    /// All entries, sorted by tool name.
    public let entries: [InventoryEntry]

    /// Builds the inventory from every tool, keeping only those in use and their use cases, sorted by name unless
    /// `sortsByName` is false, when the tools' order is kept (a page read in the database's order).
    public init(tools: [AITool], useCases: [UseCase], units: [BargainingUnit], sortsByName: Bool = true) {
        let unitsByID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let usesByTool = Dictionary(grouping: useCases, by: \.toolID)
        let entries = tools.filter(\.status.isInUse)
            .map { tool in
                let uses = (usesByTool[tool.id] ?? [])
                    .compactMap { useCase in unitsByID[useCase.unitID].map { InventoryEntry.Use(unit: $0, useCase: useCase) } }
                    .sorted { ($0.unitName, $0.title) < ($1.unitName, $1.title) }
                return InventoryEntry(tool: tool, uses: uses)
            }
        self.entries = sortsByName
            ? entries.sorted { ($0.name.lowercased(), $0.vendor) < ($1.name.lowercased(), $1.vendor) } : entries
    }

    /// The entries that match a filter; within each, only the uses that match the unit, purpose and data filters.
    public func entries(matching filter: InventoryFilter) -> [InventoryEntry] {
        entries.compactMap { entry in
            guard filter.matchesText(entry) else { return nil }
            guard filter.narrowsUses else { return entry }
            var narrowed = entry
            narrowed.uses = entry.uses.filter(filter.matches)
            return narrowed.uses.isEmpty ? nil : narrowed
        }
    }
}

/// What a reader of the inventory searches for; every part is optional.
public struct InventoryFilter: Hashable, Sendable {
    public var text: String?
    public var unitID: BargainingUnitID?
    public var purpose: Purpose?
    public var dataCategory: DataCategory?

    public init(text: String? = nil, unitID: BargainingUnitID? = nil, purpose: Purpose? = nil,
                dataCategory: DataCategory? = nil) {
        let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.text = trimmed?.isEmpty == false ? trimmed : nil
        self.unitID = unitID
        self.purpose = purpose
        self.dataCategory = dataCategory
    }

    var narrowsUses: Bool { unitID != nil || purpose != nil || dataCategory != nil }

    func matches(_ use: InventoryEntry.Use) -> Bool {
        (unitID.map { $0 == use.unitID } ?? true)
            && (purpose.map(use.purposes.contains) ?? true)
            && (dataCategory.map(use.dataCategories.contains) ?? true)
    }

    func matchesText(_ entry: InventoryEntry) -> Bool {
        guard let text else { return true }
        let haystacks = [entry.name, entry.vendor, entry.description] + entry.uses.map(\.title)
        return haystacks.contains { $0.localizedCaseInsensitiveContains(text) }
    }
}
