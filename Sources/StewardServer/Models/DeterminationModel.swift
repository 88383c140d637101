import Fluent
import Foundation
import StewardCore

/// A written determination for a vendor contract, made on its step. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class DeterminationModel: Model, @unchecked Sendable {
    static let schema = "written_determinations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    /// The statements made, by raw value, separated by commas.
    @Field(key: "statements") var statements: String
    @Field(key: "signer_name") var signerName: String
    @Field(key: "signer_title") var signerTitle: String
    @Field(key: "signed_on") var signedOn: String
    @Field(key: "contract_file") var contractFile: String
    @Field(key: "recorded_by") var recordedBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    var statementSet: [DeterminationStatement] {
        DeterminationStatement.allCases.filter { statements.split(separator: ",").map(String.init).contains($0.rawValue) }
    }

    /// The determination in words, as the step's record keeps it.
    var text: String {
        (["Written determination signed by \(signerName), \(signerTitle), on \(signedOn); filed: \(contractFile)."]
            + statementSet.map { "\($0.text) (\($0.source))" }).joined(separator: "\n")
    }
}

extension DeterminationModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $step, $statements, $signerName, $signerTitle, $signedOn, $contractFile, $recordedBy, $createdAt
        ]
    }
}
