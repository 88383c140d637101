import PropertyBased
import StewardCore
import Testing

@testable import PolicyEngine

/// The properties decisions rely on, checked over generated use cases and packs:
/// - determinism: the same facts and packs give the same decision, however often and on whichever compilation;
/// - order independence: the order of packs and of rules within them changes nothing;
/// - monotonicity in packs: adopting one more pack never makes a decision less protective;
/// - monotonicity in set facts: removing a value from a set fact never adds a prohibition (a validation rule
///   forbids prohibitions that depend on a set value being absent, which is what makes this hold).
@Suite("Properties of decisions")
struct PropertyTests {
    let shipped: [PolicyPack]

    init() throws { shipped = try ShippedPacks.all() }

    @Test("the same facts and packs always give the same decision")
    func decisionsAreDeterministic() async throws {
        let first = try CompiledPolicy(adopting: shipped)
        let second = try CompiledPolicy(adopting: shipped.reversed())
        await propertyCheck(count: 300, input: Generated.useCase) { facts in
            let decision = first.decide(facts)
            #expect(decision == first.decide(facts))
            #expect(decision == second.decide(facts))
        }
    }

    @Test("the order of packs and of their rules does not change a decision")
    func decisionsDoNotDependOnOrder() async throws {
        let policy = try CompiledPolicy(adopting: shipped)
        await propertyCheck(count: 100, input: Generated.useCase, Gen.uint64()) { facts, seed in
            var generator = Generated.generator(seed: seed)
            let shuffled = shipped.shuffled(using: &generator).map { pack in
                PolicyPack(
                    id: pack.id, title: pack.title, version: pack.version, effective: pack.effective,
                    source: pack.source, rules: pack.rules.shuffled(using: &generator), file: pack.file)
            }
            let reordered = try CompiledPolicy(adopting: shuffled)
            #expect(reordered.decide(facts) == policy.decide(facts))
        }
    }

    @Test("adopting one more shipped pack never makes a decision less protective")
    func addingAShippedPackNeverLoosens() async throws {
        await propertyCheck(count: 300, input: Generated.useCase, Gen.uint8(in: 0...15), Gen.int(in: 0...3)) {
            facts, subset, extra in
            let adopted = shipped.indices.filter { subset & (1 << $0) != 0 && $0 != extra }.map {
                shipped[$0]
            }
            let before = try CompiledPolicy(adopting: adopted).decide(facts)
            let after = try CompiledPolicy(adopting: adopted + [shipped[extra]]).decide(facts)
            #expect(after.isAtLeastAsProtective(as: before), "adding \(shipped[extra].id)")
        }
    }

    @Test("adopting one more generated pack never makes a decision less protective")
    func addingAGeneratedPackNeverLoosens() async throws {
        await propertyCheck(count: 300, input: Generated.useCase, Gen.uint64(), Gen.uint64()) { facts, first, second in
            let base = Generated.pack(id: "base", seed: first).map { [$0] } ?? []
            guard let extra = Generated.pack(id: "extra", seed: second) else { return }
            let before = try CompiledPolicy(adopting: base).decide(facts)
            let after = try CompiledPolicy(adopting: base + [extra]).decide(facts)
            #expect(after.isAtLeastAsProtective(as: before))
        }
    }

    @Test("removing a value from a set fact never adds a prohibition", arguments: [true, false])
    func removingASetValueNeverProhibits(shippedPacks: Bool) async throws {
        await propertyCheck(count: 2000, input: Generated.useCase, Gen.uint64(), Gen.int(in: 0...63)) {
            facts, seed, pick in
            let packs = shippedPacks ? shipped : Generated.pack(id: "generated", seed: seed).map { [$0] } ?? []
            let policy = try CompiledPolicy(adopting: packs)
            var smaller = facts
            let removable =
                facts.categories.map { "c" + $0.rawValue } + facts.purposes.map { "p" + $0.rawValue }
                + facts.dataCategories.map { "d" + $0.rawValue }
            guard !removable.isEmpty else { return }
            let removed = removable.sorted()[pick % removable.count]
            smaller.categories = smaller.categories.filter { "c" + $0.rawValue != removed }
            smaller.purposes = smaller.purposes.filter { "p" + $0.rawValue != removed }
            smaller.dataCategories = smaller.dataCategories.filter { "d" + $0.rawValue != removed }
            if policy.decide(smaller).outcome == .prohibited {
                #expect(policy.decide(facts).outcome == .prohibited, "removing \(removed)")
            }
        }
    }

    @Test("the changes a decision lists are exactly the single changes that loosen it")
    func changesAreExactlyTheLooseningNeighbours() async throws {
        let policy = try CompiledPolicy(adopting: shipped)
        await propertyCheck(count: 100, input: Generated.useCase) { facts in
            let decision = policy.decide(facts)
            let kinds = Set(decision.obligations.map(\.kind))
            let expected = facts.neighbours.compactMap { neighbour -> String? in
                let after = policy.decide(neighbour.facts)
                let afterKinds = Set(after.obligations.map(\.kind))
                let loosens =
                    after.outcome < decision.outcome
                    || (after.outcome == .conditional && decision.outcome == .conditional
                        && afterKinds.isStrictSubset(of: kinds))
                guard loosens else { return nil }
                return Change(fact: neighbour.fact, edit: neighbour.edit, outcome: after.outcome, obligations: [])
                    .editDescription + " → \(after.outcome)"
            }
            #expect(Set(decision.changes.map { "\($0.editDescription) → \($0.outcome)" }) == Set(expected))
        }
    }

    @Test("generated packs are mostly valid, so the properties above see real rules")
    func generatedPacksAreMostlyValid() {
        let valid = (0..<200).compactMap { Generated.pack(id: "g", seed: UInt64($0)) }
        #expect(valid.count > 100)
    }
}
