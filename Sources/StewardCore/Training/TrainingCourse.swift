/// A course people take before they use an AI tool (Seed 002, "Training": training on any generative AI tool for
/// every bargaining-unit member, and for supervisors before they evaluate members' use of it).
public struct TrainingCourse: Hashable, Sendable {
    public let id: TrainingCourseID
    public let toolID: AIToolID
    public var title: String
    public var audience: TrainingAudience
    /// How long a completion counts, in months; nil when it never has to be renewed.
    public var validForMonths: Int?

    public init(
        id: TrainingCourseID, toolID: AIToolID, title: String, audience: TrainingAudience, validForMonths: Int?
    ) {
        self.id = id
        self.toolID = toolID
        self.title = title
        self.audience = audience
        self.validForMonths = validForMonths
    }

    /// The last day a completion on `day` counts, or nil when it does not expire.
    ///
    /// ```swift
    /// course.validForMonths = 12
    /// course.lastValidDay(ofCompletionOn: LocalDay("2026-03-15")!)  // 2027-03-14
    /// ```
    public func lastValidDay(ofCompletionOn day: LocalDay) -> LocalDay? {
        validForMonths.map { day.adding(months: $0).adding(days: -1) }
    }
}

/// Who must take a course.
public enum TrainingAudience: String, CaseIterable, Codable, Sendable, Hashable {
    /// Everyone who uses the tool.
    case everyone
    /// Supervisors, before they evaluate anyone's use of the tool.
    case supervisors

    public var title: String {
        switch self {
        case .everyone: "Everyone who uses the tool"
        case .supervisors: "Supervisors who evaluate its use"
        }
    }
}

public typealias TrainingCourseID = Identifier<TrainingCourse>
