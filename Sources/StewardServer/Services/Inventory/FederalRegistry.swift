import Fluent
import Foundation
import StewardCore

/// The units and tools an import places its uses in: those the organization has, found by name (units) or by name
/// and vendor (tools) without regard to case, and those the import creates. Tools are created in batches by the
/// importer; the few units are created as they are first needed.
struct FederalRegistry {
    private var units: [String: BargainingUnitModel]
    private var tools: [String: AIToolModel]
    private var calendars: [UUID: DueCalendar] = [:]
    private let organizationID: UUID
    private let now: Date
    /// The tools the import creates, not yet stored.
    private(set) var newTools: [AIToolModel] = []
    private(set) var newUnits = 0

    /// The organization's units and tools, on `db`; an installation without an organization gets one, as its first
    /// unit would give it.
    static func load(on db: any Database, now: Date) async throws -> FederalRegistry {
        var organization = try await OrganizationModel.query(on: db).first()
        if organization == nil {
            organization = OrganizationModel(name: "Steward", kind: "organization", isDemo: false)
            try await organization?.create(on: db)
        }
        let units = try await BargainingUnitModel.query(on: db).all()
        let tools = try await AIToolModel.query(on: db).filter(\.$zone == .organization).all()
        return FederalRegistry(
            units: Dictionary(units.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first }),
            tools: Dictionary(
                tools.map { (FederalUse.toolKey(name: $0.name, vendor: $0.vendor), $0) },
                uniquingKeysWith: { first, _ in first }),
            organizationID: try organization?.requireID() ?? UUID(), now: now)
    }

    private init(units: [String: BargainingUnitModel], tools: [String: AIToolModel], organizationID: UUID, now: Date) {
        self.units = units
        self.tools = tools
        self.organizationID = organizationID
        self.now = now
    }

    /// The unit the use belongs in, created on `db` when the organization has none of that name.
    mutating func unit(for use: FederalUse, on db: any Database) async throws -> BargainingUnitModel {
        if let unit = units[use.unitName.lowercased()] { return unit }
        let unit = BargainingUnitModel(
            organizationID: organizationID, name: use.unitName, local: use.unitLocal, contractTitle: "",
            contractExpires: nil)
        try await unit.create(on: db)
        units[use.unitName.lowercased()] = unit
        newUnits += 1
        return unit
    }

    /// The tool the use is a use of; a new one is registered as requested, as a person's request would be.
    mutating func tool(for use: FederalUse, requestedBy actor: Actor) -> AIToolModel {
        let key = FederalUse.toolKey(name: use.tool.name, vendor: use.tool.vendor)
        if let tool = tools[key] { return tool }
        let tool = AIToolModel()
        tool.id = UUID()
        tool.zone = .organization
        tool.apply(use.tool)
        tool.status = .requested
        tool.conditions = ""
        tool.$requestedBy.id = actor.person?.id.uuid
        tool.createdAt = now
        tool.updatedAt = now
        tools[key] = tool
        newTools.append(tool)
        return tool
    }

    /// The calendar the unit's review steps fall due on.
    mutating func calendar(of unit: BargainingUnitModel, on db: any Database) async throws -> DueCalendar {
        let id = try unit.requireID()
        if let calendar = calendars[id] { return calendar }
        let calendar = try await DueCalendar.of(unit: id, on: db, now: now)
        calendars[id] = calendar
        return calendar
    }
}
