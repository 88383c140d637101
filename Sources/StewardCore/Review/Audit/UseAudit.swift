import Foundation

/// An audit of a use in service: what it covered, the evidence looked at, and its findings on effectiveness,
/// fairness and risk, each with a severity and the follow-up it needs (Seed 000: AI is "regularly audited" for
/// effectiveness, fairness and risk; Seed 003: regular audits for bias). Audits recur on the schedule the use's
/// decision set, the shortest interval among the adopted packs.
public enum UseAudit {
    /// What a finding is about.
    public enum Area: String, Codable, Sendable, CaseIterable {
        case effectiveness
        case fairness
        case risk

        public var title: String {
            switch self {
            case .effectiveness: "Effectiveness"
            case .fairness: "Fairness"
            case .risk: "Risk"
            }
        }
    }

    /// How serious a finding is.
    public enum Severity: String, Codable, Sendable, CaseIterable {
        case none
        case low
        case medium
        case high

        public var title: String {
            switch self {
            case .none: "No concern"
            case .low: "Low"
            case .medium: "Medium"
            case .high: "High"
            }
        }
    }

    /// One finding as typed: its area, text, severity, and the follow-up with its owner's username and due day.
    public struct FindingDraft: Hashable, Sendable {
        public var area: String
        public var text: String
        public var severity: String
        public var followUp: String
        public var owner: String
        public var dueOn: String

        public init(area: String, text: String, severity: String, followUp: String = "", owner: String = "", dueOn: String = "") {
            self.area = area
            self.text = text
            self.severity = severity
            self.followUp = followUp
            self.owner = owner
            self.dueOn = dueOn
        }
    }

    /// A finding, checked.
    public struct Finding: Hashable, Sendable {
        public let area: Area
        public let text: String
        public let severity: Severity
        /// What is to be done, by whom (a username) and by when; nil when the finding needs nothing done.
        public let followUp: (text: String, owner: String, dueOn: LocalDay)?

        public static func == (lhs: Finding, rhs: Finding) -> Bool {
            lhs.area == rhs.area && lhs.text == rhs.text && lhs.severity == rhs.severity
                && lhs.followUp?.text == rhs.followUp?.text && lhs.followUp?.owner == rhs.followUp?.owner
                && lhs.followUp?.dueOn == rhs.followUp?.dueOn
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(area)
            hasher.combine(text)
            hasher.combine(severity)
            hasher.combine(followUp?.text)
        }
    }

    /// An audit as typed.
    public struct Draft: Hashable, Sendable {
        public var auditedOn: String
        public var scope: String
        public var evidence: String
        public var findings: [FindingDraft]

        public init(auditedOn: String = "", scope: String = "", evidence: String = "", findings: [FindingDraft] = []) {
            self.auditedOn = auditedOn
            self.scope = scope
            self.evidence = evidence
            self.findings = findings
        }

        /// The audit's day, scope, evidence and findings, or nil with every problem, each finding's named
        /// `findings[i].field`. An audit is recorded once done, so its day is today or before; a finding with a
        /// severity above "no concern" needs a follow-up, and a follow-up an owner and a day.
        public func checked(today: LocalDay, problems: inout [DomainError]) -> (LocalDay, String, String, [Finding])? {
            let before = problems.count
            let dayText = auditedOn.trimmingCharacters(in: .whitespaces)
            var day = today
            if !dayText.isEmpty {
                if let problem = DayField.problem(in: dayText, field: "auditedOn", notAfter: today) {
                    problems.append(problem)
                } else if let parsed = LocalDay(dayText) {
                    day = parsed
                }
            }
            let scope = InputText.bounded(self.scope, field: "scope", limit: 5_000, what: "say what the audit covered", &problems)
            let evidence = InputText.bounded(
                self.evidence, field: "evidence", limit: 10_000, what: "list the evidence looked at", &problems)
            var findings: [Finding] = []
            for (index, draft) in self.findings.enumerated() {
                let field = "findings[\(index)]"
                if draft.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }
                guard let area = Area(rawValue: draft.area) else {
                    problems.append(DomainError(code: .invalidField, field: "\(field).area", message: "choose effectiveness, fairness or risk"))
                    continue
                }
                guard let severity = Severity(rawValue: draft.severity) else {
                    problems.append(DomainError(
                        code: .invalidField, field: "\(field).severity", message: "choose none, low, medium or high"))
                    continue
                }
                guard let text = InputText.bounded(draft.text, field: "\(field).text", limit: 5_000, what: "state the finding", &problems)
                else { continue }
                let followUpText = draft.followUp.trimmingCharacters(in: .whitespacesAndNewlines)
                if followUpText.isEmpty {
                    if severity != .none {
                        problems.append(DomainError(
                            code: .invalidField, field: "\(field).followUp",
                            message: "a \(severity.rawValue) finding on \(area.rawValue) needs a follow-up: say what is to be done"))
                    }
                    findings.append(Finding(area: area, text: text, severity: severity, followUp: nil))
                    continue
                }
                let owner = draft.owner.trimmingCharacters(in: .whitespaces)
                if owner.isEmpty {
                    problems.append(DomainError(code: .invalidField, field: "\(field).owner", message: "name who does the follow-up"))
                }
                guard let due = LocalDay(draft.dueOn.trimmingCharacters(in: .whitespaces)), due >= today else {
                    problems.append(DomainError(
                        code: .invalidField, field: "\(field).dueOn", message: "give the follow-up's due day, from today (\(today)) on, as YYYY-MM-DD"))
                    continue
                }
                findings.append(Finding(area: area, text: text, severity: severity, followUp: (followUpText, owner, due)))
            }
            guard problems.count == before, let scope, let evidence else { return nil }
            return (day, scope, evidence, findings)
        }
    }
}
