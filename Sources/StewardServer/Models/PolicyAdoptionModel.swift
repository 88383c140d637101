import Fluent
import Foundation

/// One adopted version of a policy pack: its text as written, where it applies and when it was adopted. The newest
/// version of each pack is in force until another replaces it. `@unchecked Sendable`: see ``OrganizationModel``.
final class PolicyAdoptionModel: Model, @unchecked Sendable {
    static let schema = "policy_adoptions"

    @ID(key: .id) var id: UUID?
    /// The pack's own id (`union-ai-use-policy`).
    @Field(key: "pack_id") var packID: String
    /// The version the server gave this adoption, counted from 1 for each pack id.
    @Field(key: "number") var number: Int
    /// The `version` the pack's text gives itself.
    @Field(key: "pack_version") var packVersion: Int
    @Field(key: "title") var title: String
    /// The pack's effective date as its text gives it, `YYYY-MM-DD`.
    @Field(key: "effective") var effective: String
    @Field(key: "source") var source: String
    /// The bargaining units the pack applies to; empty for the whole organization.
    @Field(key: "unit_ids") var unitIDs: [String]
    @Field(key: "adopted_by") var adoptedBy: String
    @Field(key: "adopted_at") var adoptedAt: Date
    /// When a newer version replaced this one; nil while it is in force.
    @OptionalField(key: "superseded_at") var supersededAt: Date?

    init() {}

    /// The name a stored pack's problems are reported against.
    var file: String { "\(packID) version \(number)" }
}

extension PolicyAdoptionModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $packID, $number, $packVersion, $title, $effective, $source, $unitIDs, $adoptedBy, $adoptedAt,
            $supersededAt
        ]
    }
}
