import Analytics
import Fluent
import Foundation

/// One task of the published exposure labels ("GPTs are GPTs"), as imported. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class ExposureLabelModel: Model, @unchecked Sendable {
    static let schema = "exposure_labels"

    @ID(key: .id) var id: UUID?
    /// The task's place in the imported file, which keeps each occupation's tasks in O*NET's order.
    @Field(key: "position") var position: Int
    @Field(key: "occupation_code") var occupationCode: String
    @Field(key: "occupation_title") var occupationTitle: String
    @Field(key: "task_id") var taskID: String
    @Field(key: "statement") var statement: String
    @Field(key: "task_type") var taskType: TaskType
    @Field(key: "human_rating") var humanRating: ExposureRating
    @Field(key: "gpt4_rating") var gpt4Rating: ExposureRating

    init() {}

    init(position: Int, task: LabeledTask) {
        id = UUID()
        self.position = position
        occupationCode = task.occupationCode
        occupationTitle = task.occupationTitle
        taskID = task.taskID
        statement = task.statement
        taskType = task.type
        humanRating = task.humanRating
        gpt4Rating = task.gpt4Rating
    }

    /// The labelled task it stores.
    var labeledTask: LabeledTask {
        LabeledTask(
            occupationCode: occupationCode, occupationTitle: occupationTitle, taskID: taskID, statement: statement,
            type: taskType, humanRating: humanRating, gpt4Rating: gpt4Rating)
    }
}

/// When the labels were imported, from which file and by whom. `@unchecked Sendable`: see ``OrganizationModel``.
final class ExposureLabelImportModel: Model, @unchecked Sendable {
    static let schema = "exposure_label_imports"

    @ID(key: .id) var id: UUID?
    @Field(key: "file_name") var fileName: String
    @Field(key: "tasks") var tasks: Int
    @Field(key: "occupations") var occupations: Int
    @Field(key: "imported_by") var importedBy: String
    @Field(key: "imported_at") var importedAt: Date

    init() {}
}

/// An O*NET occupation a job classification maps to: its tasks are the classification's baseline. `@unchecked
/// Sendable`: see ``OrganizationModel``.
final class ClassificationOccupationModel: Model, @unchecked Sendable {
    static let schema = "classification_occupations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "classification_id") var classification: JobClassificationModel
    @Field(key: "occupation_code") var occupationCode: String
    @Field(key: "occupation_title") var occupationTitle: String

    init() {}
}

/// A rating given by hand to one task of a classification: its own task, or a task of an O*NET occupation it maps
/// to. `@unchecked Sendable`: see ``OrganizationModel``.
final class ExposureRatingModel: Model, @unchecked Sendable {
    static let schema = "exposure_ratings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "classification_id") var classification: JobClassificationModel
    /// Which task: see ``ExposureTaskKey``.
    @Field(key: "task_key") var taskKey: String
    /// The task's statement when it was rated, for the record.
    @Field(key: "statement") var statement: String
    @Field(key: "rating") var rating: ExposureRating
    @Field(key: "reason") var reason: String
    @OptionalParent(key: "rated_by_id") var ratedByPerson: PersonModel?
    @Field(key: "rated_by") var ratedBy: String
    @Field(key: "rated_at") var ratedAt: Date

    init() {}
}

/// What an organization commits to for the people of an exposed classification: training, reclassification, or no
/// layoffs, with an owner and a due day, and the use that prompted it. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class ClassificationPlanModel: Model, @unchecked Sendable {
    static let schema = "classification_plans"

    /// The kinds of plan Seeds 001 and 003 name.
    enum Kind: String, Codable, CaseIterable, Sendable {
        case training
        case reclassification
        case noLayoff = "no-layoff"

        var title: String {
            switch self {
            case .training: "Training"
            case .reclassification: "Reclassification"
            case .noLayoff: "No-layoff commitment"
            }
        }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "classification_id") var classification: JobClassificationModel
    @Field(key: "kind") var kind: Kind
    @Field(key: "commitment") var commitment: String
    @OptionalParent(key: "use_case_id") var useCase: UseCaseModel?
    @OptionalParent(key: "owner_id") var owner: PersonModel?
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "done_on") var doneOn: String?
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

extension ExposureLabelModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $position, $occupationCode, $occupationTitle, $taskID, $statement, $taskType, $humanRating, $gpt4Rating
        ]
    }
}

extension ExposureLabelImportModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $fileName, $tasks, $occupations, $importedBy, $importedAt] }
}

extension ClassificationOccupationModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $classification, $occupationCode, $occupationTitle] }
}

extension ExposureRatingModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $classification, $taskKey, $statement, $rating, $reason, $ratedByPerson, $ratedBy, $ratedAt
        ]
    }
}

extension ClassificationPlanModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $classification, $kind, $commitment, $useCase, $owner, $dueOn, $doneOn, $recordedBy, $createdAt
        ]
    }
}
