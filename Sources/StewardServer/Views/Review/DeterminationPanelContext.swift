import StewardCore
import Vapor

/// A written-determination step's determination on its page, or the form that makes it.
struct DeterminationPanelContext: Encodable {
    struct Form: Encodable {
        let action: String
        let statements: [FormOption]
        /// The statements missing from a refused determination.
        let statementErrors: [String]
        let signerName: String
        let signerTitle: String
        let signedOn: String
        let contractFile: String
        let errors: FieldMessages
        let hasErrors: Bool
    }

    /// The statements made, with their sources; empty until it is made.
    let statements: [String]
    let signedBy: String
    let contractFile: String
    let form: Form?

    init(
        stepID: ReviewStepID, determination: DeterminationModel?, mayMake: Bool, draft: DeterminationDraft?,
        problems: [DomainError]
    ) {
        statements = determination?.statementSet.map { "\($0.text) (\($0.source))" } ?? []
        signedBy = determination.map { "\($0.signerName), \($0.signerTitle), on \($0.signedOn)" } ?? ""
        contractFile = determination?.contractFile ?? ""
        let draft = draft ?? DeterminationDraft()
        form = determination == nil && mayMake
            ? Form(
                action: Paths.stepDetermination.href(stepID),
                statements: DeterminationStatement.allCases.map {
                    FormOption(value: $0.rawValue, label: "\($0.text) (\($0.source))", isChecked: draft.statements.contains($0))
                },
                statementErrors: problems.filter { DeterminationStatement(rawValue: $0.field) != nil }.map(\.message),
                signerName: draft.signerName, signerTitle: draft.signerTitle, signedOn: draft.signedOn,
                contractFile: draft.contractFile, errors: FieldMessages(problems), hasErrors: !problems.isEmpty)
            : nil
    }
}
