extension ObligationKind {
    /// What the step or condition is, in plain words for its page.
    public var title: String {
        switch self {
        case .officerApproval: "AI officer's written approval"
        case .legalReview: "Legal review of privacy law"
        case .privacyImpactAssessment: "Privacy impact assessment"
        case .hipaaCheck: "HIPAA check"
        case .phiWrittenApproval: "Written approval to use health information"
        case .committeeReview: "Review team or joint committee review"
        case .unionNotice: "Notice to the union"
        case .decisionalBargaining: "Bargaining over the decision"
        case .pilot: "Pilot and joint evaluation"
        case .writtenDetermination: "Written determination filed with the vendor contract"
        case .training: "Training for the people who use it"
        case .supervisorTraining: "Training for supervisors"
        case .humanReview: "A person reviews output before it is used"
        case .disclosureLabel: "AI-generated content is labelled"
        case .disclosureToWorkers: "Disclosure to workers"
        case .biasAudit: "Bias audit"
        case .audit: "Audit of effectiveness, fairness and risk"
        case .recordsRetention: "Records kept as the law requires"
        case .publicInventory: "Listed in the public AI inventory"
        }
    }
}
