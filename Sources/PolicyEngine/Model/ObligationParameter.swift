import StewardCore

/// A parameter an obligation can carry, and how two values of it combine when several rules require the same
/// obligation: the most protective value wins.
public enum ObligationParameter: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Days of notice ahead of a change (`union-notice`); the longer notice wins.
    case days
    /// Length of a pilot in months (`pilot`); the longer pilot wins.
    case months
    /// Months between audits (`audit`, `bias-audit`); the shorter interval wins.
    case everyMonths
    /// Meetings a year of a reviewing committee (`committee-review`); more meetings win.
    case meetingsPerYear
    /// Roles that must approve (`officer-approval`, `phi-written-approval`); all of them are kept.
    case roles
    /// Who sits on a reviewing committee (`committee-review`); all of them are kept.
    case members
    /// What a pilot is evaluated on (`pilot`); all criteria are kept.
    case criteria
    /// What a written determination must state (`written-determination`); all statements are kept.
    case statements
    /// What workers are told (`disclosure-to-workers`); all items are kept.
    case items
    /// What an audit examines (`audit`); all subjects are kept.
    case covers

    /// Whether the parameter is a number or a list of words.
    public var isNumber: Bool {
        switch self {
        case .days, .months, .everyMonths, .meetingsPerYear: true
        case .roles, .members, .criteria, .statements, .items, .covers: false
        }
    }

    /// Of two numbers, the more protective one.
    func moreProtective(_ a: Int, _ b: Int) -> Int {
        self == .everyMonths ? min(a, b) : max(a, b)
    }

    /// Parameters sort in the order they are declared.
    public static func < (lhs: ObligationParameter, rhs: ObligationParameter) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

extension ObligationKind {
    /// The parameters a `require` effect of this kind may give.
    public var parameters: [ObligationParameter] {
        switch self {
        case .officerApproval, .phiWrittenApproval: [.roles]
        case .committeeReview: [.members, .meetingsPerYear]
        case .unionNotice: [.days]
        case .pilot: [.criteria, .months]
        case .writtenDetermination: [.statements]
        case .disclosureToWorkers: [.items]
        case .biasAudit: [.everyMonths]
        case .audit: [.everyMonths, .covers]
        case .legalReview, .privacyImpactAssessment, .hipaaCheck, .decisionalBargaining, .training,
            .supervisorTraining, .humanReview, .disclosureLabel, .recordsRetention, .publicInventory:
            []
        }
    }

    /// The parameters a `require` effect of this kind must give: the numbers an obligation means nothing without.
    public var requiredParameters: [ObligationParameter] {
        switch self {
        case .unionNotice: [.days]
        case .biasAudit, .audit: [.everyMonths]
        default: []
        }
    }
}
