import StewardCore

extension Obligation {
    /// What must be done, in a sentence with its parameters: "Tell the union at least 30 days before it starts."
    public var sentence: String {
        func list(_ parameter: ObligationParameter) -> String? {
            guard case .list(let items)? = parameters[parameter], !items.isEmpty else { return nil }
            // Roles are named as people read them: "AI officer", not `ai-officer`.
            return items.map { Role(rawValue: $0)?.title ?? $0 }.joined(separator: ", ")
        }
        func number(_ parameter: ObligationParameter) -> Int? {
            guard case .number(let value)? = parameters[parameter] else { return nil }
            return value
        }
        switch kind {
        case .officerApproval:
            return "The AI officer approves it in writing" + (list(.roles).map { ", with the approval of: \($0)" } ?? "") + "."
        case .legalReview: return "Legal counsel reviews it against privacy law before it starts."
        case .privacyImpactAssessment: return "A privacy impact assessment is done before it starts."
        case .hipaaCheck: return "Its handling of health information is checked against HIPAA before it starts."
        case .phiWrittenApproval:
            return "Health information goes into it only with written approval"
                + (list(.roles).map { " from: \($0)" } ?? "") + "."
        case .committeeReview:
            var text = "A review team or the joint committee reviews it"
            if let members = list(.members) { text += ", with members from: \(members)" }
            if let meetings = number(.meetingsPerYear) { text += ", meeting at least \(meetings) times a year" }
            return text + "."
        case .unionNotice:
            return "Tell the union" + (number(.days).map { " at least \($0) days" } ?? "") + " before it starts."
        case .decisionalBargaining: return "Bargain with the union over the decision to use it, before it starts."
        case .pilot:
            var text = "Run a pilot first" + (number(.months).map { " of at least \($0) months" } ?? "")
            if let criteria = list(.criteria) { text += ", evaluated jointly on: \(criteria)" }
            return text + "."
        case .writtenDetermination:
            return "File a written determination with the vendor contract"
                + (list(.statements).map { ", stating: \($0)" } ?? "") + "."
        case .training: return "Train the people who use it before they do."
        case .supervisorTraining: return "Train the supervisors of the people who use it."
        case .humanReview: return "A person reviews what it produces before it is used."
        case .disclosureLabel: return "Label what it generates as made with AI."
        case .disclosureToWorkers: return "Tell workers" + (list(.items).map { ": \($0)" } ?? " about it") + "."
        case .biasAudit:
            return "Audit it for bias" + (number(.everyMonths).map { " at least every \($0) months" } ?? "") + "."
        case .audit:
            var text = "Audit it" + (number(.everyMonths).map { " at least every \($0) months" } ?? "")
            if let covers = list(.covers) { text += ", covering: \(covers)" }
            return text + "."
        case .recordsRetention: return "Keep its records as the law requires."
        case .publicInventory: return "List it in the public AI inventory."
        }
    }
}

extension Change {
    /// The change and the outcome it leads to, in words a worker reads: "Without “Health information (PHI)” in
    /// the data it uses: allowed once its obligations are met."
    public var sentence: String {
        let result = switch outcome {
        case .allowed: "allowed"
        case .conditional: "allowed once its obligations are met"
        case .prohibited: "prohibited"
        }
        return "\(plainEdit): \(result)."
    }

    /// The change alone, with the vocabulary's labels.
    public var plainEdit: String {
        switch edit {
        case .adding(let value): "With “\(Self.label(value, of: fact))” added to \(Self.noun(of: fact))"
        case .removing(let value): "Without “\(Self.label(value, of: fact))” in \(Self.noun(of: fact))"
        case .setting(let value):
            if case .flag(let flag) = fact {
                "If the answer to “\(flag.question)” were " + (value == "true" ? "yes" : "no")
            } else {
                "With “\(Self.label(value, of: fact))” as \(Self.noun(of: fact))"
            }
        }
    }

    private static func noun(of fact: Fact) -> String {
        switch fact {
        case .purposes: "what it is used for"
        case .dataCategories: "the data it uses"
        case .categories: "the kinds of AI it is"
        case .tier: "who it reaches"
        case .scope: "how widely it is used"
        case .hosting: "where it runs"
        case .decisionRole: "its part in decisions"
        default: "`\(fact.rawValue)`"
        }
    }

    private static func label(_ value: String, of fact: Fact) -> String {
        switch fact {
        case .purposes: Purpose(rawValue: value)?.label ?? value
        case .dataCategories: DataCategory(rawValue: value)?.label ?? value
        case .categories: ToolCategory(rawValue: value)?.label ?? value
        case .tier: Int(value).flatMap(Tier.init(rawValue:))?.label ?? value
        case .scope: Scope(rawValue: value)?.label ?? value
        case .hosting: Hosting(rawValue: value)?.label ?? value
        case .decisionRole: DecisionRole(rawValue: value)?.label ?? value
        default: value
        }
    }
}
