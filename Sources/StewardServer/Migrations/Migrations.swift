import Fluent
import Vapor

/// Every migration, in the order it runs. Merged migrations are history: never edit one, add another.
enum Migrations {
    static let all: [any Migration] = [
        CreateOrganizations(),
        CreateJobClassifications(),
        CreatePeople(),
        CreateAITools(),
        CreateUseCases(),
        CreateNotes(),
        CreateAuditEvents(),
        SessionRecord.migration,
        AddAuditChains(),
        CreateAuditHeads(),
        CreateAccessRefusals(),
        CreateReviewSteps(),
        AddUseCaseReview(),
        CreateLoginThrottles(),
        CreateServerSecrets(),
        CreateCalendarFeeds(),
        AddNoteSubjects(),
        AddNoticeAnswers(),
        CreateTraining(),
        CreatePilots(),
        CreateDeterminations(),
        CreateBargainingRecords(),
        AddPersonEmails(),
        CreateReminderDigests(),
        CreateReviewTeams(),
        CreateGateway(),
        CreatePolicyAdoptions(),
        AddAccountAdministration(),
        CreateContracts(),
        CreatePrivacyAssessments(),
        CreateStepDocuments(),
        CreateVoice(),
        CreateCommittee(),
        CreateUseAudits(),
        CreateInformationRequests(),
        CreateFederalRecords(),
    ]
}
