import StewardCore
import Vapor

/// An audit or bias-audit step's record of audits on its page, and the form that records the next one.
struct AuditPanelContext: Encodable {
    struct Finding: Encodable {
        let area: String
        let severity: String
        let text: String
        let followUp: String?
        let owner: String?
        let dueOn: String?
        let done: String?
        let finishAction: String?
    }

    struct Audit: Encodable {
        let auditedOn: String
        let recordedBy: String
        let scope: String
        let evidence: String
        let suspendedUse: Bool
        let findings: [Finding]
    }

    struct Row: Encodable {
        let index: Int
        let area: String
        let title: String
        let text: String
        let severities: [FormOption]
        let followUp: String
        let owner: String
        let dueOn: String
        let textError: String?
        let followUpError: String?
        let ownerError: String?
        let dueError: String?
    }

    struct Form: Encodable {
        let action: String
        let auditedOn: String
        let scope: String
        let evidence: String
        let rows: [Row]
        let maySuspend: Bool
        let problems: [String]
        let errors: FieldMessages
    }

    let next: String
    let audits: [Audit]
    let form: Form?
    /// Bias audits computed from the tool's decision logs, and the form that computes one.
    let bias: BiasAuditPanel

    init(
        request: Request, stepID: ReviewStepID, step: ReviewStepModel, audits: [UseAuditModel], mayRecord: Bool,
        maySuspend: Bool, draft: UseAudit.Draft?, problems: [DomainError], bias: BiasAuditPanel
    ) throws {
        self.bias = bias
        let me = request.actor.person?.id.uuid
        next = step.due.map { "Next due on \(DisplayFormat.date($0))." } ?? "Scheduled once the use is approved."
        self.audits = try audits.map { audit in
            Audit(
                auditedOn: audit.auditedOn, recordedBy: audit.recordedBy, scope: audit.scope, evidence: audit.evidence,
                suspendedUse: audit.suspendedUse,
                findings: try audit.findings.map { finding in
                    let mayFinish = finding.followUp != nil && finding.doneOn == nil && (mayRecord || finding.$owner.id == me)
                    return Finding(
                        area: finding.area.title, severity: finding.severity.title, text: finding.text,
                        followUp: finding.followUp, owner: finding.owner?.displayName, dueOn: finding.dueOn,
                        done: finding.doneOn,
                        finishAction: mayFinish ? Paths.followUpCompletion.href(try finding.requireID().uuidString.lowercased()) : nil)
                })
        }
        guard mayRecord else {
            form = nil
            return
        }
        let draft = draft ?? UseAudit.Draft(findings: UseAudit.Area.allCases.map { .init(area: $0.rawValue, text: "", severity: "none") })
        let errors = FieldMessages(problems)
        form = Form(
            action: Paths.stepAudits.href(stepID), auditedOn: draft.auditedOn, scope: draft.scope, evidence: draft.evidence,
            rows: UseAudit.Area.allCases.enumerated().map { index, area in
                let typed = draft.findings.first { $0.area == area.rawValue } ?? .init(area: area.rawValue, text: "", severity: "none")
                func error(_ field: String) -> String? { errors.messages["findings[\(index)].\(field)"] }
                return Row(
                    index: index, area: area.rawValue, title: area.title, text: typed.text,
                    severities: UseAudit.Severity.allCases.map {
                        FormOption(value: $0.rawValue, label: $0.title, isChecked: typed.severity == $0.rawValue)
                    },
                    followUp: typed.followUp, owner: typed.owner, dueOn: typed.dueOn,
                    textError: error("text") ?? error("area") ?? error("severity"), followUpError: error("followUp"),
                    ownerError: error("owner"), dueError: error("dueOn"))
            },
            maySuspend: maySuspend, problems: problems.map(\.message), errors: errors)
    }
}
