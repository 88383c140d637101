import StewardCore
import Vapor

/// A privacy-impact-assessment step's questionnaire on its page: the assessment as made, and the form that makes
/// it (again, while the step is open), with the HIPAA section when the use involves health information.
struct PrivacyPanelContext: Encodable {
    struct Question: Encodable {
        let id: String
        let text: String
        let answer: String
        let error: String?
    }

    struct Form: Encodable {
        let action: String
        let questions: [Question]
        let healthQuestions: [Question]
        let conclusions: [FormOption]
        let measures: String
        let errors: FieldMessages
        let hasErrors: Bool
    }

    let isMade: Bool
    let answered: [Question]
    let conclusion: String
    let measures: String
    let assessed: String
    let involvesHealthInformation: Bool
    let form: Form?

    init(
        stepID: ReviewStepID, assessment: PrivacyAssessmentModel?, involvesHealthInformation: Bool, mayAssess: Bool,
        draft: PrivacyAssessmentDraft?, problems: [DomainError]
    ) {
        isMade = assessment != nil
        let made = assessment?.answerSet ?? [:]
        answered = PrivacyQuestion.allCases.compactMap { question in
            made[question].map { Question(id: question.rawValue, text: question.text, answer: $0, error: nil) }
        }
        conclusion = assessment?.conclusion.title ?? ""
        measures = assessment?.measures ?? ""
        assessed = assessment.map { "\($0.assessedBy) on \(DisplayFormat.date($0.assessedAt))" } ?? ""
        self.involvesHealthInformation = involvesHealthInformation
        let draft = draft ?? PrivacyAssessmentDraft(
            answers: made, conclusion: assessment?.conclusion.rawValue ?? "", measures: assessment?.measures ?? "")
        let errors = FieldMessages(problems)
        func question(_ question: PrivacyQuestion) -> Question {
            Question(
                id: question.rawValue, text: question.text, answer: draft.answers[question] ?? "",
                error: errors.messages[question.rawValue])
        }
        let asked = PrivacyQuestion.asked(involvingHealthInformation: involvesHealthInformation)
        form = mayAssess
            ? Form(
                action: Paths.stepPrivacyAssessment.href(stepID),
                questions: asked.filter { !$0.isHealthQuestion }.map(question),
                healthQuestions: asked.filter(\.isHealthQuestion).map(question),
                conclusions: PrivacyConclusion.allCases.map {
                    FormOption(value: $0.rawValue, label: $0.title, isChecked: $0.rawValue == draft.conclusion)
                },
                measures: draft.measures, errors: errors, hasErrors: !problems.isEmpty)
            : nil
    }
}
