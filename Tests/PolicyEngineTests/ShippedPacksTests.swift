import Foundation
import StewardCore
import Testing

@testable import PolicyEngine

@Suite("Shipped packs")
struct ShippedPacksTests {
    @Test("the program carries exactly the packs in packs/, byte for byte")
    func embeddedPacksMatchTheRepository() throws {
        // given
        let files = try Repository.files(in: "packs", withExtension: "yaml")
        // when
        let embedded = ShippedPacks.sources
        // then
        #expect(embedded.map(\.file) == files, "run scripts/embed-packs.py")
        for (file, yaml) in embedded {
            #expect(try Repository.text(file) == yaml, "\(file) differs from the program; run scripts/embed-packs.py")
        }
    }

    @Test("every shipped pack parses and validates without a problem")
    func everyShippedPackIsValid() throws {
        for source in ShippedPacks.sources {
            #expect(throws: Never.self, "\(source.file)") { _ = try PolicyPack(yaml: source.yaml, file: source.file) }
        }
    }

    @Test("every shipped rule cites its source and gives a reason")
    func everyRuleCitesAndExplains() throws {
        for pack in try ShippedPacks.all() {
            for rule in pack.rules {
                #expect(rule.citation.document.hasPrefix("Seed 00"), "\(pack.id)/\(rule.id)")
                #expect(rule.reason.count > 20, "\(pack.id)/\(rule.id)")
            }
        }
    }

    @Test("the shipped packs compile together with distinct ids")
    func shippedPacksCompileTogether() throws {
        let policy = try CompiledPolicy(adopting: ShippedPacks.all())
        #expect(
            policy.packs.map(\.id)
                == ["generative-ai-contract", "public-sector-baseline", "union-ai-use-policy", "worker-voice"])
        #expect(policy.ruleCount == policy.packs.map(\.rules.count).reduce(0, +))
    }
}
