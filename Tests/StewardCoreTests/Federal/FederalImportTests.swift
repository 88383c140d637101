import StewardCore
import Testing

@Suite("A federal inventory row as Steward facts")
struct FederalImportTests {
    static func record(_ cells: [OMB2025.Column: String]) -> OMB2025Record {
        var record = OMB2025Record()
        for (column, cell) in cells { record[column] = cell }
        return record
    }

    @Test("a high-impact generative use with PII reads as tier 3 personal data from a generative tool")
    func clearMatches() {
        // given
        let record = Self.record([
            .useCaseName: " Benefits letters ", .problemSolved: "Slow replies", .vendorName: "Vendor",
            .classification: "Generative AI", .topicArea: "Benefits Processing", .hasPII: "Yes",
            .developmentStage: "Deployed", .isHighImpact: "High-impact",
        ])

        // when
        let facts = OMB2025UseFacts(record)

        // then
        #expect(facts.title == "Benefits letters")
        #expect(facts.description == "Slow replies")
        #expect(facts.categories == [.generative])
        #expect(facts.purposes == [.recordsProcessing])
        #expect(facts.dataCategories == [.personal])
        #expect(facts.tier == .decisions)
        #expect(facts.stage == .deployed)
        #expect(facts.unknown == [.scope, .hosting, .decisionRole] + BooleanFact.allCases.map(Fact.flag))
    }

    @Test(
        "a topic that names a field of work, not an activity, leaves the purposes unknown",
        arguments: [
            "HR", "IT", "Admin Functions", "Law Enforcement", "Other - Applied Mathematical Sciences", "",
        ])
    func topicWithoutPurpose(_ topic: String) {
        let facts = OMB2025UseFacts(Self.record([.topicArea: topic]))
        #expect(facts.purposes == [])
        #expect(facts.unknown.contains(.purposes))
    }

    @Test(
        "a listed demographic feature is personal data; none, other or free text is not",
        arguments: [
            ("['b) Sex', 'c) Age']", true), ("['k) None of the above']", false), ("['l) Other']", false),
            ("['Age and Sex']", false), ("[]", false),
        ])
    func demographics(_ cell: String, _ personal: Bool) {
        let facts = OMB2025UseFacts(Self.record([.demographicFeatures: cell, .hasPII: "No"]))
        #expect(facts.dataCategories == (personal ? [.personal] : []))
    }

    @Test(
        "a designation other than high-impact leaves the tier unknown",
        arguments: [
            "Not High-impact", "Presumed High-Impact, but Not High-impact", "",
        ])
    func notHighImpact(_ designation: String) {
        let facts = OMB2025UseFacts(Self.record([.isHighImpact: designation]))
        #expect(facts.tier == nil)
        #expect(facts.unknown.contains(.tier))
    }

    @Test("a Steward use exported and read back keeps its title's tool, category and high-impact tier")
    func exportThenImport() throws {
        // given
        let record = try #require(
            OMB2025Record(
                useCase: FederalExportTests.screening, tool: FederalExportTests.tool, status: .approved, id: "CITY-2",
                agency: FederalExportTests.agency))

        // when
        let facts = OMB2025UseFacts(record)

        // then
        #expect(facts.title == "DraftMate for letters")
        #expect(facts.categories == [.generative])
        #expect(facts.dataCategories == [.personal])
        #expect(facts.tier == .decisions)
        #expect(facts.vendor == "Vendor, Inc.")
    }
}
