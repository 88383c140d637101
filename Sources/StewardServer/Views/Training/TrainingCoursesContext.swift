import StewardCore
import Vapor

/// A tool's training courses, the viewer's own standing, and the form that sets up a course.
struct TrainingCoursesContext: Encodable {
    struct Course: Encodable {
        let title: String
        let href: String
        let audience: String
        let validity: String
    }

    struct CourseForm: Encodable {
        let action: String
        let title: String
        let audiences: [FormOption]
        let validForMonths: String
        let errors: FieldMessages
        let hasErrors: Bool
    }

    let layout: LayoutContext
    let toolName: String
    let toolHref: String
    let courses: [Course]
    /// What stands between the viewer and the tool, in plain words; empty when they are trained.
    let standing: [String]
    let isTrained: Bool
    let form: CourseForm?
    let csrfField: String
    let csrfToken: String

    init(
        request: Request, tool: AIToolModel, courses: [TrainingCourseModel], standing: TrainingStanding?,
        draft: TrainingCourseDraft, problems: [DomainError]
    ) throws {
        layout = LayoutContext(request: request, title: "Training for \(tool.name)")
        toolName = tool.name
        toolHref = Paths.tool.href(try tool.requireID())
        self.courses = try courses.map { course in
            Course(
                title: course.title, href: Paths.trainingCourse.href(try course.requireID()),
                audience: course.audience.title,
                validity: course.validForMonths.map { "renewed every \($0) months" } ?? "does not expire")
        }
        self.standing = standing?.reasons ?? []
        isTrained = standing?.isTrained ?? false
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
        form = request.actor.capabilities.canRecordTraining
            ? CourseForm(
                action: Paths.toolTraining.href(try tool.requireID()), title: draft.title,
                audiences: TrainingAudience.allCases.map {
                    FormOption(value: $0.rawValue, label: $0.title, isChecked: draft.audience == $0.rawValue)
                },
                validForMonths: draft.validForMonths, errors: FieldMessages(problems), hasErrors: !problems.isEmpty)
            : nil
    }
}
