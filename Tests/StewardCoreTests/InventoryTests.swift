import Foundation
@testable import StewardCore
import Testing

@Suite("Public inventory")
struct InventoryTests {
    static let clerical = BargainingUnit(
        id: BargainingUnitID(UUID()), name: "Clerical", local: "Local 1", contractTitle: "A", contractExpires: nil)
    static let health = BargainingUnit(
        id: BargainingUnitID(UUID()), name: "Health", local: "Local 2", contractTitle: "B", contractExpires: nil)

    static func tool(_ name: String, _ status: ToolStatus) -> AITool {
        let details = ToolDetails(
            name: name, vendor: "Vendor, Inc.", version: "1", categories: [.generative], hosting: .publicCloud,
            vendorTrainsOnInputs: false, hipaaBAA: false, contact: "ai@example.org", description: "Helps with \(name)")
        return AITool(id: AIToolID(UUID()), details: details, status: status)
    }

    static func use(_ tool: AITool, _ unit: BargainingUnit, _ purpose: Purpose, _ data: DataCategory) -> UseCase {
        let draft = UseCaseDraft(
            unitID: unit.id, title: "\(purpose.rawValue) use", description: "", purposes: [purpose],
            dataCategories: [data], tier: .drafting, scope: .individual, decisionRole: .none, flags: [.humanReview])
        return UseCase(id: UseCaseID(UUID()), toolID: tool.id, draft: draft)
    }

    static let drafter = tool("Drafter", .approved)
    static let summarizer = tool("Summarizer", .pilot)
    static let recorder = tool("Recorder", .denied)
    static let inventory = Inventory(
        tools: [summarizer, recorder, drafter],
        useCases: [
            use(drafter, clerical, .drafting, .internal), use(summarizer, health, .summarizing, .phi),
            use(recorder, clerical, .meetingRecording, .confidential),
        ],
        units: [clerical, health])

    @Test("only tools in pilot or approved are listed, by name")
    func onlyInUse() {
        #expect(Self.inventory.entries.map(\.name) == ["Drafter", "Summarizer"])
    }

    @Test("filters by unit, purpose and data category narrow the uses", arguments: [
        (InventoryFilter(unitID: clerical.id), ["Drafter"]),
        (InventoryFilter(purpose: .summarizing), ["Summarizer"]),
        (InventoryFilter(dataCategory: .phi), ["Summarizer"]),
        (InventoryFilter(purpose: .meetingRecording), []),
        (InventoryFilter(text: "  drafter "), ["Drafter"]),
        (InventoryFilter(text: "vendor"), ["Drafter", "Summarizer"]),
        (InventoryFilter(unitID: health.id, purpose: .drafting), []),
    ])
    func filters(filter: InventoryFilter, expected: [String]) {
        #expect(Self.inventory.entries(matching: filter).map(\.name) == expected)
    }

    @Test("CSV quotes commas and quotes and defuses formulas")
    func csvEscaping() {
        #expect(InventoryCSV.field("Vendor, Inc.") == "\"Vendor, Inc.\"")
        #expect(InventoryCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(InventoryCSV.field("=SUM(A1)") == "\"'=SUM(A1)\"")
        #expect(InventoryCSV.field("plain") == "plain")
    }

    @Test("CSV has a header and one row per use")
    func csvRows() {
        let csv = InventoryCSV.render(Self.inventory.entries)
        let lines = csv.split(separator: "\r\n")

        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("tool,vendor,version,status"))
        #expect(lines[1].contains("Drafter,\"Vendor, Inc.\""))
    }
}
