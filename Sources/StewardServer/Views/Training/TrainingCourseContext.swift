import StewardCore
import Vapor

/// One course's completions, newest first, with the forms that record one and import a file of them.
struct TrainingCourseContext: Encodable {
    /// The record form's input and problems after a refusal.
    struct RecordDraft: Encodable {
        let username: String
        let completedOn: String
        let problems: [DomainError]

        static let empty = RecordDraft(username: "", completedOn: "", problems: [])

        enum CodingKeys: CodingKey { case username, completedOn }
    }

    struct Completion: Encodable {
        let person: String
        let completedOn: String
        let validUntil: String
        let isExpired: Bool
        let source: String
    }

    let layout: LayoutContext
    let title: String
    let toolName: String
    let trainingHref: String
    let audience: String
    let validity: String
    /// Whether the viewer sees everyone's completions or only their own.
    let showsEveryone: Bool
    let completions: [Completion]
    let nextHref: String?
    let mayRecord: Bool
    let recordAction: String
    let importAction: String
    let draft: RecordDraft
    let errors: FieldMessages
    let importProblems: [String]
    let imported: String
    let today: String
    let csrfField: String
    let csrfToken: String

    init(
        request: Request, course: TrainingCourseModel, tool: AIToolModel, page: Page<TrainingRecordModel>,
        paging: PageRequest, today: LocalDay, recordDraft: RecordDraft, importProblems: [DomainError],
        imported: String
    ) throws {
        let domain = try course.domain()
        layout = LayoutContext(request: request, title: course.title)
        title = course.title
        toolName = tool.name
        trainingHref = Paths.toolTraining.href(try tool.requireID())
        audience = course.audience.title
        validity = course.validForMonths.map { "A completion counts for \($0) months." } ?? "A completion does not expire."
        let capabilities = request.actor.capabilities
        showsEveryone = capabilities.canReadTraining
        completions = try page.items.map { record in
            let last = domain.lastValidDay(ofCompletionOn: try record.domain().completedOn)
            return Completion(
                person: record.person.displayName, completedOn: record.completedOn,
                validUntil: last?.description ?? "no expiry", isExpired: last.map { $0 < today } ?? false,
                source: record.source == .imported ? "imported by \(record.recordedBy)" : "entered by \(record.recordedBy)")
        }
        nextHref = page.nextHref(from: request.url, limit: paging.limit)
        mayRecord = capabilities.canRecordTraining
        let id = try course.requireID()
        recordAction = Paths.trainingRecords.href(id)
        importAction = Paths.trainingImport.href(id)
        draft = recordDraft
        errors = FieldMessages(recordDraft.problems)
        self.importProblems = importProblems.map(\.message)
        self.imported = imported
        self.today = today.description
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
    }
}
