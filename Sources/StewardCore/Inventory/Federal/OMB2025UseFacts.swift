/// What a federal inventory row tells Steward about a use, in Steward's vocabulary, and which facts it leaves
/// unknown for a person to answer.
///
/// Only clear matches are taken: the name, problem, vendor and contact as written; the classification as a tool
/// category; a science topic as research and a benefits-processing topic as records processing (other topics name
/// a field of work, not what the tool does); PII or a demographic feature (a listed one, not "none" or "other") as
/// personal data; a high-impact designation as tier 3, analysis or decisions about people. The federal stage and
/// designation are kept as the agency reported them. Nothing here approves anything: an imported use still goes
/// through Steward's own review, whatever stage the agency reported.
///
/// ```swift
/// let facts = OMB2025UseFacts(record)
/// facts.categories    // [.generative]
/// facts.unknown       // [.purposes, .scope, .hosting, .decisionRole, …]
/// ```
public struct OMB2025UseFacts: Hashable, Sendable {
    public var title: String
    /// What problem the use solves, as the agency wrote it.
    public var description: String
    public var vendor: String
    public var contact: String
    public var categories: Set<ToolCategory>
    public var purposes: Set<Purpose>
    public var dataCategories: Set<DataCategory>
    public var tier: Tier?
    public var stage: OMB2025.DevelopmentStage?
    public var highImpact: OMB2025.HighImpact?
    /// The facts the row does not settle, in the vocabulary's order.
    public var unknown: [Fact]

    public init(_ record: OMB2025Record) {
        title = record[.useCaseName].trimmed
        description = record[.problemSolved].trimmed
        vendor = record[.vendorName].trimmed
        contact = record[.contactEmail].trimmed
        categories =
            OMB2025.Classification(rawValue: record[.classification])
            .map { [OMB2025.toolCategory(of: $0)] } ?? []
        purposes =
            switch OMB2025.TopicArea(rawValue: record[.topicArea]) {
            case .science?: [.research]
            case .benefitsProcessing?: [.recordsProcessing]
            default: []
            }
        let demographics = record.list(.demographicFeatures).items ?? []
        let listedFeature = demographics.contains { Self.demographicSelections.contains($0.prefix(3)) }
        dataCategories = record[.hasPII] == OMB2025.YesNo.yes.rawValue || listedFeature ? [.personal] : []
        stage = record.developmentStage
        highImpact = record.highImpact
        tier = highImpact == .highImpact ? .decisions : nil
        unknown = []
        unknown = Fact.allCases.filter(isUnknown)
    }

    /// The letters of the dictionary's demographic selections that name a feature: a) race or ethnicity through
    /// j) employment status, not k) none of the above or l) other.
    private static let demographicSelections: Set<Substring> = Set("abcdefghij".map { "\($0)) " })

    private func isUnknown(_ fact: Fact) -> Bool {
        switch fact {
        case .categories: categories.isEmpty
        case .purposes: purposes.isEmpty
        case .dataCategories: dataCategories.isEmpty
        case .tier: tier == nil
        case .scope, .hosting, .decisionRole, .flag: true
        }
    }
}
