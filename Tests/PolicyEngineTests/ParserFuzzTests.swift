import PolicyEngine
import PropertyBased
import Testing

@Suite("Parsing damaged packs")
struct ParserFuzzTests {
    static let alphabet = Array("[]{}:,-#&*!|>'\"\n\t ?%@`abc123")

    /// A shipped pack with a few random spans replaced by characters that mean something to YAML.
    static func damaged(_ text: String, seed: UInt64) -> String {
        var generator = Generated.generator(seed: seed)
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let start = Int.random(in: 0..<characters.count, using: &generator)
            let end = min(characters.count, start + Int.random(in: 0...8, using: &generator))
            let insert = (0..<Int.random(in: 0...4, using: &generator)).compactMap { _ in
                alphabet.randomElement(using: &generator)
            }
            characters.replaceSubrange(start..<end, with: insert)
        }
        return String(characters)
    }

    @Test("a damaged pack is either still valid or reported with positions, never a crash")
    func damagedPacksNeverCrash() async throws {
        let sources = try ShippedPacks.all().map { ($0.file, try Repository.text($0.file)) }
        await propertyCheck(count: 500, input: Gen.uint64(), Gen.int(in: 0...3)) { seed, index in
            let (file, text) = sources[index]
            do throws(PolicyPackError) {
                _ = try PolicyPack(yaml: Self.damaged(text, seed: seed), file: file)
            } catch {
                #expect(!error.allProblems.isEmpty)
                #expect(error.allProblems.allSatisfy { $0.location?.file == file && $0.location?.line ?? 0 >= 1 })
            }
        }
    }
}
