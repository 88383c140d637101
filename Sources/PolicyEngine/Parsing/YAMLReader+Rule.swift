import StewardCore
internal import Yams

extension YAMLReader {
    static let ruleFields = ["id", "citation", "when", "effect", "obligation", "reason"]
    static let citationFields = ["document", "section"]
    static let effects = ["prohibit", "require", "allow"]

    /// Reads one rule; `nil` when a part of it could not be read (the problems are noted).
    mutating func rule(_ node: Node, document: String) -> Rule? {
        ruleID = nil
        guard let fields = fields(of: node, what: "a rule", known: Self.ruleFields) else { return nil }
        let id = text("id", in: fields, what: "a rule")
        ruleID = id
        if let id, let location = location(of: node) { ruleIDs.append((id, location)) }
        defer { ruleID = nil }
        let citation = citation(in: fields, document: document)
        let condition: Condition? = if let when = fields["when"] { condition(when) } else { .always }
        let effect = effect(in: fields)
        let reason = text("reason", in: fields, what: "the rule")
        guard let id, let citation, let condition, let effect, let reason, let location = location(of: node) else {
            return nil
        }
        return Rule(
            id: id, citation: citation, condition: condition, effect: effect, reason: reason, location: location)
    }

    private mutating func citation(in fields: Fields, document: String) -> Citation? {
        guard let node = fields["citation"] else {
            report(
                .missingField, "the rule has no `citation`; name the section of the source it comes from",
                at: fields.node)
            return nil
        }
        if case .scalar = node {
            return text(node, name: "citation").map { Citation(document: document, section: $0) }
        }
        guard let parts = self.fields(of: node, what: "`citation`", known: Self.citationFields),
            let section = text("section", in: parts, what: "`citation`")
        else { return nil }
        let named = parts["document"].flatMap { text($0, name: "document") }
        return Citation(document: named ?? document, section: section)
    }

    private mutating func effect(in fields: Fields) -> Effect? {
        guard let name = text("effect", in: fields, what: "the rule"), let node = fields["effect"] else { return nil }
        let obligationNode = fields["obligation"]
        switch name {
        case "prohibit", "allow":
            if let obligationNode {
                report(.unknownField, "only a `require` effect takes an `obligation`", at: obligationNode)
                return nil
            }
            return name == "prohibit" ? .prohibit : .allow
        case "require":
            guard let obligationNode else {
                report(.missingField, "a `require` effect needs an `obligation` with its `kind`", at: node)
                return nil
            }
            return obligation(obligationNode).map(Effect.require)
        default:
            let hint = Suggestion.hint(for: name, among: Self.effects)
            report(
                .unknownValue, "unknown effect `\(name)`" + hint + "An effect is prohibit, require or allow", at: node)
            return nil
        }
    }
}
