/// How Steward's fact vocabulary reads in the federal vocabulary, and back; used by the export of a use and the
/// import of a federal row.
extension OMB2025 {
    /// The purposes that decide the terms or conditions of someone's employment, or their eligibility for services
    /// or benefits: the kinds of use M-25-21 presumes high-impact.
    public static let presumedHighImpactPurposes: Set<Purpose> = [
        .hiring, .promotion, .compensation, .evaluation, .discipline, .eligibilityDecision, .workerMonitoring,
        .workloadStandards,
    ]

    /// Whether a use is high-impact (M-25-21, appendix Section 5: the AI's output is a principal basis for
    /// decisions or actions with a legal, material, binding or similarly significant effect on people).
    ///
    /// - The tool decides on its own (`determinative`): high-impact.
    /// - The tool advises a person who decides (`advisory`) on a presumed high-impact purpose (hiring, pay,
    ///   discipline, eligibility…): high-impact, since the advice can be that principal basis.
    /// - Otherwise not high-impact. Steward never answers "presumed high-impact, but determined not": that needs
    ///   the agency's own determination and justification, which Steward does not record.
    public static func highImpact(of facts: UseCaseFacts) -> HighImpact {
        switch facts.decisionRole {
        case .determinative: return .highImpact
        case .advisory where !facts.purposes.isDisjoint(with: presumedHighImpactPurposes): return .highImpact
        case .advisory, .none: return .notHighImpact
        }
    }

    /// The one topic area that best fits a use's purposes, the first that applies of: decisions about workers
    /// (HR), eligibility for benefits, answering the public (service delivery), writing software (IT), research
    /// (science), office work such as drafting, summarizing, translating or meetings (administrative functions);
    /// else Other.
    public static func topicArea(of purposes: Set<Purpose>) -> TopicArea {
        let humanResources: Set<Purpose> = [
            .hiring, .promotion, .compensation, .evaluation, .discipline, .disputeResolution, .scheduling,
            .workloadStandards, .workerMonitoring,
        ]
        let office: Set<Purpose> = [
            .drafting, .summarizing, .translation, .dataAnalysis, .contentCreation, .recordsProcessing,
            .meetingRecording, .meetingTranscription,
        ]
        let order: [(Set<Purpose>, TopicArea)] = [
            (humanResources, .humanResources), ([.eligibilityDecision], .benefitsProcessing),
            ([.publicChatbot], .serviceDelivery), ([.coding], .informationTechnology), ([.research], .science),
            (office, .administrativeFunctions),
        ]
        return order.first { !$0.0.isDisjoint(with: purposes) }?.1 ?? .other
    }

    /// The one AI classification that best fits a tool's categories, the most specific first: agentic,
    /// generative, computer vision, natural language processing, then classical machine learning for machine and
    /// deep learning, analytics and robotic process automation (the dictionary files "intelligent automation"
    /// there). Nil for a tool without categories.
    public static func classification(of categories: Set<ToolCategory>) -> Classification? {
        let order: [(ToolCategory, Classification)] = [
            (.agentic, .agentic), (.generative, .generative), (.computerVision, .computerVision), (.nlp, .nlp),
            (.machineLearning, .classicalML), (.deepLearning, .classicalML), (.analytics, .classicalML),
            (.rpa, .classicalML),
        ]
        return order.first { categories.contains($0.0) }?.1
    }

    /// Steward's tool category for a federal classification: reinforcement learning and classical ML are both
    /// machine learning.
    public static func toolCategory(of classification: Classification) -> ToolCategory {
        switch classification {
        case .agentic: .agentic
        case .classicalML, .reinforcementLearning: .machineLearning
        case .computerVision: .computerVision
        case .generative: .generative
        case .nlp: .nlp
        }
    }

    /// The data categories that hold personally identifiable information (OMB Circular A-130).
    public static let personalDataCategories: Set<DataCategory> = [
        .personal, .phi, .memberRecords, .employeeRecords, .biometric,
    ]
}
