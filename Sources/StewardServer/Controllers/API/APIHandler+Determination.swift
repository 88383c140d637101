import StewardAPI
import StewardCore

extension APIHandler {
    func getDetermination(_ input: Operations.GetDetermination.Input) async throws -> Operations.GetDetermination.Output {
        let stepID: ReviewStepID = try id(input.path.stepID, of: "review step")
        guard let made = try await authorizer.determinations.determination(on: stepID).determination else {
            throw StewardError.notFound("no written determination is made on review step \(stepID) yet")
        }
        return .ok(.init(body: .json(try .init(made))))
    }

    func makeDetermination(_ input: Operations.MakeDetermination.Input) async throws -> Operations.MakeDetermination.Output {
        let body = switch input.body { case .json(let body): body }
        let draft = DeterminationDraft(
            statements: Set(try body.statements.map { try Vocabulary.convert($0) }), signerName: body.signerName,
            signerTitle: body.signerTitle, signedOn: body.signedOn, contractFile: body.contractFile)
        let made = try await authorizer.determinations.determine(try id(input.path.stepID, of: "review step"), draft)
        return .ok(.init(body: .json(try .init(made))))
    }
}

extension Components.Schemas.Determination {
    init(_ model: DeterminationModel) throws {
        self.init(
            stepID: model.$step.id.uuidString.lowercased(),
            statements: try model.statementSet.map { try Vocabulary.convert($0) }, signerName: model.signerName,
            signerTitle: model.signerTitle, signedOn: model.signedOn, contractFile: model.contractFile,
            recordedBy: model.recordedBy)
    }
}

extension APIHandler {
    func getPrivacyAssessment(_ input: Operations.GetPrivacyAssessment.Input) async throws
        -> Operations.GetPrivacyAssessment.Output
    {
        let made = try await authorizer.privacyAssessments.assessment(on: try id(input.path.stepID, of: "review step"))
        return .ok(.init(body: .json(try .init(made.assessment, healthSection: made.involvesHealthInformation))))
    }

    func assessPrivacy(_ input: Operations.AssessPrivacy.Input) async throws -> Operations.AssessPrivacy.Output {
        let body = switch input.body { case .json(let body): body }
        var answers: [PrivacyQuestion: String] = [:]
        for (key, value) in body.answers.additionalProperties {
            guard let question = PrivacyQuestion(rawValue: key) else {
                throw StewardError.invalid([DomainError(
                    code: .invalidField, field: "answers.\(key.prefix(60))",
                    message: "no such question; ask GET on this path for the questions and their ids")])
            }
            answers[question] = value
        }
        let stepID: ReviewStepID = try id(input.path.stepID, of: "review step")
        let made = try await authorizer.privacyAssessments.assess(
            stepID, PrivacyAssessmentDraft(answers: answers, conclusion: body.conclusion.rawValue, measures: body.measures ?? ""))
        let health = try await authorizer.privacyAssessments.assessment(on: stepID).involvesHealthInformation
        return .ok(.init(body: .json(try .init(made, healthSection: health))))
    }
}

extension Components.Schemas.PrivacyAssessment {
    init(_ assessment: PrivacyAssessmentModel?, healthSection: Bool) throws {
        let answers = assessment?.answerSet ?? [:]
        self.init(
            questions: PrivacyQuestion.asked(involvingHealthInformation: healthSection).map { question in
                .init(id: question.rawValue, text: question.text, health: question.isHealthQuestion, answer: answers[question])
            },
            healthSection: healthSection, conclusion: try assessment.map { try Vocabulary.convert($0.conclusion) },
            measures: assessment?.measures, assessedBy: assessment?.assessedBy, assessedAt: assessment?.assessedAt)
    }
}

extension APIHandler {
    func getDisclosure(_ input: Operations.GetDisclosure.Input) async throws -> Operations.GetDisclosure.Output {
        let made = try await authorizer.disclosures.disclosure(try id(input.path.useCaseID, of: "use case"))
        return .ok(.init(body: .json(.init(made.disclosure, step: made.step))))
    }

    func publishDisclosure(_ input: Operations.PublishDisclosure.Input) async throws -> Operations.PublishDisclosure.Output {
        let id: UseCaseID = try id(input.path.useCaseID, of: "use case")
        _ = try await authorizer.disclosures.publish(id)
        let made = try await authorizer.disclosures.disclosure(id)
        return .ok(.init(body: .json(.init(made.disclosure, step: made.step))))
    }
}

extension Components.Schemas.Disclosure {
    init(_ disclosure: WorkerDisclosure, step: ReviewStepModel?) {
        let published = step?.status == .done
        self.init(
            title: disclosure.title,
            sections: disclosure.sections.map { .init(heading: $0.heading, lines: $0.lines) },
            published: published, text: published ? step?.record : nil)
    }
}
