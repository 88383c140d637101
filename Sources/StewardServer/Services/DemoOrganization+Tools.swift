import StewardCore

extension DemoOrganization {
    private static func use(
        _ title: String, _ purposes: Set<Purpose>, _ data: Set<DataCategory>, tier: Tier, scope: Scope,
        role: DecisionRole = .none, flags: Set<BooleanFact> = []
    ) -> @Sendable (BargainingUnitID) -> UseCaseDraft {
        { unit in
            UseCaseDraft(
                unitID: unit, title: title, description: "", purposes: purposes, dataCategories: data, tier: tier,
                scope: scope, decisionRole: role, flags: flags)
        }
    }

    private static func details(
        _ name: String, _ vendor: String, _ categories: Set<ToolCategory>, _ hosting: Hosting, trains: Bool = false,
        baa: Bool = false, _ description: String
    ) -> ToolDetails {
        ToolDetails(
            name: name, vendor: vendor, version: "1.0", categories: categories, hosting: hosting,
            vendorTrainsOnInputs: trains, hipaaBAA: baa, contact: "ai-officer@riverside-union.example",
            description: description)
    }

    /// One tool in every lifecycle state, each with the path it took to get there.
    static let tools: [Tool] = [
        Tool(
            details: details("DraftMate", "Quillworks", [.generative, .nlp], .privateCloud,
                             "Helps staff draft letters and notices; a person edits and signs every text."),
            path: [.underReview, .approved], conditions: "Internal data only; a person reviews every draft.",
            uses: [(0, use("Draft routine letters", [.drafting], [.internal], tier: .drafting, scope: .individual,
                           flags: [.humanReview]))]),
        Tool(
            details: details("CaseNote Summarizer", "Meridian Health AI", [.generative, .nlp], .privateCloud, baa: true,
                             "Summarizes long case files for social workers before a home visit."),
            path: [.underReview, .pilot], conditions: "",
            uses: [(1, use("Summarize case files before visits", [.summarizing], [.personal, .phi], tier: .decisions,
                           scope: .department, role: .advisory, flags: [.humanReview, .affectsWorkingConditions]))]),
        Tool(
            details: details("Ask Riverside", "CivicChat", [.generative, .nlp], .publicCloud,
                             "Answers residents' questions about office hours, forms and services."),
            path: [.underReview, .pilot, .approved], conditions: "Answers only from published pages.",
            uses: [(0, use("Answer residents' questions online", [.publicChatbot], [.public], tier: .publicFacing,
                           scope: .enterprise, flags: [.publicFacing, .outputPublished, .humanReview]))]),
        Tool(
            details: details("ShiftWise", "Rota Analytics", [.machineLearning, .analytics], .publicCloud,
                             "Proposes shift schedules from past demand."),
            path: [.underReview], conditions: "",
            uses: [(1, use("Propose nurse shift schedules", [.scheduling], [.employeeRecords], tier: .decisions,
                           scope: .department, role: .advisory, flags: [.affectsWorkingConditions]))]),
        Tool(
            details: details("PolicyPal", "Lexicon AI", [.generative, .nlp], .privateCloud,
                             "Summarizes new policies and memos for staff briefings; bought under a service contract."),
            path: [.underReview], conditions: "",
            uses: [(0, use("Summarize policy memos for staff briefings", [.summarizing], [.internal], tier: .drafting,
                           scope: .enterprise, flags: [.vendorContract, .humanReview]))]),
        Tool(
            details: details("MinuteTaker", "EchoNote", [.generative, .nlp], .publicCloud, trains: true,
                             "Records and transcribes meetings."),
            path: [.underReview, .denied], conditions: "",
            uses: [(0, use("Record labor-management meetings", [.meetingRecording], [.confidential, .personal],
                           tier: .drafting, scope: .department))]),
        Tool(
            details: details("TalentSort", "HireLogic", [.machineLearning], .publicCloud,
                             "Ranks job applicants for interviews."),
            path: [], conditions: "",
            uses: [(0, use("Rank applicants for clerical vacancies", [.hiring], [.employeeRecords, .personal],
                           tier: .decisions, scope: .department, role: .determinative))]),
        Tool(
            details: details("LinguaDesk", "Polyglot Systems", [.nlp], .publicCloud, trains: true,
                             "Translates notices for residents."),
            path: [.underReview, .approved, .suspended], conditions: "",
            uses: [(0, use("Translate public notices", [.translation], [.public], tier: .publicFacing,
                           scope: .department, flags: [.publicFacing, .outputPublished]))]),
        Tool(
            details: details("FormFlow", "Automata Inc.", [.rpa], .onPremises,
                             "Moved paper intake forms into the records system."),
            path: [.underReview, .approved, .retired], conditions: "",
            uses: [(0, use("Key intake forms into records", [.recordsProcessing], [.personal], tier: .drafting,
                           scope: .department))]),
    ]
}
