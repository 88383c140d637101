/// What a use case employs a tool for.
///
/// The decision purposes (hiring, promotion, compensation, discipline, evaluation) come from Seed 000
/// ("AI Use in Decision-Making") and Seed 002 (§ on discipline, evaluation and hiring); meeting recording
/// from Seed 000 ("Data Privacy and Security"); voice/likeness and training-data licensing from Seed 002.
public enum Purpose: String, CaseIterable, Codable, Sendable, Hashable {
    case drafting
    case summarizing
    case translation
    case coding
    case dataAnalysis = "data-analysis"
    case contentCreation = "content-creation"
    case publicChatbot = "public-chatbot"
    case recordsProcessing = "records-processing"
    case eligibilityDecision = "eligibility-decision"
    case meetingRecording = "meeting-recording"
    case meetingTranscription = "meeting-transcription"
    case hiring
    case promotion
    case compensation
    case evaluation
    case discipline
    case disputeResolution = "dispute-resolution"
    case scheduling
    case workloadStandards = "workload-standards"
    case workerMonitoring = "worker-monitoring"
    case voiceLikenessSynthesis = "voice-likeness-synthesis"
    case trainingDataLicensing = "training-data-licensing"
    case research
    case other
}
