import Fluent
import Foundation
import StewardCore

/// That a person completed a course on a day. `@unchecked Sendable`: see ``OrganizationModel``.
final class TrainingRecordModel: Model, @unchecked Sendable {
    static let schema = "training_records"

    /// How a completion reached Steward.
    enum Source: String, Codable, Sendable {
        case entered
        case imported
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "course_id") var course: TrainingCourseModel
    @Parent(key: "person_id") var person: PersonModel
    /// The day, as `YYYY-MM-DD`: a completion is dated, not timed.
    @Field(key: "completed_on") var completedOn: String
    @Field(key: "source") var source: Source
    @Field(key: "recorded_by") var recordedBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    init(courseID: TrainingCourseID, personID: UUID, completedOn: LocalDay, source: Source, recordedBy: String) {
        $course.id = courseID.uuid
        $person.id = personID
        self.completedOn = completedOn.description
        self.source = source
        self.recordedBy = recordedBy
    }

    func domain() throws -> TrainingRecord {
        guard let day = LocalDay(completedOn) else {
            throw StewardError(.internalServerError, "training record \(id?.uuidString ?? "") has no valid day")
        }
        return TrainingRecord(
            id: TrainingRecordID(try requireID()), courseID: TrainingCourseID($course.id),
            personID: PersonID($person.id), completedOn: day)
    }
}

extension TrainingRecordModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $course, $person, $completedOn, $source, $recordedBy, $createdAt] }
}
