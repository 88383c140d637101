import OpenAPIRuntime
import StewardAPI
import StewardCore

extension APIHandler {
    func listTrainingCourses(_ input: Operations.ListTrainingCourses.Input) async throws
        -> Operations.ListTrainingCourses.Output
    {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let page = try await authorizer.training.courses(for: try id(input.path.toolID, of: "tool"), paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map { try .init($0.domain()) })))
    }

    func createTrainingCourse(_ input: Operations.CreateTrainingCourse.Input) async throws
        -> Operations.CreateTrainingCourse.Output
    {
        let body = switch input.body { case .json(let body): body }
        let draft = TrainingCourseDraft(
            title: body.title, audience: body.audience.rawValue, validForMonths: body.validForMonths.map(String.init) ?? "")
        let course = try await authorizer.training.addCourse(to: try id(input.path.toolID, of: "tool"), draft)
        return .created(.init(body: .json(try .init(course.domain()))))
    }

    func listTrainingRecords(_ input: Operations.ListTrainingRecords.Input) async throws
        -> Operations.ListTrainingRecords.Output
    {
        let paging = try PageRequest(limit: input.query.limit.map(String.init), after: input.query.after)
        let training = try authorizer.training
        let courseID: TrainingCourseID = try id(input.path.courseID, of: "training course")
        let course = try await training.course(courseID).domain()
        let page = try await training.records(of: courseID, page: paging)
        try request.linkNextPage(page, limit: paging.limit)
        return .ok(.init(body: .json(try page.items.map { try .init($0, of: course) })))
    }

    func recordTraining(_ input: Operations.RecordTraining.Input) async throws -> Operations.RecordTraining.Output {
        let body = switch input.body { case .json(let body): body }
        let training = try authorizer.training
        let courseID: TrainingCourseID = try id(input.path.courseID, of: "training course")
        let record = try await training.record(courseID, username: body.username, completedOn: body.completedOn)
        return .created(.init(body: .json(try .init(record, of: try await training.course(courseID).domain()))))
    }

    func importTrainingRecords(_ input: Operations.ImportTrainingRecords.Input) async throws
        -> Operations.ImportTrainingRecords.Output
    {
        let body = switch input.body { case .csv(let body): body }
        let csv = try await String(collecting: body, upTo: UploadLimits.trainingFile.value)
        let summary = try await authorizer.training.importRecords(
            try id(input.path.courseID, of: "training course"), csv: csv)
        return .ok(.init(body: .json(.init(imported: summary.imported, alreadyRecorded: summary.alreadyRecorded))))
    }
}

extension Components.Schemas.TrainingCourse {
    init(_ course: TrainingCourse) throws {
        self.init(
            id: course.id.description, toolID: course.toolID.description, title: course.title,
            audience: try Vocabulary.convert(course.audience), validForMonths: course.validForMonths)
    }
}

extension Components.Schemas.TrainingRecord {
    /// A completion with its person loaded.
    init(_ model: TrainingRecordModel, of course: TrainingCourse) throws {
        let record = try model.domain()
        self.init(
            id: record.id.description, courseID: record.courseID.description, personID: record.personID.description,
            personName: model.person.displayName, completedOn: record.completedOn.description,
            validUntil: course.lastValidDay(ofCompletionOn: record.completedOn)?.description,
            source: model.source == .imported ? .imported : .entered)
    }
}
