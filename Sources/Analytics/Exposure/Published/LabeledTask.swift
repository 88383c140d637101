/// One task of the dataset published with "GPTs are GPTs" (Eloundou et al.): an O*NET task with its exposure
/// labels.
///
/// Task statements and occupation titles are O*NET 27.2 content (US Department of Labor, CC BY 4.0); the labels
/// are the authors' (MIT licence). Credit both where they are shown.
public struct LabeledTask: Hashable, Sendable {
    /// The occupation's O*NET-SOC code, such as `43-9021.00`.
    public let occupationCode: String
    /// The occupation's O*NET title.
    public let occupationTitle: String
    /// O*NET's task id, as written in the file.
    public let taskID: String
    /// The task statement.
    public let statement: String
    /// Core, supplemental or unrated.
    public let type: TaskType
    /// The label agreed by the paper's human annotators (`human_exposure_agg`).
    public let humanRating: ExposureRating
    /// GPT-4's label on the paper's main rubric (`gpt4_exposure`).
    public let gpt4Rating: ExposureRating

    /// Creates a labelled task.
    public init(
        occupationCode: String, occupationTitle: String, taskID: String, statement: String, type: TaskType,
        humanRating: ExposureRating, gpt4Rating: ExposureRating
    ) {
        self.occupationCode = occupationCode
        self.occupationTitle = occupationTitle
        self.taskID = taskID
        self.statement = statement
        self.type = type
        self.humanRating = humanRating
        self.gpt4Rating = gpt4Rating
    }

    /// The label of one rater.
    public func rating(by rater: LabelRater) -> ExposureRating {
        switch rater {
        case .human: humanRating
        case .gpt4: gpt4Rating
        }
    }

    /// The task as a classification's task, with one rater's label as its published rating.
    public func jobTask(ratedBy rater: LabelRater) -> JobTask {
        JobTask(statement: statement, type: type, publishedRating: rating(by: rater))
    }
}

/// Whose labels to use from the published dataset.
public enum LabelRater: String, CaseIterable, Hashable, Sendable, Codable {
    /// The paper's human annotators.
    case human
    /// GPT-4, on the paper's main rubric.
    case gpt4
}
