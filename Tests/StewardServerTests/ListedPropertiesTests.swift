import Fluent
import Foundation
import Testing

@testable import StewardServer

/// Models name their properties for Fluent instead of having them found by reflection on every row.
@Suite("Models' listed properties")
struct ListedPropertiesTests {
    static let models: [any (Model & ListedProperties).Type] = [
        AIToolModel.self, APITokenModel.self, AccessRefusalModel.self, AuditEventModel.self, AuditHeadModel.self,
        BargainingEntryModel.self, BargainingOutcomeModel.self, BargainingUnitModel.self, BiasAuditModel.self,
        BiasAuditGroupModel.self, CalendarFeedModel.self, CommitteeMeetingModel.self, CommitteeAgendaItemModel.self,
        CommitteeDecisionModel.self, CommitteeActionModel.self, ConcernReportModel.self, ContractModel.self,
        DeterminationModel.self, ExposureLabelModel.self, ExposureLabelImportModel.self,
        ClassificationOccupationModel.self, ExposureRatingModel.self, ClassificationPlanModel.self,
        FederalImportModel.self, FederalRecordModel.self, GatewayKeyModel.self, GrievanceModel.self,
        GrievanceStepModel.self, TimeAgreementModel.self, InformationRequestModel.self,
        InformationRequestItemModel.self, InformationFollowUpModel.self, JobClassificationModel.self,
        ClassificationTaskModel.self, LoginFailureModel.self, NoteModel.self, OrganizationModel.self,
        PasswordLinkModel.self, PersonModel.self, PilotModel.self, PilotParticipantModel.self, PilotMetricModel.self,
        PilotSurveyAnswerModel.self, PolicyAdoptionModel.self, PrivacyAssessmentModel.self, ReminderDigestModel.self,
        ReviewStepModel.self, ReviewTeamMemberModel.self, StepDocumentModel.self, ToolTransitionModel.self,
        ToolUpstreamModel.self, TrainingCourseModel.self, TrainingRecordModel.self, UsageEventModel.self,
        UseAuditModel.self, AuditFindingModel.self, UseCaseModel.self,
    ]

    @Test("each model lists exactly the properties it declares, in order")
    func listsMatchDeclarations() {
        for type in Self.models {
            let matches = Self.listsDeclared(type)
            #expect(matches, "\(type)")
        }
    }

    private static func listsDeclared(_ type: (some ListedProperties).Type) -> Bool {
        let model = type.init()
        return PropertyList.matchesDeclared(model.listedProperties, of: model)
    }

    @Test("a list that leaves a property out, names one twice or changes their order does not match")
    func mismatchesAreFound() {
        let sample = Sample()
        #expect(!PropertyList.matchesDeclared([sample.$id], of: sample))
        #expect(!PropertyList.matchesDeclared([sample.$id, sample.$name, sample.$name], of: sample))
        #expect(!PropertyList.matchesDeclared([sample.$name, sample.$id], of: sample))
        #expect(PropertyList.matchesDeclared([sample.$id, sample.$name], of: sample))
    }
}

/// A model no other test checks.
private final class Sample: Model, @unchecked Sendable {
    static let schema = "samples"
    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    init() {}
}
