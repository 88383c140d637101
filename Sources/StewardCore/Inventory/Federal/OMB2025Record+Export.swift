extension OMB2025 {
    /// Who reports the inventory: the agency (`agency`, `agency_name`) and the component responsible for its uses
    /// (`agency_bureau`), which Steward does not record itself.
    public struct Agency: Hashable, Sendable, Codable {
        /// The agency's abbreviation, such as `CFTC`.
        public var abbreviation: String
        public var name: String
        /// The bureau or component responsible for the uses.
        public var bureau: String

        public init(abbreviation: String, name: String, bureau: String) {
            self.abbreviation = abbreviation
            self.name = name
            self.bureau = bureau
        }
    }

    /// What Steward's records say about a use besides its facts: when it began to run, and which review steps it
    /// required and completed (a waived step is not completed).
    public struct UseHistory: Hashable, Sendable {
        /// The day the pilot began or the use was approved.
        public var operationalDate: LocalDay?
        public var requiredSteps: Set<ObligationKind>
        public var completedSteps: Set<ObligationKind>

        public init(
            operationalDate: LocalDay? = nil, requiredSteps: Set<ObligationKind> = [],
            completedSteps: Set<ObligationKind> = []
        ) {
            self.operationalDate = operationalDate
            self.requiredSteps = requiredSteps
            self.completedSteps = completedSteps
        }

        /// `done` when the step was completed, `pending` when it was required and is not, else nil.
        func answer(_ step: ObligationKind, done: String, pending: String) -> String {
            completedSteps.contains(step) ? done : requiredSteps.contains(step) ? pending : ""
        }
    }
}

extension OMB2025Record {
    /// The federal row for a use in Steward, with every column Steward can answer filled in the dictionary's short
    /// vocabulary and every column that does not apply to the use left empty; nil when the use has no federal
    /// stage (see ``OMB2025/DevelopmentStage/init(_:)``).
    ///
    /// Columns Steward does not know stay empty even where required (benefits, ATO, custom code, demographic
    /// features, appeal process); ``unansweredColumns`` lists them for a person to fill. The mapping:
    /// - `use_case_name` is "tool for use", as Steward titles a disclosure; `contact_email` is the tool's contact;
    ///   `is_withheld` is "No", since the use is in Steward's public inventory.
    /// - `is_high_impact`, `topic_area` and `classification` follow ``OMB2025/highImpact(of:)``,
    ///   ``OMB2025/topicArea(of:)`` and ``OMB2025/classification(of:)``.
    /// - `problem_solved` is the use's description, or its purposes; `system_outputs` says what part the tool plays
    ///   in decisions and whether a person reviews its output.
    /// - For a pilot or deployed use: `operational_date` as `YYYY-MM-DD 00:00:00` (the file's most common shape),
    ///   `contracting_usage` "Vendor Purchased" with the tool's vendor (Steward registers tools bought from a
    ///   vendor), the data it handles, and `has_pii` from its data categories.
    /// - For a high-impact deployed use, the minimum practices from its review steps: a completed pilot is
    ///   pre-deployment testing; a privacy impact assessment is an impact assessment; a committee review is an
    ///   independent review (the committee did not develop the tool); scheduled audits are ongoing monitoring;
    ///   training is operator training; human review of output is a fail-safe; notice to the union or bargaining
    ///   is consultation with end users ("Other"). A required step not yet done is "In-progress"; nothing else is
    ///   claimed.
    ///
    /// ```swift
    /// let record = OMB2025Record(
    ///     useCase: use, tool: tool, status: .approved, id: "CITY-12",
    ///     agency: OMB2025.Agency(abbreviation: "CITY", name: "City of Springfield", bureau: "Public Works"))
    /// record?[.developmentStage]   // "Deployed"
    /// ```
    public init?(
        useCase: UseCase, tool: AITool, status: ReviewStatus, id: String, agency: OMB2025.Agency,
        history: OMB2025.UseHistory = OMB2025.UseHistory()
    ) {
        guard let stage = OMB2025.DevelopmentStage(status) else { return nil }
        let facts = useCase.facts(of: tool)
        let highImpact = OMB2025.highImpact(of: facts)
        self.init()
        self[.agency] = agency.abbreviation
        self[.agencyName] = agency.name
        self[.id] = id
        self[.useCaseName] = "\(tool.name) for \(useCase.title)"
        self[.agencyBureau] = agency.bureau
        self[.contactEmail] = tool.contact
        self[.isWithheld] = "No"
        self[.developmentStage] = stage.rawValue
        self[.isHighImpact] = highImpact.rawValue
        self[.topicArea] = OMB2025.topicArea(of: facts.purposes).rawValue
        self[.classification] = OMB2025.classification(of: facts.categories)?.rawValue ?? ""
        self[.problemSolved] =
            useCase.description.isEmpty
            ? "Used for: " + facts.purposes.map(\.label).sorted().joined(separator: "; ") + "." : useCase.description
        self[.systemOutputs] = Self.outputs(facts)
        if stage.isRunning { fillSystem(facts, tool: tool, history: history) }
        if stage == .deployed, highImpact == .highImpact { fillPractices(facts, history: history) }
    }

    private static func outputs(_ facts: UseCaseFacts) -> String {
        var text =
            switch facts.decisionRole {
            case .none: "Drafts, answers or analysis for staff to use; it makes no decisions about people."
            case .advisory: "Recommendations; a person decides, and can decide otherwise."
            case .determinative: "Decisions, made by the system on its own."
            }
        if facts[.humanReview] { text += " A person reviews the output before it is used." }
        if facts[.outputPublished] { text += " The output is published." }
        return text
    }

    private mutating func fillSystem(_ facts: UseCaseFacts, tool: AITool, history: OMB2025.UseHistory) {
        if let day = history.operationalDate { self[.operationalDate] = "\(day) 00:00:00" }
        self[.contractingUsage] = OMB2025.ContractingUsage.vendorPurchased.rawValue
        self[.vendorName] = tool.vendor
        var data =
            facts.dataCategories.isEmpty
            ? ["No data categories are recorded for this use."]
            : ["The use handles: " + facts.dataCategories.map(\.label).sorted().joined(separator: "; ") + "."]
        data.append(
            facts[.vendorTrainsOnInputs]
                ? "The vendor may train its models on what users send."
                : "The vendor does not train its models on what users send.")
        self[.dataDescription] = data.joined(separator: " ")
        let personal = !facts.dataCategories.isDisjoint(with: OMB2025.personalDataCategories)
        self[.hasPII] = (personal ? OMB2025.YesNo.yes : .no).rawValue
    }

    private mutating func fillPractices(_ facts: UseCaseFacts, history: OMB2025.UseHistory) {
        self[.hiTestingConducted] = history.answer(.pilot, done: "Yes", pending: "In-progress")
        self[.hiAssessmentCompleted] = history.answer(.privacyImpactAssessment, done: "Yes", pending: "In-progress")
        self[.hiPotentialImpacts] = Self.impacts(facts, history: history)
        self[.hiIndependentReview] = history.answer(
            .committeeReview, done: "Internal Independent Review", pending: "In-progress")
        let audited = !history.requiredSteps.isDisjoint(with: [.audit, .biasAudit])
        self[.hiOngoingMonitoring] = audited ? "Yes - Monitoring Established" : ""
        self[.hiTrainingEstablished] = history.answer(
            .training, done: "Training Established", pending: "Training In-progress")
        self[.hiFailsafePresence] = facts[.humanReview] ? "Yes" : ""
        let consulted = !history.completedSteps.isDisjoint(with: [.unionNotice, .decisionalBargaining])
        self[.hiPublicConsultation] = OMB2025ListCell.items(consulted ? ["Other"] : []).cell
    }

    private static func impacts(_ facts: UseCaseFacts, history: OMB2025.UseHistory) -> String {
        var lines = [facts.decisionRole.label + "."]
        let effects: [(BooleanFact, String)] = [
            (.affectsWorkingConditions, "It affects conditions of employment."),
            (.monitorsWorkers, "It monitors workers."),
            (.performsUnitWork, "It does work that bargaining-unit members do."),
            (.eliminatesPositions, "It eliminates positions."),
            (.useRequired, "Workers are required to use it."),
            (.publicFacing, "Members of the public interact with it."),
        ]
        lines += effects.filter { facts[$0.0] }.map(\.1)
        if !facts.dataCategories.isDisjoint(with: OMB2025.personalDataCategories) {
            lines.append("It handles personal information.")
        }
        let steps = history.completedSteps.compactMap { StepTemplate(for: $0) == nil ? nil : $0.title }.sorted()
        if !steps.isEmpty {
            lines.append("Identified in the review of the use: " + steps.joined(separator: "; ") + ".")
        }
        return lines.joined(separator: " ")
    }
}
