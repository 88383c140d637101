import Foundation

/// A change to a grievance's time limits that one side proposes and the other agrees to: more days for the current
/// step, or holding the grievance in abeyance, which stops its clock until it resumes (issue 11: "extensions agreed
/// by both sides, tolling while held in abeyance, each recorded"). Only an agreed change moves a deadline.
public enum TimeAgreement: Hashable, Sendable {
    /// More days for the step, counted as the contract counts its time limits.
    case extensionDays(Int)
    /// The clock stands still from `from` until `until` (the day it runs again), or until both sides resume it.
    case abeyance(from: LocalDay, until: LocalDay?)

    /// The word the records and the API use for the kind of change.
    public var kind: String {
        switch self {
        case .extensionDays: "extension"
        case .abeyance: "abeyance"
        }
    }

    /// A proposal as typed into a form or an API body.
    public struct Draft: Hashable, Sendable {
        /// `extension` or `abeyance`.
        public var kind: String
        public var days: String
        public var from: String
        public var until: String
        public var reason: String

        public init(kind: String = "", days: String = "", from: String = "", until: String = "", reason: String = "") {
            self.kind = kind
            self.days = days
            self.from = from
            self.until = until
            self.reason = reason
        }

        /// The change and its reason, or nil with every problem added to `problems`. An abeyance starts on a day
        /// that has come; it may end later than today, when both sides fix the day it resumes in advance.
        public func checked(today: LocalDay, problems: inout [DomainError]) -> (change: TimeAgreement, reason: String)? {
            let before = problems.count
            let reason = InputText.bounded(
                self.reason, field: "reason", limit: 2_000, what: "say why the sides agree to it", &problems)
            var change: TimeAgreement?
            switch kind.trimmingCharacters(in: .whitespaces).lowercased() {
            case "extension":
                if let days = Int(days.trimmingCharacters(in: .whitespaces)), (1...365).contains(days) {
                    change = .extensionDays(days)
                } else {
                    problems.append(DomainError(
                        code: .invalidField, field: "days", message: "`\(days.prefix(20))` is not an extension; give 1 to 365 days"))
                }
            case "abeyance":
                let fromText = from.trimmingCharacters(in: .whitespaces)
                let untilText = until.trimmingCharacters(in: .whitespaces)
                if let problem = DayField.problem(in: fromText, field: "from", notAfter: today) { problems.append(problem) }
                if !untilText.isEmpty, let problem = DayField.problem(in: untilText, field: "until") {
                    problems.append(problem)
                }
                if let start = LocalDay(fromText), start <= today {
                    let end = LocalDay(untilText)
                    if let end, end <= start {
                        problems.append(DomainError(
                            code: .invalidField, field: "until", message: "the grievance resumes (\(end)) before its abeyance begins (\(start))"))
                    } else if untilText.isEmpty || end != nil {
                        change = .abeyance(from: start, until: end)
                    }
                }
            default:
                problems.append(DomainError(
                    code: .invalidField, field: "kind", message: "`\(kind.prefix(20))` is not a change of time limits; choose extension or abeyance"))
            }
            guard problems.count == before, let change, let reason else { return nil }
            return (change, reason)
        }
    }
}
