/// A question of the privacy impact assessment a use needs before the organization uses a tool across the whole
/// organization (Seed 000, "AI Auditing": the assessment makes sure the tool is HIPAA-compliant when PHI is
/// included). The health questions are asked only of a use that involves health information.
public enum PrivacyQuestion: String, CaseIterable, Codable, Sendable, Hashable {
    case dataReceived = "data-received"
    case purpose
    case retention
    case access
    case vendorUse = "vendor-use"
    case peopleInformed = "people-informed"
    case risks
    case businessAssociate = "business-associate"
    case minimumNecessary = "minimum-necessary"
    case safeguards
    case breach

    /// The question as the form asks it.
    public var text: String {
        switch self {
        case .dataReceived: "What personal information will the tool receive, about whom, and from where?"
        case .purpose: "What is each kind of information used for? Is anything collected that the purpose does not need?"
        case .retention: "Where is the information kept, for how long, and how is it deleted?"
        case .access: "Who can see the information, here and at the vendor?"
        case .vendorUse: "Does the vendor use the information for anything else, such as training its models?"
        case .peopleInformed: "How are the people concerned told, and how can they see or correct what is held about them?"
        case .risks: "What could go wrong for the people concerned, and what lessens each risk?"
        case .businessAssociate: "Which business associate agreement covers the vendor, and when was it signed?"
        case .minimumNecessary: "How is the health information limited to the least the use needs?"
        case .safeguards: "Which safeguards protect the health information: encryption, access control, audit logs?"
        case .breach: "How would a breach of health information be noticed and reported, to whom and how fast?"
        }
    }

    /// Whether the question belongs to the HIPAA section.
    public var isHealthQuestion: Bool {
        switch self {
        case .businessAssociate, .minimumNecessary, .safeguards, .breach: true
        default: false
        }
    }

    /// The questions a use must answer: the HIPAA section too when it involves health information.
    public static func asked(involvingHealthInformation: Bool) -> [PrivacyQuestion] {
        allCases.filter { involvingHealthInformation || !$0.isHealthQuestion }
    }
}

/// What the assessment concludes.
public enum PrivacyConclusion: String, CaseIterable, Codable, Sendable, Hashable {
    case acceptable
    /// Acceptable once the measures the assessment names are in place.
    case acceptableWithMeasures = "acceptable-with-measures"
    /// The risks are not acceptable: the step stays open and the use cannot be approved as it stands.
    case notAcceptable = "not-acceptable"

    public var title: String {
        switch self {
        case .acceptable: "The risks are acceptable"
        case .acceptableWithMeasures: "Acceptable once the measures below are in place"
        case .notAcceptable: "The risks are not acceptable"
        }
    }

    /// Whether the conclusion completes the assessment's step.
    public var completesStep: Bool { self != .notAcceptable }
}

/// A privacy impact assessment as its author fills it in: an answer to each question, a conclusion and the
/// measures it relies on.
public struct PrivacyAssessmentDraft: Hashable, Sendable {
    public var answers: [PrivacyQuestion: String]
    public var conclusion: String
    public var measures: String

    public init(answers: [PrivacyQuestion: String] = [:], conclusion: String = "", measures: String = "") {
        self.answers = answers
        self.conclusion = conclusion
        self.measures = measures
    }

    /// Every problem, by field (the question's id, `conclusion`, `measures`).
    public func problems(involvingHealthInformation: Bool) -> [DomainError] {
        var problems: [DomainError] = []
        for question in PrivacyQuestion.asked(involvingHealthInformation: involvingHealthInformation) {
            let answer = (answers[question] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if answer.isEmpty {
                problems.append(DomainError(code: .invalidField, field: question.rawValue, message: "answer: \(question.text)"))
            } else if answer.count > 4000 {
                problems.append(DomainError(
                    code: .invalidField, field: question.rawValue, message: "keep the answer within 4,000 characters"))
            }
        }
        let conclusion = PrivacyConclusion(rawValue: self.conclusion)
        if conclusion == nil {
            problems.append(DomainError(
                code: .invalidField, field: "conclusion",
                message: "choose " + PrivacyConclusion.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let measures = self.measures.trimmingCharacters(in: .whitespacesAndNewlines)
        if conclusion == .acceptableWithMeasures, measures.isEmpty {
            problems.append(DomainError(code: .invalidField, field: "measures", message: "name the measures the use relies on"))
        } else if measures.count > 4000 {
            problems.append(DomainError(code: .invalidField, field: "measures", message: "keep the measures within 4,000 characters"))
        }
        return problems
    }
}
