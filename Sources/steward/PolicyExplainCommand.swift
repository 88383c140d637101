import ArgumentParser
import PolicyEngine
import StewardCore

/// `steward policy explain RULE-ID`: a rule with its source, condition, effect and reason.
struct PolicyExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print a rule, its source and its reason. Looks in the shipped packs unless --pack is given."
    )

    @Option(name: .customLong("pack"), help: "A pack file to look in instead of the shipped packs; repeatable.")
    var packs: [String] = []

    @Argument(help: "The rule's id, or PACK/RULE when several packs use the id.")
    var ruleID: String

    func run() throws {
        let adopted = try PolicyFiles.packs(files: packs, shipped: packs.isEmpty)
        let parts = ruleID.split(separator: "/", maxSplits: 1).map(String.init)
        let (packID, id) = parts.count == 2 ? (parts[0], parts[1]) : (nil, ruleID)
        let matches = adopted.filter { packID == nil || $0.id == packID }
            .compactMap { pack in pack.rule(withID: id).map { (pack, $0) } }
        guard !matches.isEmpty else {
            let known = adopted.flatMap { $0.rules.map(\.id) }
            let packs = adopted.map(\.id).joined(separator: ", ")
            throw PolicyFiles.Failure(
                description: "no rule `\(ruleID)` in \(packs)" + Suggestion.hint(for: id, among: known)
                    + "Give a rule id, or PACK/RULE.")
        }
        print(matches.map { PolicyText.render($0.1, in: $0.0) }.joined(separator: "\n\n"))
    }
}
