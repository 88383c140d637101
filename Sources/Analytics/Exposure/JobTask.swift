/// One task of a job classification: what it is, how much of the job it takes, and how exposed it is.
///
/// A task can carry the label published with the paper's dataset and a local rating by the stewards or the joint
/// committee; the local rating wins.
public struct JobTask: Hashable, Sendable, Codable {
    /// What the task is, in the words of O*NET or of the classification's own description.
    public var statement: String
    /// Whether it is core to the job.
    public var type: TaskType
    /// The share of the job's time it takes, from 0 to 1, when known.
    public var timeShare: Double?
    /// The rating published with the dataset the task came from, if any.
    public var publishedRating: ExposureRating?
    /// A rating given locally, with who gave it and why.
    public var localRating: LocalRating?

    /// Creates a task.
    public init(
        statement: String, type: TaskType = .unrated, timeShare: Double? = nil,
        publishedRating: ExposureRating? = nil, localRating: LocalRating? = nil
    ) {
        self.statement = statement
        self.type = type
        self.timeShare = timeShare
        self.publishedRating = publishedRating
        self.localRating = localRating
    }

    /// The rating that counts: the local one when there is one, otherwise the published one.
    public var rating: ExposureRating? { localRating?.rating ?? publishedRating }
}

/// A rating given by people who know the job: the rating, who gave it, and why.
public struct LocalRating: Hashable, Sendable, Codable {
    /// The rating given.
    public var rating: ExposureRating
    /// Who rated the task (a steward, the joint committee).
    public var ratedBy: String
    /// Why, in the rater's words.
    public var reason: String

    /// Creates a local rating.
    public init(rating: ExposureRating, ratedBy: String, reason: String) {
        self.rating = rating
        self.ratedBy = ratedBy
        self.reason = reason
    }
}
