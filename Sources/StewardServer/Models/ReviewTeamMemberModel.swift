import Fluent
import Foundation
import StewardCore

/// A seat on a use's review team, with the member's vote once cast. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class ReviewTeamMemberModel: Model, @unchecked Sendable {
    static let schema = "review_team_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "side") var side: TableSide
    @OptionalField(key: "vote") var vote: TeamVote?
    @Field(key: "comment") var comment: String
    @OptionalField(key: "voted_at") var votedAt: Date?

    init() {}
}

extension ReviewTeamMemberModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $step, $person, $side, $vote, $comment, $votedAt] }
}
