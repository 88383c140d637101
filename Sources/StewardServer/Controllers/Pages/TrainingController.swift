import StewardCore
import Vapor

/// The training pages: a tool's courses, and each course's completions with the forms that record them.
enum TrainingController {
    struct CourseForm: Content {
        var title: String?
        var audience: String?
        var validForMonths: String?
    }

    struct RecordForm: Content {
        var username: String?
        var completedOn: String?
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        try await renderCourses(request, toolID: try request.id("toolID"))
    }

    @Sendable static func addCourse(_ request: Request) async throws -> Response {
        let toolID: AIToolID = try request.id("toolID")
        let form = try request.content.decode(CourseForm.self)
        let draft = TrainingCourseDraft(
            title: form.title ?? "", audience: form.audience ?? "", validForMonths: form.validForMonths ?? "")
        do {
            let course = try await request.authorizer.training.addCourse(to: toolID, draft)
            return request.redirect(to: Paths.trainingCourse.href(try course.requireID()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await renderCourses(request, toolID: toolID, draft: draft, problems: error.problems))
        }
    }

    @Sendable static func course(_ request: Request) async throws -> View {
        try await renderCourse(request, courseID: try request.id("courseID"))
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let courseID: TrainingCourseID = try request.id("courseID")
        let form = try request.content.decode(RecordForm.self)
        do {
            _ = try await request.authorizer.training.record(
                courseID, username: form.username ?? "", completedOn: form.completedOn ?? "")
            return request.redirect(to: Paths.trainingCourse.href(courseID))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let draft = TrainingCourseContext.RecordDraft(
                username: form.username ?? "", completedOn: form.completedOn ?? "", problems: error.problems)
            return try await rerender(request, try await renderCourse(request, courseID: courseID, recordDraft: draft))
        }
    }

    @Sendable static func importFile(_ request: Request) async throws -> Response {
        let courseID: TrainingCourseID = try request.id("courseID")
        let form = try request.content.decode(UploadForm.self)
        do {
            let file = try form.requiredFile("a CSV file")
            let summary = try await request.authorizer.training.importRecords(
                courseID, csv: String(decoding: file.data.readableBytesView, as: UTF8.self))
            return try await renderCourse(
                request, courseID: courseID,
                imported: "Imported \(summary.imported) completions; \(summary.alreadyRecorded) were already on record."
            ).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await renderCourse(request, courseID: courseID, importProblems: error.problems))
        }
    }

    static func renderCourses(
        _ request: Request, toolID: AIToolID, draft: TrainingCourseDraft = TrainingCourseDraft(),
        problems: [DomainError] = []
    ) async throws -> View {
        let authorizer = try request.authorizer
        let tool = try await authorizer.tools.tool(toolID)
        let courses = try await authorizer.training.courses(for: toolID)
        var standing: TrainingStanding?
        if let person = authorizer.actor.person {
            standing = try await authorizer.training.standing(of: person.id, for: toolID, as: .everyone)
        }
        let context = try TrainingCoursesContext(
            request: request, tool: tool, courses: courses, standing: standing, draft: draft, problems: problems)
        return try await request.view.render("training/index", context)
    }

    static func renderCourse(
        _ request: Request, courseID: TrainingCourseID,
        recordDraft: TrainingCourseContext.RecordDraft = .empty, importProblems: [DomainError] = [],
        imported: String = ""
    ) async throws -> View {
        let authorizer = try request.authorizer
        let paging = try PageRequest(request)
        let course = try await authorizer.training.course(courseID)
        let tool = try await authorizer.tools.tool(AIToolID(course.$tool.id))
        let page = try await authorizer.training.records(of: courseID, page: paging)
        let context = try TrainingCourseContext(
            request: request, course: course, tool: tool, page: page, paging: paging, today: authorizer.training.today,
            recordDraft: recordDraft, importProblems: importProblems, imported: imported)
        return try await request.view.render("training/course", context)
    }
}
