import Foundation
import StewardCore
import Testing

@Suite("Training records")
struct TrainingTests {
    static let tool = AIToolID(UUID())
    static let ana = PersonID(UUID())
    static let basics = TrainingCourse(
        id: TrainingCourseID(UUID()), toolID: tool, title: "Using the drafting assistant", audience: .everyone,
        validForMonths: 12)
    static let evaluating = TrainingCourse(
        id: TrainingCourseID(UUID()), toolID: tool, title: "Evaluating AI-assisted work", audience: .supervisors,
        validForMonths: nil)

    static func record(_ course: TrainingCourse, _ day: String) -> TrainingRecord {
        TrainingRecord(id: TrainingRecordID(UUID()), courseID: course.id, personID: ana, completedOn: LocalDay(day)!)
    }

    @Test("a completion counts through the day before its anniversary, then must be renewed")
    func expiry() {
        let taken = [Self.record(Self.basics, "2026-03-15")]
        #expect(Self.basics.lastValidDay(ofCompletionOn: LocalDay("2026-03-15")!) == LocalDay("2027-03-14"))
        #expect(TrainingStanding(courses: [Self.basics], records: taken, on: LocalDay("2027-03-14")!, as: .everyone).isTrained)
        let late = TrainingStanding(courses: [Self.basics], records: taken, on: LocalDay("2027-03-15")!, as: .everyone)
        #expect(!late.isTrained)
        #expect(late.expired == [Self.basics])
        #expect(late.reasons == ["\u{201C}Using the drafting assistant\u{201D} has expired and must be taken again"])
    }

    @Test("a completion dated after the day asked about does not count yet; a renewal does")
    func futureAndRenewal() {
        let future = TrainingStanding(
            courses: [Self.basics], records: [Self.record(Self.basics, "2026-12-01")], on: LocalDay("2026-11-30")!,
            as: .everyone)
        #expect(future.missing == [Self.basics])
        let renewed = TrainingStanding(
            courses: [Self.basics], records: [Self.record(Self.basics, "2024-01-10"), Self.record(Self.basics, "2026-01-10")],
            on: LocalDay("2026-11-30")!, as: .everyone)
        #expect(renewed.isTrained)
    }

    @Test("supervisors need the supervisors' course as well; users do not")
    func supervisors() {
        let records = [Self.record(Self.basics, "2026-06-01")]
        let courses = [Self.basics, Self.evaluating]
        let day = LocalDay("2026-11-30")!
        #expect(TrainingStanding(courses: courses, records: records, on: day, as: .everyone).isTrained)
        let supervisor = TrainingStanding(courses: courses, records: records, on: day, as: .supervisors)
        #expect(supervisor.missing == [Self.evaluating])
        #expect(supervisor.reasons == ["\u{201C}Evaluating AI-assisted work\u{201D} is not completed yet"])
    }

    @Test("a tool with no course trains nobody")
    func noCourse() {
        let standing = TrainingStanding(courses: [], records: [], on: LocalDay("2026-11-30")!, as: .everyone)
        #expect(!standing.isTrained)
        #expect(standing.reasons == ["no training course is set up for this tool yet"])
    }

    @Test("months add to the same day, or the month's last when it is shorter")
    func addingMonths() {
        #expect(LocalDay("2028-02-29")!.adding(months: 12) == LocalDay("2029-02-28"))
        #expect(LocalDay("2026-01-31")!.adding(months: 1) == LocalDay("2026-02-28"))
        #expect(LocalDay("2026-11-30")!.adding(months: 3) == LocalDay("2027-02-28"))
        #expect(LocalDay("2026-03-15")!.adding(months: -3) == LocalDay("2025-12-15"))
    }

    @Test("a course draft names each problem's field")
    func draftProblems() {
        let draft = TrainingCourseDraft(title: " ", audience: "all", validForMonths: "0")
        #expect(draft.problems.map(\.field) == ["title", "audience", "validForMonths"])
        #expect(draft.checked == nil)
        let good = TrainingCourseDraft(title: " Basics ", audience: "supervisors", validForMonths: "24")
        #expect(good.checked?.title == "Basics")
        #expect(good.checked?.audience == .supervisors)
        #expect(good.checked?.validForMonths == 24)
    }

    @Test("an import reads username and completed columns by name, ignoring others")
    func importReads() throws {
        let file = try TrainingImport(csv: "Employee,Completed,User\nAna B,2026-03-02,ana\nCem D,2026-04-01,cem\n")
        #expect(file.rows.map(\.username) == ["ana", "cem"])
        #expect(file.rows.map(\.completedOn) == [LocalDay("2026-03-02")!, LocalDay("2026-04-01")!])
        #expect(file.rows.map(\.line) == [2, 3])
    }

    @Test("an import names every bad line's column; a file it cannot read at all is refused whole")
    func importProblems() throws {
        let file = try TrainingImport(csv: "username,completed\nana,2026-02-30\n,2026-03-01\ncem,03/04/2026\ndag,2026-01-05\n")
        #expect(file.problems.map(\.error.field) == ["line 2, column 2", "line 3, column 1", "line 4, column 2"])
        #expect(file.rows.map(\.username) == ["dag"])
        let header = #expect(throws: TrainingImportError.self) { try TrainingImport(csv: "name,date\nana,2026-01-01") }
        #expect(header?.problem.message.contains("no username or completed column") == true)
        let quote = #expect(throws: TrainingImportError.self) { try TrainingImport(csv: "username,completed\n\"ana,2026") }
        #expect(quote?.problem.error.field == "line 2, column 1")
    }
}
