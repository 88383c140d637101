import Analytics
import Foundation

/// A job classification as the exposure pages show it: its own tasks and the tasks of the O*NET occupations it maps
/// to, each with its published label and any local rating.
struct ExposureClassification: Sendable {
    /// One task and its ratings.
    struct Task: Sendable {
        let key: ExposureTaskKey
        let statement: String
        let type: TaskType
        /// The share of the job's time, from 0 to 1; only the classification's own tasks have one.
        let timeShare: Double?
        /// The O*NET occupation it comes from (`code title`), nil for the classification's own tasks.
        let occupation: String?
        let published: ExposureRating?
        let local: LocalRating?
        let ratedOn: Date?

        /// The rating that counts: the local one when there is one.
        var rating: ExposureRating? { local?.rating ?? published }
    }

    let id: UUID
    let title: String
    let headcount: Int
    let unit: String
    let local: String
    let occupations: [(code: String, title: String)]
    let tasks: [Task]

    /// The classification as ``Analytics`` computes on it.
    var analytics: JobClassification {
        JobClassification(
            title: title, headcount: headcount, local: local, unit: unit,
            tasks: tasks.map {
                JobTask(statement: $0.statement, type: $0.type, timeShare: $0.timeShare, publishedRating: $0.published, localRating: $0.local)
            })
    }
}
