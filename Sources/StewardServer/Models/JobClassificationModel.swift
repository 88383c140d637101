import Fluent
import Foundation

/// A job classification in a bargaining unit, with its headcount. `@unchecked Sendable`: see ``OrganizationModel``.
final class JobClassificationModel: Model, @unchecked Sendable {
    static let schema = "job_classifications"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: BargainingUnitModel
    @Field(key: "title") var title: String
    @Field(key: "headcount") var headcount: Int
    @Children(for: \.$classification) var tasks: [ClassificationTaskModel]

    init() {}

    init(unitID: UUID, title: String, headcount: Int) {
        self.$unit.id = unitID
        self.title = title
        self.headcount = headcount
    }
}

/// A task of a job classification and its share of working time, in percent.
final class ClassificationTaskModel: Model, @unchecked Sendable {
    static let schema = "classification_tasks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "classification_id") var classification: JobClassificationModel
    @Field(key: "task") var task: String
    @Field(key: "share_percent") var sharePercent: Int

    init() {}

    init(classificationID: UUID, task: String, sharePercent: Int) {
        self.$classification.id = classificationID
        self.task = task
        self.sharePercent = sharePercent
    }
}

extension JobClassificationModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $unit, $title, $headcount, $tasks] }
}

extension ClassificationTaskModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $classification, $task, $sharePercent] }
}
