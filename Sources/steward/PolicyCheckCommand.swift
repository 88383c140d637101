import ArgumentParser
import Foundation
import PolicyEngine

/// `steward policy check [--pack FILE]… [--shipped] [--json] USECASE.json`: decide a use case with the adopted
/// packs.
struct PolicyCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Decide a use case: outcome, obligations, the rules that fired and the facts that would change it."
    )

    @Option(name: .customLong("pack"), help: "A pack file to adopt; repeat for several.")
    var packs: [String] = []

    @Flag(help: "Adopt every pack that ships with Steward.")
    var shipped = false

    @Flag(help: "Print the decision as JSON: outcome, obligations, fired and changes.")
    var json = false

    @Argument(help: "The use case's facts as JSON (see docs/policy-packs.md).")
    var useCase: String

    func run() throws {
        let policy = try CompiledPolicy(adopting: PolicyFiles.packs(files: packs, shipped: shipped))
        let decision = policy.decide(try PolicyFiles.useCase(useCase))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(decision), as: UTF8.self))
        } else {
            print(PolicyText.render(decision))
        }
    }
}
