import StewardCore
import Vapor

/// The use-case form as posted: plain answers that map onto the fact vocabulary.
struct UseCaseForm: Content {
    var unitID: String?
    var title: String?
    var description: String?
    var purposes: [String]?
    var dataCategories: [String]?
    var tier: String?
    var scope: String?
    var decisionRole: String?
    /// The yes-or-no questions answered yes, by fact name.
    var flags: [String]?

    /// The answers of an existing use, to edit.
    init(_ useCase: UseCase) {
        unitID = useCase.unitID.description
        title = useCase.title
        description = useCase.description
        purposes = useCase.purposes.map(\.rawValue)
        dataCategories = useCase.dataCategories.map(\.rawValue)
        tier = String(useCase.tier.rawValue)
        scope = useCase.scope.rawValue
        decisionRole = useCase.decisionRole.rawValue
        flags = useCase.flags.subtracting(UseCase.toolFlags).map(\.rawValue)
    }

    init() {}

    /// The draft the answers describe, or every problem with them.
    func draft() -> Result<UseCaseDraft, StewardError> {
        var problems: [DomainError] = []
        let unit = unitID.flatMap(BargainingUnitID.init)
        if unit == nil {
            problems.append(DomainError(code: .invalidField, field: "unitID", message: "choose the bargaining unit"))
        }
        let purposes = FormValues.parse(self.purposes ?? [], as: Purpose.self, fact: .purposes, into: &problems)
        let data = FormValues.parse(dataCategories ?? [], as: DataCategory.self, fact: .dataCategories, into: &problems)
        let tier = FormValues.parseOne(tier, as: TierChoice.self, fact: .tier, into: &problems)
        let scope = FormValues.parseOne(scope, as: Scope.self, fact: .scope, into: &problems)
        let role = FormValues.parseOne(decisionRole, as: DecisionRole.self, fact: .decisionRole, into: &problems)
        var flags: Set<BooleanFact> = []
        for name in self.flags ?? [] {
            if let flag = BooleanFact(rawValue: name), !UseCase.toolFlags.contains(flag) { flags.insert(flag) } else {
                problems.append(DomainError(code: .unknownFact, field: "flags", message: "unknown question `\(name)`"))
            }
        }
        let draft = UseCaseDraft(
            unitID: unit ?? BargainingUnitID(UUID()), title: title ?? "", description: description ?? "",
            purposes: purposes, dataCategories: data, tier: tier?.tier ?? .decisions, scope: scope ?? .individual,
            decisionRole: role ?? .none, flags: flags)
        problems += draft.problems()
        return problems.isEmpty ? .success(draft) : .failure(.invalid(problems))
    }
}

/// The tier as a form posts it: its number as text.
struct TierChoice: RawRepresentable {
    let tier: Tier
    init?(rawValue: String) {
        guard let number = Int(rawValue), let tier = Tier(rawValue: number) else { return nil }
        self.tier = tier
    }
    var rawValue: String { String(tier.rawValue) }
}
