/// Plain-language labels for the vocabulary, so that forms ask questions a worker understands and pages read well.
extension Purpose {
    public var label: String {
        switch self {
        case .drafting: "Drafting letters, notices or documents"
        case .summarizing: "Summarizing documents or cases"
        case .translation: "Translating"
        case .coding: "Writing software"
        case .dataAnalysis: "Analysing data"
        case .contentCreation: "Creating images, audio or other content"
        case .publicChatbot: "Answering the public in a chat"
        case .recordsProcessing: "Processing records"
        case .eligibilityDecision: "Deciding who is eligible for services or benefits"
        case .meetingRecording: "Recording meetings"
        case .meetingTranscription: "Transcribing meetings"
        case .hiring: "Hiring"
        case .promotion: "Promotion"
        case .compensation: "Pay"
        case .evaluation: "Evaluating workers' performance"
        case .discipline: "Discipline"
        case .disputeResolution: "Resolving disputes or grievances"
        case .scheduling: "Scheduling shifts or work"
        case .workloadStandards: "Setting workloads or productivity standards"
        case .workerMonitoring: "Monitoring workers"
        case .voiceLikenessSynthesis: "Imitating a person's voice or likeness"
        case .trainingDataLicensing: "Selling or licensing work to train AI"
        case .research: "Research"
        case .other: "Something else"
        }
    }
}

extension DataCategory {
    public var label: String {
        switch self {
        case .public: "Public information"
        case .internal: "Internal, non-sensitive information"
        case .confidential: "Confidential business information"
        case .personal: "Personal information about people"
        case .phi: "Health information (PHI)"
        case .memberRecords: "Union member records"
        case .employeeRecords: "Employee or personnel records"
        case .bargainingStrategy: "Bargaining strategy"
        case .biometric: "Biometric data (faces, voices, fingerprints)"
        }
    }
}

extension ToolCategory {
    public var label: String {
        switch self {
        case .machineLearning: "Machine learning"
        case .deepLearning: "Deep learning"
        case .nlp: "Natural language processing"
        case .computerVision: "Computer vision"
        case .rpa: "Robotic process automation"
        case .generative: "Generative AI"
        case .agentic: "Agentic AI (acts on its own)"
        case .analytics: "AI-powered analytics"
        }
    }
}

extension Hosting {
    public var label: String {
        switch self {
        case .onPremises: "On our own servers"
        case .privateCloud: "A private cloud for us alone"
        case .publicCloud: "The vendor's public cloud"
        }
    }
}

extension Scope {
    public var label: String {
        switch self {
        case .individual: "One person"
        case .department: "One department or team"
        case .enterprise: "The whole organization"
        }
    }
}

extension DecisionRole {
    public var label: String {
        switch self {
        case .none: "No, it makes no decisions about people"
        case .advisory: "It suggests; a person decides"
        case .determinative: "It decides on its own"
        }
    }
}

extension Tier {
    public var label: String {
        switch self {
        case .drafting: "Staff only, as a draft or internal help"
        case .publicFacing: "Members of the public see or use it"
        case .decisions: "It informs analysis or decisions about people or services"
        }
    }
}

extension BooleanFact {
    /// The yes-or-no question a form asks for this fact.
    public var question: String {
        switch self {
        case .vendorTrainsOnInputs: "Does the vendor train its AI on what we send it?"
        case .vendorContract: "Is there a contract with the vendor for this use?"
        case .hipaaBAA: "Has the vendor signed a HIPAA business associate agreement?"
        case .performsUnitWork: "Will it do work that members of the bargaining unit do now?"
        case .affectsWorkingConditions: "Will it change workloads, schedules, deadlines or other working conditions?"
        case .publicFacing: "Will members of the public use it or talk to it?"
        case .outputPublished: "Will what it produces be published?"
        case .humanReview: "Will a person check what it produces before it is used?"
        case .monitorsWorkers: "Does it watch or measure how workers do their jobs?"
        case .licensesMemberWork: "Would it use or license members' work, voice or likeness?"
        case .useRequired: "Will staff be required to use it?"
        case .eliminatesPositions: "Could it replace positions?"
        }
    }
}
