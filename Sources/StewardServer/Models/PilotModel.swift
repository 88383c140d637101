import Fluent
import Foundation
import StewardCore

/// A use's pilot: its plan, when it started, and its joint evaluation with each side's signature. One per pilot
/// step. `@unchecked Sendable`: see ``OrganizationModel``.
final class PilotModel: Model, @unchecked Sendable {
    static let schema = "pilots"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    @Field(key: "scope") var scope: String
    /// Days as `YYYY-MM-DD`.
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @OptionalField(key: "started_at") var startedAt: Date?
    @OptionalField(key: "started_by") var startedBy: String?
    /// The evaluation's finding per criterion, as JSON (`{"accuracy": "…"}`); empty until drafted.
    @Field(key: "findings") var findings: String
    @OptionalField(key: "outcome") var outcome: PilotOutcome?
    @OptionalField(key: "extend_to") var extendTo: String?
    @OptionalField(key: "evaluated_by") var evaluatedBy: String?
    @OptionalParent(key: "management_signer_id") var managementSigner: PersonModel?
    @OptionalField(key: "management_signed_at") var managementSignedAt: Date?
    @OptionalParent(key: "union_signer_id") var unionSigner: PersonModel?
    @OptionalField(key: "union_signed_at") var unionSignedAt: Date?
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    var starts: LocalDay? { LocalDay(startsOn) }
    var ends: LocalDay? { LocalDay(endsOn) }
    var isRunning: Bool { startedAt != nil }

    /// The drafted findings by criterion.
    var findingsByCriterion: [PilotCriterion: String] {
        get {
            let object = (try? JSONSerialization.jsonObject(with: Data(findings.utf8))) as? [String: String] ?? [:]
            return Dictionary(uniqueKeysWithValues: object.compactMap { key, value in
                PilotCriterion(rawValue: key).map { ($0, value) }
            })
        }
        set {
            let object = Dictionary(uniqueKeysWithValues: newValue.map { ($0.key.rawValue, $0.value) })
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
            findings = String(decoding: data, as: UTF8.self)
        }
    }

    /// Clears both signatures, as any change to the evaluation must.
    func clearSignatures() {
        $managementSigner.id = nil
        managementSignedAt = nil
        $unionSigner.id = nil
        unionSignedAt = nil
    }
}

/// A person taking part in a pilot. `@unchecked Sendable`: see ``OrganizationModel``.
final class PilotParticipantModel: Model, @unchecked Sendable {
    static let schema = "pilot_participants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "pilot_id") var pilot: PilotModel
    @Parent(key: "person_id") var person: PersonModel

    init() {}

    init(pilotID: UUID, personID: UUID) {
        $pilot.id = pilotID
        $person.id = personID
    }

    /// The use cases whose pilot a person takes part in.
    static func useCases(piloting personID: UUID, on database: any Database) async throws -> Set<UUID> {
        let pilots = try await query(on: database).filter(\.$person.$id == personID)
            .with(\.$pilot) { $0.with(\.$step) }.all()
        return Set(pilots.map { $0.pilot.step.$useCase.id })
    }
}

extension PilotModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $step, $scope, $startsOn, $endsOn, $startedAt, $startedBy, $findings, $outcome, $extendTo, $evaluatedBy,
            $managementSigner, $managementSignedAt, $unionSigner, $unionSignedAt, $createdAt
        ]
    }
}

extension PilotParticipantModel: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $pilot, $person] }
}
