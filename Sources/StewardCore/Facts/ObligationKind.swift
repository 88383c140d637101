/// What a `require` effect obliges an organization to do before or while a use case runs (DESIGN.md,
/// "Obligation kinds"); each cites the seed it comes from.
public enum ObligationKind: String, CaseIterable, Codable, Sendable, Hashable {
    /// The AI officer approves the tool before any use (Seed 000, "Purpose", "AI Auditing").
    case officerApproval = "officer-approval"
    /// Legal counsel reviews privacy law (Seed 000, "AI Auditing").
    case legalReview = "legal-review"
    /// A privacy impact assessment for enterprise-wide tools (Seed 000, "AI Auditing").
    case privacyImpactAssessment = "privacy-impact-assessment"
    /// A HIPAA compliance check where PHI is involved (Seed 000, "AI Auditing").
    case hipaaCheck = "hipaa-check"
    /// The AI officer's written approval before PHI is used (Seed 000, "Protected Health Information").
    case phiWrittenApproval = "phi-written-approval"
    /// Review by a team or joint committee (Seed 000, "Request to use new tools"; Seed 003).
    case committeeReview = "committee-review"
    /// Notice to the union a number of days ahead (Seed 003).
    case unionNotice = "union-notice"
    /// Bargaining over the decision before it is made (Seed 002; Seed 003).
    case decisionalBargaining = "decisional-bargaining"
    /// A pilot with criteria and a duration before wider use (Seed 002).
    case pilot
    /// A written determination filed with the vendor contract (Seed 002).
    case writtenDetermination = "written-determination"
    /// Training for the people who use the tool (Seed 002; Seed 001; Seed 003).
    case training
    /// Training for supervisors before they evaluate members' use (Seed 002).
    case supervisorTraining = "supervisor-training"
    /// A person reviews output before official use (Seed 003).
    case humanReview = "human-review"
    /// AI-generated content is labelled (Seed 003).
    case disclosureLabel = "disclosure-label"
    /// Workers are told what the tool is, what data it collects, how and why (Seed 004).
    case disclosureToWorkers = "disclosure-to-workers"
    /// A bias audit every N months (Seed 000, "Bias Mitigation").
    case biasAudit = "bias-audit"
    /// An audit of effectiveness, fairness and risk every N months (Seed 000, "AI Auditing").
    case audit
    /// Records kept as public-records law requires (Seed 003).
    case recordsRetention = "records-retention"
    /// The use is listed in the public AI inventory (Seed 003: several governments publish an inventory of AI in
    /// use). Added so a policy pack can require the listing rather than leave it implied.
    case publicInventory = "public-inventory"
}
