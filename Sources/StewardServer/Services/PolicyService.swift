import PolicyEngine
import StewardCore
import Vapor

/// The policy packs this installation adopts, compiled once at start-up, and the decisions they make about use cases.
struct PolicyService: Sendable {
    let policy: CompiledPolicy
    /// The adopted packs' titles, for showing what a decision rests on.
    let packTitles: [String]

    /// Adopts every pack that ships with Steward.
    static func shipped() throws -> PolicyService {
        do {
            let packs = try ShippedPacks.all()
            return PolicyService(policy: try CompiledPolicy(adopting: packs), packTitles: packs.map(\.title))
        } catch {
            throw StewardError(.internalServerError, "a shipped policy pack does not load: \(error)")
        }
    }

    /// What the adopted packs decide about a use case of a tool.
    func decide(_ useCase: UseCase, of tool: AITool) -> Decision {
        policy.decide(useCase.facts(of: tool))
    }
}

extension Application {
    private struct PolicyKey: StorageKey {
        typealias Value = PolicyService
    }

    /// The adopted policy; set by `configure`.
    var policy: PolicyService {
        get throws {
            guard let policy = storage[PolicyKey.self] else {
                throw StewardError(.internalServerError, "no policy packs were adopted at start-up")
            }
            return policy
        }
    }

    func adopt(_ policy: PolicyService) { storage[PolicyKey.self] = policy }
}
