/// The short values the federal CSV writes for the closed questions Steward answers or reads. Each raw value is the
/// data dictionary's short form of one valid selection (its `short_hand_recodings`).
extension OMB2025 {
    /// The use case's stage of development (`development_stage`).
    public enum DevelopmentStage: String, CaseIterable, Codable, Sendable, Hashable {
        /// In development or acquisition.
        case preDeployment = "Pre-deployment"
        /// Deployed in a limited test or pilot capacity.
        case pilot = "Pilot"
        /// Authorized or used to support the agency's functions or mission.
        case deployed = "Deployed"
        /// Reported before, and since discontinued.
        case retired = "Retired"

        /// The stage of a use in Steward's review, or nil when the use has no federal stage.
        ///
        /// - A use being reviewed (`submitted`, `in-review`) is in development or acquisition: pre-deployment.
        /// - A use in pilot is a pilot; an approved use is deployed.
        /// - A denied or prohibited use never ran, and a suspended one is neither in use nor discontinued for good:
        ///   none of them has a federal stage, so the caller decides whether and how to report them.
        public init?(_ status: ReviewStatus) {
            switch status {
            case .submitted, .inReview: self = .preDeployment
            case .inPilot: self = .pilot
            case .approved: self = .deployed
            case .denied, .prohibited, .suspended: return nil
            }
        }

        /// Whether the use runs, in a pilot or deployed: the stages most questions about the system apply to.
        public var isRunning: Bool { self == .pilot || self == .deployed }
    }

    /// Whether the use case is high-impact as Section 5 of the appendix to M-25-21 defines it (`is_high_impact`).
    public enum HighImpact: String, CaseIterable, Codable, Sendable, Hashable {
        case highImpact = "High-impact"
        /// Presumed high-impact by its category, and determined not to be, with a justification.
        case presumedButNot = "Presumed High-Impact, but Not High-impact"
        case notHighImpact = "Not High-impact"
    }

    /// The topic area that most closely aligns with the use case (`topic_area`).
    public enum TopicArea: String, CaseIterable, Codable, Sendable, Hashable {
        case administrativeFunctions = "Admin Functions"
        case cybersecurity = "Cybersecurity"
        case emergencyManagement = "Emergency Mgmt"
        case energyAndEnvironment = "Energy and Environment"
        case benefitsProcessing = "Benefits Processing"
        case healthAndMedical = "Health and Medical"
        case humanResources = "HR"
        case informationTechnology = "IT"
        case internationalAffairs = "International Affairs"
        case lawEnforcement = "Law Enforcement"
        case other = "Other"
        case procurementAndFinance = "Procurement and Finance Mgmt"
        case science = "Science"
        case serviceDelivery = "Service Delivery"
        case transportation = "Transportation"
    }

    /// The kind of AI technology that most closely aligns with the use case (`classification`).
    public enum Classification: String, CaseIterable, Codable, Sendable, Hashable {
        case agentic = "Agentic AI"
        case classicalML = "Classical ML"
        case computerVision = "Computer Vision"
        case generative = "Generative AI"
        case nlp = "NLP"
        case reinforcementLearning = "Reinforcement Learning"
    }

    /// Whether the system was bought from a vendor, built in-house, or both (`contracting_usage`).
    public enum ContractingUsage: String, CaseIterable, Codable, Sendable, Hashable {
        case vendorPurchased = "Vendor Purchased"
        case inHouse = "In-house Development"
        case contractingAndInHouse = "Contracting and In House"

        /// Whether a vendor took part, so that `vendor_name` is asked.
        public var involvesVendor: Bool { self != .inHouse }
    }

    /// The answer to a yes-or-no question (`have_ato`, `has_pii`, `has_custom_code`).
    public enum YesNo: String, CaseIterable, Codable, Sendable, Hashable {
        case yes = "Yes"
        case no = "No"
    }
}
