/// Whether a person is trained to use a tool, or to evaluate others' use of it, on a given day: the question the
/// gateway asks before it lets a worker's call through, and the pilot before a supervisor signs its evaluation
/// (Seed 002, "Training").
///
/// ```swift
/// let standing = TrainingStanding(courses: courses, records: alice, on: today, as: .everyone)
/// standing.isTrained  // false
/// standing.missing    // the courses Alice has not completed
/// ```
public struct TrainingStanding: Hashable, Sendable {
    /// The courses that apply, in the order given.
    public let required: [TrainingCourse]
    /// Required courses with no completion at all.
    public let missing: [TrainingCourse]
    /// Required courses whose every completion has run out.
    public let expired: [TrainingCourse]

    /// Judges `records` (one person's) against `courses` (one tool's). Someone using the tool needs the courses for
    /// everyone; a supervisor needs those and the courses for supervisors.
    public init(courses: [TrainingCourse], records: [TrainingRecord], on day: LocalDay, as audience: TrainingAudience) {
        required = courses.filter { course in audience == .supervisors || course.audience == .everyone }
        var missing: [TrainingCourse] = []
        var expired: [TrainingCourse] = []
        for course in required {
            let taken = records.filter { $0.courseID == course.id && $0.completedOn <= day }
            if taken.isEmpty {
                missing.append(course)
            } else if !taken.contains(where: { record in course.lastValidDay(ofCompletionOn: record.completedOn).map { day <= $0 } ?? true }) {
                expired.append(course)
            }
        }
        self.missing = missing
        self.expired = expired
    }

    /// Trained: there is at least one course, and every required one has a completion that still counts. A tool
    /// with no course yet trains nobody, so a use that requires training waits until one is set up.
    public var isTrained: Bool { !required.isEmpty && missing.isEmpty && expired.isEmpty }

    /// What stands between the person and the tool, in plain words; empty when trained.
    public var reasons: [String] {
        if required.isEmpty { return ["no training course is set up for this tool yet"] }
        return missing.map { "\u{201C}\($0.title)\u{201D} is not completed yet" }
            + expired.map { "\u{201C}\($0.title)\u{201D} has expired and must be taken again" }
    }
}
