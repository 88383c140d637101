import PolicyEngine
import StewardCore

extension UseCaseFacts {
    /// Every use case one fact away, worked out on the facts themselves (not on the engine's bits), with the change
    /// that leads to it: an independent oracle for ``Decision/changes``.
    var neighbours: [(fact: Fact, edit: Change.Edit, facts: UseCaseFacts)] {
        Fact.allCases.flatMap { fact -> [(fact: Fact, edit: Change.Edit, facts: UseCaseFacts)] in
            if case .flag(let flag) = fact {
                var edited = self
                edited[flag].toggle()
                return [(fact, .setting(edited[flag] ? "true" : "false"), edited)]
            }
            return fact.allowedValues.compactMap { value in edited(fact, value).map { (fact, $0.edit, $0.facts) } }
        }
    }

    private func edited(_ fact: Fact, _ value: String) -> (edit: Change.Edit, facts: UseCaseFacts)? {
        var edited = self
        func toggle<Value: RawRepresentable<String> & Hashable>(_ set: inout Set<Value>) -> Change.Edit? {
            guard let member = Value(rawValue: value) else { return nil }
            if set.remove(member) != nil { return .removing(value) }
            set.insert(member)
            return .adding(value)
        }
        switch fact {
        case .categories: return toggle(&edited.categories).map { ($0, edited) }
        case .purposes: return toggle(&edited.purposes).map { ($0, edited) }
        case .dataCategories: return toggle(&edited.dataCategories).map { ($0, edited) }
        case .tier: edited.tier = Int(value).flatMap(Tier.init) ?? tier
        case .scope: edited.scope = Scope(rawValue: value) ?? scope
        case .hosting: edited.hosting = Hosting(rawValue: value) ?? hosting
        case .decisionRole: edited.decisionRole = DecisionRole(rawValue: value) ?? decisionRole
        case .flag: return nil
        }
        return edited == self ? nil : (.setting(value), edited)
    }
}
