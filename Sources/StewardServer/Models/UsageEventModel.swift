import Fluent
import Foundation

/// One call through the gateway: which tool and use, the verdict and the rule that decided it, how many findings of
/// each type, tokens and latency; never the text. Not an audit-trail event, and shown to no one but the person
/// themselves except as aggregates. `@unchecked Sendable`: see ``OrganizationModel``.
final class UsageEventModel: Model, @unchecked Sendable {
    static let schema = "usage_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "tool_id") var toolID: UUID?
    @OptionalField(key: "use_case_id") var useCaseID: UUID?
    @OptionalField(key: "unit_id") var unitID: UUID?
    @Field(key: "verdict") var verdict: String
    @Field(key: "rule") var rule: String
    /// Counts per finding type, as JSON (`{"PERSON": 2}`).
    @Field(key: "findings") var findings: String
    @OptionalField(key: "prompt_tokens") var promptTokens: Int?
    @OptionalField(key: "completion_tokens") var completionTokens: Int?
    @Field(key: "latency_ms") var latencyMilliseconds: Double

    init() {}

    /// The counts per finding type; none when the stored JSON cannot be read.
    var findingCounts: [String: Int] {
        (try? JSONDecoder().decode([String: Int].self, from: Data(findings.utf8))) ?? [:]
    }
}

extension UsageEventModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $at, $personID, $toolID, $useCaseID, $unitID, $verdict, $rule, $findings, $promptTokens, $completionTokens,
            $latencyMilliseconds
        ]
    }
}
