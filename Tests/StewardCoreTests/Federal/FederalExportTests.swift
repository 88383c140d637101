import Foundation
import StewardCore
import Testing

@Suite("A Steward use as a federal inventory row")
struct FederalExportTests {
    static let agency = OMB2025.Agency(abbreviation: "CITY", name: "City of Springfield", bureau: "Public Works")

    static let tool = AITool(
        id: AIToolID(UUID()),
        details: ToolDetails(
            name: "DraftMate", vendor: "Vendor, Inc.", version: "2", categories: [.generative, .nlp],
            hosting: .publicCloud, vendorTrainsOnInputs: false, hipaaBAA: false, contact: "ai@example.org",
            description: "Writes drafts"),
        status: .approved)

    static func use(_ purposes: Set<Purpose>, _ role: DecisionRole, _ data: Set<DataCategory>) -> UseCase {
        let draft = UseCaseDraft(
            unitID: BargainingUnitID(UUID()), title: "letters", description: "", purposes: purposes,
            dataCategories: data, tier: .decisions, scope: .department, decisionRole: role, flags: [.humanReview])
        return UseCase(id: UseCaseID(UUID()), toolID: tool.id, draft: draft)
    }

    static let drafting = use([.drafting], .none, [.internal])
    static let screening = use([.hiring], .advisory, [.employeeRecords])

    static let history = OMB2025.UseHistory(
        operationalDate: LocalDay("2026-02-01"),
        requiredSteps: [.pilot, .committeeReview, .training, .audit, .unionNotice],
        completedSteps: [.pilot, .committeeReview, .unionNotice])

    static let practices = OMB2025.Column.allCases.filter(\.isHighImpactPractice)

    static let systemColumns: [OMB2025.Column] = [
        .operationalDate, .contractingUsage, .vendorName, .dataDescription, .hasPII,
    ]

    @Test("an approved use that plays no part in decisions is deployed, not high-impact, with no practices")
    func deployedNotHighImpact() throws {
        // when
        let record = try #require(
            OMB2025Record(
                useCase: Self.drafting, tool: Self.tool, status: .approved, id: "CITY-1", agency: Self.agency,
                history: Self.history))

        // then
        #expect(record[.developmentStage] == "Deployed")
        #expect(record[.isHighImpact] == "Not High-impact")
        #expect(record[.hiJustification] == "")
        #expect(record[.useCaseName] == "DraftMate for letters")
        #expect(record[.topicArea] == "Admin Functions")
        #expect(record[.classification] == "Generative AI")
        #expect(record[.operationalDate] == "2026-02-01 00:00:00")
        #expect(record[.contractingUsage] == "Vendor Purchased")
        #expect(record[.vendorName] == "Vendor, Inc.")
        #expect(record[.hasPII] == "No")
        #expect(Self.practices.allSatisfy { record[$0] == ($0.isList ? "[]" : "") })
        #expect(record.unansweredColumns == [.benefits, .haveATO, .demographicFeatures, .hasCustomCode])
    }

    @Test("an approved use that advises a hiring decision is high-impact, and its practices come from its review")
    func deployedHighImpact() throws {
        // when
        let record = try #require(
            OMB2025Record(
                useCase: Self.screening, tool: Self.tool, status: .approved, id: "CITY-2", agency: Self.agency,
                history: Self.history))

        // then
        #expect(record[.isHighImpact] == "High-impact")
        #expect(record[.topicArea] == "HR")
        #expect(record[.hasPII] == "Yes")
        #expect(record[.hiTestingConducted] == "Yes")
        #expect(record[.hiAssessmentCompleted] == "")
        #expect(record[.hiIndependentReview] == "Internal Independent Review")
        #expect(record[.hiOngoingMonitoring] == "Yes - Monitoring Established")
        #expect(record[.hiTrainingEstablished] == "Training In-progress")
        #expect(record[.hiFailsafePresence] == "Yes")
        #expect(record[.hiPublicConsultation] == "['Other']")
        #expect(record[.hiPotentialImpacts].hasPrefix("It suggests; a person decides."))
        #expect(
            record.unansweredColumns == [
                .benefits, .haveATO, .demographicFeatures, .hasCustomCode, .hiAssessmentCompleted, .hiAppealProcess,
            ])
    }

    @Test("a high-impact use in pilot answers the system questions but not the practices, asked only once deployed")
    func pilotHighImpact() throws {
        // when
        let record = try #require(
            OMB2025Record(
                useCase: Self.screening, tool: Self.tool, status: .inPilot, id: "CITY-3", agency: Self.agency,
                history: Self.history))

        // then
        #expect(record[.developmentStage] == "Pilot")
        #expect(record[.isHighImpact] == "High-impact")
        #expect(Self.systemColumns.allSatisfy { !record[$0].isEmpty })
        #expect(Self.practices.allSatisfy { record[$0] == ($0.isList ? "[]" : "") })
        #expect(!record.unansweredColumns.contains { $0.isHighImpactPractice })
    }

    @Test("a use under review is pre-deployment: no vendor, date or data answers, which apply once it runs")
    func underReview() throws {
        // when
        let record = try #require(
            OMB2025Record(
                useCase: Self.screening, tool: Self.tool, status: .inReview, id: "CITY-4", agency: Self.agency,
                history: Self.history))

        // then
        #expect(record[.developmentStage] == "Pre-deployment")
        #expect(Self.systemColumns.allSatisfy { record[$0].isEmpty })
        #expect(record.unansweredColumns == [.benefits])
    }

    @Test("a use with no federal stage gives no row", arguments: [ReviewStatus.denied, .prohibited, .suspended])
    func noStage(_ status: ReviewStatus) {
        #expect(
            OMB2025Record(
                useCase: Self.drafting, tool: Self.tool, status: status, id: "CITY-5", agency: Self.agency) == nil)
    }

    @Test("a tool that decides on its own is high-impact whatever its purpose")
    func determinative() {
        let facts = UseCaseFacts(
            purposes: [.scheduling], tier: .decisions, scope: .department, hosting: .onPremises,
            decisionRole: .determinative)
        #expect(OMB2025.highImpact(of: facts) == .highImpact)
    }
}
