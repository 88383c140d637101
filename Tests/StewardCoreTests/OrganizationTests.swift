import Foundation
import StewardCore
import Testing

@Suite("Contracts and job classifications")
struct OrganizationTests {
    @Test("a classification file groups tasks under their classification and names each bad cell by line and column")
    func classificationFile() throws {
        let file = try ClassificationImport(csv: """
            unit,classification,headcount,task,share
            Clerical,Office Assistant,140,Data entry,30
            Clerical,Office Assistant,140,Scheduling,20
            Local 402,Social Worker,95,,
            Clerical,Office Assistant,141,Filing,60
            Clerical,Clerk,x,Filing,10
            Clerical,Typist,3,Typing,0
            """)
        #expect(file.classifications.map(\.title) == ["Office Assistant", "Social Worker"])
        #expect(file.classifications.first?.tasks.map(\.name) == ["Data entry", "Scheduling", "Filing"])
        #expect(file.classifications.last?.tasks.isEmpty == true)
        #expect(file.problems.map { "\($0.line):\($0.column)" } == ["5:3", "5:5", "6:3", "7:5"])
        #expect(file.problems[1].message.contains("come to 110%"))
        #expect(throws: CSVReader.Problem.self) { try ClassificationImport(csv: "unit,title\nA,B\n") }
    }

    @Test("a contract's terms are checked field by field, with Monday to Friday and calendar days unless it says otherwise")
    func contractTerms() {
        var problems: [DomainError] = []
        let terms = ContractDraft(title: "Agreement", effectiveOn: "2026-01-01", timeZone: "Europe/Paris")
            .checked(problems: &problems)
        #expect(problems.isEmpty)
        #expect(terms?.calendar.workingWeekdays == Weekday.mondayToFriday && terms?.dayCount == .calendar)
        #expect(terms?.isInForce(on: LocalDay("2030-01-01")!) == true)
        #expect(terms?.isInForce(on: LocalDay("2025-12-31")!) == false)
        let bad = ContractDraft(
            title: "", effectiveOn: "2026-13-01", timeZone: "UTC", dayCount: "weeks", workingWeekdays: ["funday"],
            grievanceSteps: [.init(name: "Step 1", days: "400")])
        #expect(bad.checked(problems: &problems) == nil)
        #expect(problems.map(\.field) == ["title", "effectiveOn", "dayCount", "workingWeekdays[0]", "grievanceSteps[0].days", "workingWeekdays"])
    }
}

@Suite("Disclosure to workers")
struct WorkerDisclosureTests {
    @Test("a disclosure says which technology, what data, how and why, what it decides, its conditions, training and contacts")
    func sections() throws {
        let details = ToolDetails(
            name: "DraftMate", vendor: "Acme", version: "", categories: [.generative], hosting: .publicCloud,
            vendorTrainsOnInputs: true, hipaaBAA: false, contact: "it@example.org", description: "Drafts letters.")
        let tool = AITool(id: AIToolID(UUID()), details: details, status: .approved)
        let draft = UseCaseDraft(
            unitID: BargainingUnitID(UUID()), title: "Draft letters", description: "", purposes: [.drafting],
            dataCategories: [.personal], tier: .drafting, scope: .individual, decisionRole: .advisory,
            flags: [.humanReview, .monitorsWorkers])
        let disclosure = WorkerDisclosure(
            tool: tool, useCase: UseCase(id: UseCaseID(UUID()), toolID: tool.id, draft: draft), unitName: "Clerical",
            conditions: "Labels on AI content", courses: ["Using DraftMate well (everyone)"], contacts: ["Ada, AI officer"])
        #expect(disclosure.sections.count == 7)
        #expect(disclosure.text.contains("The vendor may use what is sent to it to train its AI."))
        #expect(disclosure.text.contains("Personal information about people"))
        #expect(disclosure.text.contains("It watches or measures how workers do their jobs."))
        #expect(disclosure.text.contains("- Labels on AI content."))
        #expect(disclosure.text.contains("- Ada, AI officer"))
    }
}
