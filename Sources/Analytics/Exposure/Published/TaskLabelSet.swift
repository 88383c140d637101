/// The task labels published with "GPTs are GPTs" (Eloundou, Manning, Mishkin, Rock; Science, 2024), read from
/// the authors' `full_labelset.tsv`.
///
/// The file is tab-separated with a header; the columns read are `O*NET-SOC Code`, `Task ID`, `Task`,
/// `Task Type`, `Title`, `human_exposure_agg` and `gpt4_exposure`, and any others are ignored.
///
/// ```swift
/// let labels = try TaskLabelSet(tsv: text)
/// let clerks = labels.occupations.first { $0.title == "Data Entry Keyers" }
/// clerks?.exposure(ratedBy: .human, weighting: .core)?.beta  // 0.5
/// ```
public struct TaskLabelSet: Sendable {
    /// Every task, in the file's order.
    public let tasks: [LabeledTask]
    /// The occupations, in the order they first appear, each with its tasks.
    public let occupations: [LabeledOccupation]

    /// Reads the labels file.
    /// - Throws: ``AnalyticsError`` naming the line and column of a malformed row, an unknown label or task type,
    ///   or the column that is missing.
    public init(tsv text: String) throws(AnalyticsError) {
        let table = try DelimitedTable(text: text, delimiter: "\t")
        let code = try table.column("O*NET-SOC Code")
        let taskID = try table.column("Task ID")
        let statement = try table.column("Task")
        let type = try table.column("Task Type")
        let title = try table.column("Title")
        let human = try table.column("human_exposure_agg")
        let gpt4 = try table.column("gpt4_exposure")
        var tasks: [LabeledTask] = []
        tasks.reserveCapacity(table.rows.count)
        for row in table.rows {
            tasks.append(
                LabeledTask(
                    occupationCode: row.text(at: code), occupationTitle: row.text(at: title),
                    taskID: row.text(at: taskID), statement: row.text(at: statement),
                    type: try row.value(TaskType.self, at: type),
                    humanRating: try row.value(ExposureRating.self, at: human),
                    gpt4Rating: try row.value(ExposureRating.self, at: gpt4)))
        }
        self.init(tasks: tasks)
    }

    /// Groups tasks into occupations by O*NET-SOC code.
    public init(tasks: [LabeledTask]) {
        self.tasks = tasks
        var order: [String] = []
        var byCode: [String: [LabeledTask]] = [:]
        for task in tasks {
            if byCode[task.occupationCode] == nil { order.append(task.occupationCode) }
            byCode[task.occupationCode, default: []].append(task)
        }
        occupations = order.map { code in
            let members = byCode[code] ?? []
            return LabeledOccupation(code: code, title: members.first?.occupationTitle ?? code, tasks: members)
        }
    }

    /// A classification's baseline: the tasks of the O*NET occupations it maps to, in the order of the codes given,
    /// each with one rater's label as its published rating. Codes the labels do not hold give nothing.
    public func baselineTasks(forCodes codes: [String], ratedBy rater: LabelRater) -> [JobTask] {
        codes.flatMap { code in
            occupations.first { $0.code == code }?.tasks.map { $0.jobTask(ratedBy: rater) } ?? []
        }
    }

    /// The mean over every task, each counting the same: the paper's task-level figures.
    public func taskMeans(ratedBy rater: LabelRater) -> ExposureScores? {
        ExposureScores(weightedRatings: tasks.lazy.map { (weight: 1, rating: $0.rating(by: rater)) })
    }
}

/// An O*NET occupation of the published dataset, with its labelled tasks.
public struct LabeledOccupation: Hashable, Sendable {
    /// The O*NET-SOC code.
    public let code: String
    /// The O*NET title.
    public let title: String
    /// Its tasks.
    public let tasks: [LabeledTask]

    /// The occupation's exposure by one rater's labels and one weighting; ``TaskWeighting/core`` gives the paper's
    /// occupation scores.
    public func exposure(ratedBy rater: LabelRater, weighting: TaskWeighting) -> ExposureScores? {
        JobClassification(title: title, headcount: 0, tasks: tasks.map { $0.jobTask(ratedBy: rater) })
            .exposure(weighting: weighting)
    }
}
