/// The US federal AI use-case inventory as OMB collected it in 2025 (OMB Memorandum M-25-21): one row per use
/// case, 36 columns named by their short CSV names, multi-select cells written as Python-style lists.
///
/// The consolidated federal file puts `agency` and `agency_name` in front of the 34 columns its data dictionary
/// describes; the order below is the file's.
///
/// ```swift
/// OMB2025.columns.prefix(3)                         // ["agency", "agency_name", "id"]
/// OMB2025.Column.hiPublicConsultation.isList        // true
/// ```
///
/// ## Topics
/// - ``OMB2025Record``
/// - ``OMB2025File``
/// - ``OMB2025ListCell``
public enum OMB2025 {
    /// One column of the federal file; the raw value is its short CSV name.
    public enum Column: String, CaseIterable, Codable, Sendable, Hashable {
        case agency
        case agencyName = "agency_name"
        case id
        case useCaseName = "use_case_name"
        case agencyBureau = "agency_bureau"
        case contactEmail = "contact_email"
        case isWithheld = "is_withheld"
        case developmentStage = "development_stage"
        case isHighImpact = "is_high_impact"
        case hiJustification = "HI_justification"
        case topicArea = "topic_area"
        case classification
        case problemSolved = "problem_solved"
        case benefits
        case systemOutputs = "system_outputs"
        case operationalDate = "operational_date"
        case contractingUsage = "contracting_usage"
        case vendorName = "vendor_name"
        case haveATO = "have_ato"
        case systemNameATO = "system_name_ato"
        case dataDescription = "data_description"
        case linkToData = "link_to_data"
        case hasPII = "has_pii"
        case piaURL = "pia_url"
        case demographicFeatures = "demographic_features"
        case hasCustomCode = "has_custom_code"
        case codeURL = "code_url"
        case hiTestingConducted = "hi_testing_conducted"
        case hiAssessmentCompleted = "hi_assessment_completed"
        case hiPotentialImpacts = "hi_potential_impacts"
        case hiIndependentReview = "hi_independent_review"
        case hiOngoingMonitoring = "hi_ongoing_monitoring"
        case hiTrainingEstablished = "hi_training_established"
        case hiFailsafePresence = "hi_failsafe_presence"
        case hiAppealProcess = "hi_appeal_process"
        case hiPublicConsultation = "hi_public_consultation"

        /// Whether the column is a multi-select question, written as a Python-style list (`[]` when empty).
        public var isList: Bool { self == .demographicFeatures || self == .hiPublicConsultation }

        /// Whether the column holds one of the minimum practices for high-impact AI (M-25-21, Section 4(b)),
        /// asked only of high-impact deployed use cases.
        public var isHighImpactPractice: Bool { rawValue.hasPrefix("hi_") }

        /// The column's place in the federal order, from 0.
        public var position: Int { Self.positions[self] ?? 0 }

        private static let positions = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
    }

    /// The 36 short column names in the federal file's order.
    public static let columns: [String] = Column.allCases.map(\.rawValue)
}
