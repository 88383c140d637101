import Fluent
import Foundation
import StewardCore

/// Training courses per tool and who completed them: set up and recorded on management's side, read by the union
/// and the overseers, each person's own record by them (Seed 002, "Training"). The gateway and the pilot's joint
/// evaluation ask ``standing(of:for:as:)``.
struct TrainingService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The day it is now, on which completions are judged.
    var today: LocalDay { authorizer.today }

    /// A tool's courses, in the order they were set up.
    func courses(for toolID: AIToolID) async throws -> [TrainingCourseModel] {
        _ = try await authorizer.tools.tool(toolID)
        return try await TrainingCourseModel.query(on: database).filter(\.$tool.$id == toolID.uuid)
            .ordered(by: \.$createdAt).all()
    }

    /// One page of a tool's courses, oldest first, keyed by the last course's id; a course of another tool is no
    /// cursor here.
    func courses(for toolID: AIToolID, _ page: PageRequest) async throws -> Page<TrainingCourseModel> {
        _ = try await authorizer.tools.tool(toolID)
        return try await TrainingCourseModel.query(on: database).filter(\.$tool.$id == toolID.uuid)
            .page(page, by: \.$createdAt) { $0.$tool.id == toolID.uuid }
    }

    /// One course, reported as missing when its tool is hidden from the actor.
    func course(_ id: TrainingCourseID) async throws -> TrainingCourseModel {
        guard let course = try await TrainingCourseModel.find(id.uuid, on: database) else {
            throw StewardError.notFound("no training course with id \(id)")
        }
        _ = try await authorizer.tools.tool(AIToolID(course.$tool.id))
        return course
    }

    /// Sets up a course for a tool.
    func addCourse(to toolID: AIToolID, _ draft: TrainingCourseDraft) async throws -> TrainingCourseModel {
        let tool = try await authorizer.tools.tool(toolID)
        try await authorizer.require(.recordTraining, in: .organization, on: "no tool with id \(toolID)")
        guard let checked = draft.checked else { throw StewardError.invalid(draft.problems) }
        let course = TrainingCourseModel(
            toolID: toolID, title: checked.title, audience: checked.audience, validForMonths: checked.validForMonths)
        try await database.transaction { db in
            try await course.create(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "training.course.create", objectType: "training-course",
                objectID: try course.requireID().uuidString.lowercased(), zone: .organization,
                summary: "set up the course \u{201C}\(checked.title)\u{201D} for \(tool.name)",
                change: ["title": checked.title, "audience": checked.audience.rawValue,
                         "validForMonths": checked.validForMonths.map(String.init) ?? "never expires"]))
        }
        return course
    }

    /// A course's completions, most recent first, a page at a time: every one for those who read training
    /// records, the actor's own for anyone else. The cursor is the last record's day and id.
    func records(of courseID: TrainingCourseID, page: PageRequest) async throws -> Page<TrainingRecordModel> {
        _ = try await course(courseID)
        var query = TrainingRecordModel.query(on: database).filter(\.$course.$id == courseID.uuid).with(\.$person)
        if !authorizer.allows(.readTraining, in: .organization) {
            guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
            query = query.filter(\.$person.$id == person.id.uuid)
        }
        if let after = page.after {
            let parts = after.split(separator: "_")
            guard parts.count == 2, let day = LocalDay(String(parts[0])), let id = UUID(uuidString: String(parts[1])) else {
                throw PageRequest.notACursor(after)
            }
            query = query.group(.or) { earlier in
                earlier.filter(\.$completedOn < day.description)
                earlier.group(.and) { same in
                    same.filter(\.$completedOn == day.description)
                    same.filter(\.$id > id)
                }
            }
        }
        let fetched = try await query.sort(\.$completedOn, .descending).sort(\.$id).limit(page.limit + 1).all()
        return Page(fetched: fetched, limit: page.limit) { "\($0.completedOn)_\($0.id?.uuidString ?? "")" }
    }

    /// Records that the person with `username` completed a course on `day`. Recording the same completion again
    /// changes nothing and answers the record already kept.
    func record(_ courseID: TrainingCourseID, username: String, completedOn day: String) async throws -> TrainingRecordModel {
        let course = try await course(courseID)
        try await authorizer.require(.recordTraining, in: .organization, on: "no training course with id \(courseID)")
        var problems: [DomainError] = []
        let name = username.trimmingCharacters(in: .whitespaces)
        let person = name.isEmpty ? nil : try await PersonModel.query(on: database).filter(\.$username == name).first()
        if person == nil {
            problems.append(DomainError(
                code: .invalidField, field: "username",
                message: name.isEmpty ? "`username` is required" : "no person has the username `\(name.prefix(60))`"))
        }
        let completed = LocalDay(day.trimmingCharacters(in: .whitespaces))
        if let problem = DayField.problem(in: day, field: "completedOn", notAfter: today) { problems.append(problem) }
        guard problems.isEmpty, let person, let completed else { throw StewardError.invalid(problems) }
        let existing = try await TrainingRecordModel.query(on: database).filter(\.$course.$id == courseID.uuid)
            .filter(\.$person.$id == person.requireID()).filter(\.$completedOn == completed.description).first()
        if let existing {
            existing.$person.value = person
            return existing
        }
        let record = TrainingRecordModel(
            courseID: courseID, personID: try person.requireID(), completedOn: completed, source: .entered,
            recordedBy: authorizer.actor.name)
        try await database.transaction { db in
            try await record.create(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "training.record", objectType: "training-record",
                objectID: try record.requireID().uuidString.lowercased(), zone: .organization,
                summary: "recorded that \(person.displayName) completed \u{201C}\(course.title)\u{201D} on \(completed)",
                change: ["course": courseID.description, "username": person.username, "completedOn": completed.description]))
        }
        record.$person.value = person
        return record
    }

    /// What an import did: completions added, and completions already on record that it left as they were.
    struct ImportSummary: Sendable, Equatable {
        let imported: Int
        let alreadyRecorded: Int
    }

    /// Imports a course's completions from a CSV file (see ``TrainingImport``): all of them, or, when any line
    /// has a problem (an unknown username, a day after today), none, with every problem named by line and column.
    func importRecords(_ courseID: TrainingCourseID, csv: String) async throws -> ImportSummary {
        let course = try await course(courseID)
        try await authorizer.require(.recordTraining, in: .organization, on: "no training course with id \(courseID)")
        let file: TrainingImport
        do { file = try TrainingImport(csv: csv) } catch { throw StewardError.invalid([error.problem.error]) }
        var people: [String: PersonModel] = [:]
        for batch in Set(file.rows.map(\.username)).chunked(500) {
            for person in try await PersonModel.query(on: database).filter(\.$username ~~ batch).all() {
                people[person.username] = person
            }
        }
        var problems = file.problems
        for row in file.rows {
            if people[row.username] == nil {
                problems.append(TrainingImport.Problem(
                    line: row.line, column: file.usernameColumn, "no person has the username `\(row.username.prefix(60))`"))
            }
            if let problem = DayField.problem(in: row.completedOn.description, field: "completed", notAfter: today) {
                problems.append(TrainingImport.Problem(line: row.line, column: file.completedColumn, problem.message))
            }
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems.sorted().prefix(100).map(\.error)) }
        let kept = Set(try await TrainingRecordModel.query(on: database).filter(\.$course.$id == courseID.uuid).all()
            .map { "\($0.$person.id)|\($0.completedOn)" })
        var seen = kept
        var added: [TrainingRecordModel] = []
        for row in file.rows {
            guard let person = people[row.username], let personID = person.id else { continue }
            guard seen.insert("\(personID)|\(row.completedOn)").inserted else { continue }
            added.append(TrainingRecordModel(
                courseID: courseID, personID: personID, completedOn: row.completedOn, source: .imported,
                recordedBy: authorizer.actor.name))
        }
        let summary = ImportSummary(imported: added.count, alreadyRecorded: file.rows.count - added.count)
        try await database.transaction { [added] db in
            for batch in added.chunked(500) { try await batch.create(on: db) }
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "training.import", objectType: "training-course",
                objectID: courseID.description, zone: .organization,
                summary: "imported \(summary.imported) completions of \u{201C}\(course.title)\u{201D}",
                change: ["imported": summary.imported, "alreadyRecorded": summary.alreadyRecorded]))
        }
        return summary
    }

    /// Whether a person is trained to use a tool (or, as a supervisor, to evaluate its use) today.
    func standing(of personID: PersonID, for toolID: AIToolID, as audience: TrainingAudience) async throws -> TrainingStanding {
        let courses = try await courses(for: toolID).map { try $0.domain() }
        let records = try await TrainingRecordModel.query(on: database)
            .filter(\.$course.$id ~~ courses.map(\.id.uuid)).filter(\.$person.$id == personID.uuid).all()
            .map { try $0.domain() }
        return TrainingStanding(courses: courses, records: records, on: today, as: audience)
    }
}

extension Authorizer {
    var training: TrainingService { TrainingService(authorizer: self) }
}
