/// That a person completed a course on a day: entered by hand or imported from a training system's export.
public struct TrainingRecord: Hashable, Sendable {
    public let id: TrainingRecordID
    public let courseID: TrainingCourseID
    public let personID: PersonID
    public let completedOn: LocalDay

    public init(id: TrainingRecordID, courseID: TrainingCourseID, personID: PersonID, completedOn: LocalDay) {
        self.id = id
        self.courseID = courseID
        self.personID = personID
        self.completedOn = completedOn
    }
}

public typealias TrainingRecordID = Identifier<TrainingRecord>
