/// A job classification: its people, where they work, and its tasks.
///
/// ```swift
/// let clerk = JobClassification(title: "Office Clerk", headcount: 40, local: "Local 12", tasks: [
///     JobTask(statement: "Answer the phone", timeShare: 0.3, publishedRating: .e0),
///     JobTask(statement: "Draft letters", timeShare: 0.7, publishedRating: .e1),
/// ])
/// clerk.exposure(weighting: .timeShare)?.beta  // 0.7
/// ```
public struct JobClassification: Hashable, Sendable, Codable {
    /// The classification's name.
    public var title: String
    /// How many people hold it.
    public var headcount: Int
    /// The union local that represents them, if any.
    public var local: String?
    /// The bargaining unit (or department) they belong to, if any.
    public var unit: String?
    /// What the job consists of.
    public var tasks: [JobTask]

    /// Creates a classification.
    public init(title: String, headcount: Int, local: String? = nil, unit: String? = nil, tasks: [JobTask]) {
        self.title = title
        self.headcount = headcount
        self.local = local
        self.unit = unit
        self.tasks = tasks
    }

    /// The weighted mean exposure of its rated tasks, or nil when no rated task has any weight.
    public func exposure(weighting: TaskWeighting) -> ExposureScores? {
        ExposureScores(
            weightedRatings: tasks.lazy.compactMap { task in
                task.rating.map { (weight: weighting.weight(of: task), rating: $0) }
            })
    }
}
