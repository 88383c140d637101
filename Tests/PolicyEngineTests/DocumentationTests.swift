import Foundation
import PolicyEngine
import StewardCore
import Testing

@Suite("docs/policy-packs.md")
struct DocumentationTests {
    static func blocks(_ language: String) throws -> [String] {
        let text = try Repository.text("docs/policy-packs.md")
        return text.components(separatedBy: "```\(language)\n").dropFirst().compactMap {
            $0.components(separatedBy: "\n```").first
        }
    }

    @Test("the complete example pack is valid")
    func examplePackIsValid() throws {
        let yaml = try #require(try Self.blocks("yaml").first)
        let pack = try PolicyPack(yaml: yaml, file: "docs/policy-packs.md")
        #expect(pack.rules.count == 4)
    }

    @Test("the example use case decodes")
    func exampleUseCaseDecodes() throws {
        let json = try #require(try Self.blocks("json").first)
        let facts = try JSONDecoder().decode(UseCaseFacts.self, from: Data(json.utf8))
        #expect(facts[.publicFacing])
    }

    @Test("every fact, value and obligation kind is documented")
    func vocabularyIsDocumented() throws {
        let text = try Repository.text("docs/policy-packs.md")
        for fact in Fact.allCases {
            #expect(text.contains("| `\(fact.rawValue)` |"), "\(fact.rawValue)")
            guard fact.kind == .set || fact.kind == .oneOf else { continue }
            for value in fact.allowedValues { #expect(text.contains("`\(value)`"), "\(fact.rawValue): \(value)") }
        }
        for kind in ObligationKind.allCases { #expect(text.contains("| `\(kind.rawValue)` |"), "\(kind.rawValue)") }
    }
}
