/// Something an actor can try to do with records of a zone.
public enum Action: String, CaseIterable, Codable, Sendable, Hashable {
    /// View records.
    case read
    /// Submit new records: request a tool, describe a use case.
    case propose
    /// Change the details of existing records.
    case edit
    /// Move an AI tool along its lifecycle (Seed 000: every tool approved by the AI officer).
    case moveLifecycle = "move-lifecycle"
    /// Write the union's private notes.
    case annotate
    /// Browse the audit trail.
    case readAuditTrail = "read-audit-trail"
    /// Complete a review step with its record.
    case completeStep = "complete-step"
    /// Set a review step aside with a reason.
    case waiveStep = "waive-step"
    /// Approve a use case once its steps are done (Seed 000: the AI officer approves every tool before use).
    case approveUse = "approve-use"
    /// Give the union's answer to a notice: acknowledged, or a demand to bargain.
    case answerNotice = "answer-notice"
    /// Set up a tool's training courses and record who completed them (Seed 002, "Training").
    case recordTraining = "record-training"
    /// See who has completed which training; everyone sees their own.
    case readTraining = "read-training"
    /// Answer a pilot's worker survey: its participants do.
    case answerSurvey = "answer-survey"
    /// Sign a pilot's joint evaluation for management or for the union.
    case signEvaluation = "sign-evaluation"
    /// Vote on a use as a member of its review team.
    case castVote = "cast-vote"
    /// Record a bargaining session or a proposal: both sides at the table do.
    case recordBargaining = "record-bargaining"
    /// Set where the AI gateway sends a tool's calls, and with which credential.
    case configureGateway = "configure-gateway"
    /// Call an AI tool through the gateway; each call is then checked against the use's approval and training.
    case callGateway = "call-gateway"
    /// See the gateway's usage summed up by tool, unit and verdict (never one person's calls); everyone sees their own.
    case readUsage = "read-usage"
    /// Adopt policy packs for the organization or for the units a contract covers, and new versions of them.
    case adoptPolicy = "adopt-policy"
    /// Set up the organization: its bargaining units and their contracts.
    case manageOrganization = "manage-organization"
    /// Invite people, change their accounts' details and roles, deactivate and reactivate them.
    case manageAccounts = "manage-accounts"
    /// Issue and revoke one's own API tokens, log in and out.
    case manageOwnCredentials = "manage-own-credentials"
    /// Report a problem with an AI tool, by name or anonymously (Seeds 000 and 003: a channel for concerns).
    case reportConcern = "report-concern"
    /// Read the reports of problems with AI tools.
    case readReports = "read-reports"
    /// Close a report with a word on what was done about it.
    case closeReport = "close-report"
    /// File a grievance and move it on: advance it, withdraw it, take it to arbitration (the union's side).
    case fileGrievance = "file-grievance"
    /// Read grievances about AI, as far as both sides share them.
    case readGrievances = "read-grievances"
    /// Answer a grievance at each step, grant or deny it (the employer's side).
    case answerGrievance = "answer-grievance"
    /// Keep the joint committee's records: schedule meetings, write minutes, record decisions and action items.
    case keepCommitteeRecords = "keep-committee-records"
    /// Rate how exposed a job classification's tasks are to AI and map it to O*NET occupations (Seeds 001 and 003:
    /// map the tasks of each classification that AI could do or assist).
    case rateExposure = "rate-exposure"
}
