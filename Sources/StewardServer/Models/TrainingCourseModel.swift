import Fluent
import Foundation
import StewardCore

/// A training course for one tool. `@unchecked Sendable`: see ``OrganizationModel``.
final class TrainingCourseModel: Model, @unchecked Sendable {
    static let schema = "training_courses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "tool_id") var tool: AIToolModel
    @Field(key: "title") var title: String
    @Field(key: "audience") var audience: TrainingAudience
    @OptionalField(key: "valid_for_months") var validForMonths: Int?
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    init(toolID: AIToolID, title: String, audience: TrainingAudience, validForMonths: Int?) {
        $tool.id = toolID.uuid
        self.title = title
        self.audience = audience
        self.validForMonths = validForMonths
    }

    func domain() throws -> TrainingCourse {
        TrainingCourse(
            id: TrainingCourseID(try requireID()), toolID: AIToolID($tool.id), title: title, audience: audience,
            validForMonths: validForMonths)
    }
}

extension TrainingCourseModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $tool, $title, $audience, $validForMonths, $createdAt] }
}
