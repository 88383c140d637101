import Foundation
import PolicyEngine
import StewardAPI
import StewardCore

extension UseCaseDraft {
    /// The draft of a request body; a malformed unit id is a problem of `unitID`, the rest is checked by
    /// ``UseCaseDraft/problems()`` in the service.
    init(_ draft: Components.Schemas.UseCaseDraft) throws {
        guard let unitID = BargainingUnitID(draft.unitID) else {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "unitID", message: "`\(draft.unitID)` is not a unit id")
            ])
        }
        self.init(
            unitID: unitID, title: draft.title, description: draft.description ?? "",
            purposes: try Vocabulary.set(draft.purposes), dataCategories: try Vocabulary.set(draft.dataCategories),
            tier: try Vocabulary.convert(draft.tier), scope: try Vocabulary.convert(draft.scope),
            decisionRole: try Vocabulary.convert(draft.decisionRole),
            flags: Set(UseCaseFlags.draft.filter { draft[keyPath: $0.1] == true }.map(\.0)))
    }
}

extension Components.Schemas.UseCase {
    /// A use case with its complete facts, which combine its own with those of its tool, and what the adopted
    /// policy decides about it.
    init(_ useCase: UseCase, of tool: AITool, policy: PolicyService, review: Components.Schemas.Review) throws {
        self.init(
            id: useCase.id.description, toolID: useCase.toolID.description, unitID: useCase.unitID.description,
            title: useCase.title, description: useCase.description, purposes: try Vocabulary.list(useCase.purposes),
            dataCategories: try Vocabulary.list(useCase.dataCategories), tier: try Vocabulary.convert(useCase.tier),
            scope: try Vocabulary.convert(useCase.scope), decisionRole: try Vocabulary.convert(useCase.decisionRole),
            facts: try .init(useCase.facts(of: tool)), decision: try .init(policy.decide(useCase, of: tool)),
            review: review)
        for (flag, keyPath) in UseCaseFlags.useCase { self[keyPath: keyPath] = useCase.flags.contains(flag) }
    }
}

extension Components.Schemas.PolicyDecision {
    /// The decision in the JSON shape PolicyEngine gives it, which the schema describes.
    init(_ decision: Decision) throws {
        self = try JSONDecoder().decode(Self.self, from: JSONEncoder().encode(decision))
    }
}

extension Components.Schemas.Facts {
    /// The facts exactly as StewardCore writes them for policy packs: boolean facts that are false are left out.
    init(_ facts: UseCaseFacts) throws {
        self = try JSONDecoder().decode(Self.self, from: JSONEncoder().encode(facts))
    }
}

/// Where each of a use case's own boolean facts lives in the generated types; the tool's flags
/// (``UseCase/toolFlags``) come from the tool.
private enum UseCaseFlags {
    static let draft: [(BooleanFact, KeyPath<Components.Schemas.UseCaseDraft, Bool?>)] = [
        (.vendorContract, \.vendorContract), (.performsUnitWork, \.performsUnitWork),
        (.affectsWorkingConditions, \.affectsWorkingConditions), (.publicFacing, \.publicFacing),
        (.outputPublished, \.outputPublished), (.humanReview, \.humanReview), (.monitorsWorkers, \.monitorsWorkers),
        (.licensesMemberWork, \.licensesMemberWork), (.useRequired, \.useRequired),
        (.eliminatesPositions, \.eliminatesPositions),
    ]

    static let useCase: [(BooleanFact, WritableKeyPath<Components.Schemas.UseCase, Bool?>)] = [
        (.vendorContract, \.vendorContract), (.performsUnitWork, \.performsUnitWork),
        (.affectsWorkingConditions, \.affectsWorkingConditions), (.publicFacing, \.publicFacing),
        (.outputPublished, \.outputPublished), (.humanReview, \.humanReview), (.monitorsWorkers, \.monitorsWorkers),
        (.licensesMemberWork, \.licensesMemberWork), (.useRequired, \.useRequired),
        (.eliminatesPositions, \.eliminatesPositions),
    ]
}
