import Foundation

/// A written determination as it is made: each statement affirmed, the person who signs it with their title, the
/// day, and where it is filed in the official contract file.
///
/// ```swift
/// DeterminationDraft(statements: [.noTrainingLicense]).problems.map(\.field)
/// // ["no-bargaining-unit-work", "signerName", "signerTitle", "signedOn", "contractFile"]
/// ```
public struct DeterminationDraft: Hashable, Sendable {
    public var statements: Set<DeterminationStatement>
    public var signerName: String
    public var signerTitle: String
    public var signedOn: String
    /// The contract and its file reference, such as "Quillworks licence 2026-114, contract file CF-2026-0451".
    public var contractFile: String

    public init(
        statements: Set<DeterminationStatement> = [], signerName: String = "", signerTitle: String = "",
        signedOn: String = "", contractFile: String = ""
    ) {
        self.statements = statements
        self.signerName = signerName
        self.signerTitle = signerTitle
        self.signedOn = signedOn
        self.contractFile = contractFile
    }

    /// Every problem, by field; `today` bounds the day it was signed.
    public func problems(today: LocalDay) -> [DomainError] {
        var problems: [DomainError] = []
        for statement in DeterminationStatement.allCases where !statements.contains(statement) {
            problems.append(DomainError(
                code: .invalidField, field: statement.rawValue,
                message: "the determination must state: \(statement.text) (\(statement.source)); if it cannot, the contract cannot go ahead as it is"))
        }
        problems += InputText.problems([("signerName", signerName), ("signerTitle", signerTitle), ("contractFile", contractFile)])
        for (field, value, what) in [
            ("signerName", signerName, "the name of the person who signs it"),
            ("signerTitle", signerTitle, "their title"),
        ] where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || value.count > 200 {
            problems.append(DomainError(code: .invalidField, field: field, message: "give \(what) (1 to 200 characters)"))
        }
        if let problem = DayField.problem(in: signedOn, field: "signedOn", notAfter: today) { problems.append(problem) }
        let file = contractFile.trimmingCharacters(in: .whitespacesAndNewlines)
        if file.isEmpty || file.count > 500 {
            problems.append(DomainError(
                code: .invalidField, field: "contractFile",
                message: "say which contract it is and where it is filed in the official contract file (1 to 500 characters)"))
        }
        return problems
    }
}
