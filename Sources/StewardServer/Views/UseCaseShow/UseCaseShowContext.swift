import PolicyEngine
import StewardCore
import Vapor

/// One use case: its answers in plain language, its facts as the policy engine reads them, and the union's notes.
struct UseCaseShowContext: Encodable {
    struct Answer: Encodable {
        let question: String
        let answer: String
    }

    let layout: LayoutContext
    let title: String
    let description: String
    let toolName: String
    let toolHref: String
    let unitName: String
    let answers: [Answer]
    let factsJSON: String
    let policy: PolicyDecisionContext
    let review: ReviewPanelContext
    /// The link to change the use's facts, for its requester until approval and for the officer.
    let editHref: String?
    /// What workers are told about the use, generated from the records.
    let disclosureHref: String
    let notes: NotesContext?
    /// For a use imported from a federal inventory: its record's provenance and what the agency reported.
    let federal: FederalRecordContext?

    init(
        request: Request, useCase: UseCase, tool: AITool, unit: BargainingUnit, review: ReviewPanelContext,
        mayEdit: Bool, notes: [Note], noteDraft: TextDraft = .empty, federal: FederalRecordModel? = nil
    ) throws {
        self.federal = try federal.map(FederalRecordContext.init)
        let unknown = Set(federal?.unknownFacts.compactMap(Fact.init(rawValue:)) ?? [])
        self.review = review
        editHref = mayEdit ? Paths.editUseCase.href(useCase.id) : nil
        disclosureHref = Paths.useCaseDisclosure.href(useCase.id)
        layout = LayoutContext(request: request, title: useCase.title)
        title = useCase.title
        description = useCase.description
        toolName = tool.name
        toolHref = Paths.tool.href(tool.id)
        unitName = "\(unit.name) (\(unit.local))"
        let facts = useCase.facts(of: tool)
        let rows: [(fact: Fact, question: String, answer: String)] = [
            (.purposes, "Used for", useCase.purposes.map(\.label).sorted().joined(separator: "; ")),
            (.dataCategories, "Information", useCase.dataCategories.map(\.label).sorted().joined(separator: "; ")),
            (.tier, "Who relies on it", useCase.tier.label),
            (.scope, "How widely", useCase.scope.label),
            (.decisionRole, "Decisions about people", useCase.decisionRole.label),
        ] + BooleanFact.allCases.map { (fact: Fact.flag($0), question: $0.question, answer: facts[$0] ? "Yes" : "No") }
        // An imported use's facts that its federal record did not settle are decided meanwhile on stand-in values.
        answers = rows.map { row in
            Answer(
                question: row.question,
                answer: unknown.contains(row.fact)
                    ? "Not known yet: the federal inventory does not say; decided meanwhile as: "
                        + (row.answer.isEmpty ? "none" : row.answer)
                    : row.answer)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        factsJSON = String(decoding: try encoder.encode(facts), as: UTF8.self)
        let policy = try request.application.policy
        self.policy = PolicyDecisionContext(policy.decide(useCase, of: tool), packTitles: policy.packTitles(for: useCase.unitID))
        self.notes = request.actor.capabilities.canReadUnionPrivate
            ? NotesContext(
                request: request, notes: notes, action: Paths.useCaseNotes.href(useCase.id), draft: noteDraft)
            : nil
    }
}
