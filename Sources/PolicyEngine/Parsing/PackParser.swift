import StewardCore
internal import Yams

/// Turns a pack's YAML text into a ``PolicyPack``, noting every structural problem on the way.
enum PackParser {
    static let packFields = ["pack", "title", "version", "effective", "source", "rules"]
    static let sourceFields = ["document", "sections"]

    /// What parsing found: the pack when every field could be read, the rules that could be read and the id of
    /// every rule (for validation to go on), and the problems.
    struct Result {
        var pack: PolicyPack?
        var rules: [Rule] = []
        var ruleIDs: [(id: String, location: SourceLocation)] = []
        var problems: [PolicyPackError]
    }

    static func parse(yaml: String, file: String) -> Result {
        var reader = YAMLReader(file: file)
        guard let root = reader.compose(yaml),
            let fields = reader.fields(of: root, what: "a pack", known: packFields)
        else { return Result(problems: reader.problems) }

        let id = reader.text("pack", in: fields, what: "the pack")
        let title = reader.text("title", in: fields, what: "the pack")
        let version = reader.version(in: fields)
        let effective = reader.effectiveDate(in: fields)
        let source = reader.source(in: fields)
        let rules = reader.rules(in: fields, document: source?.document ?? "")
        var result = Result(rules: rules, ruleIDs: reader.ruleIDs, problems: reader.problems)
        if let id, let title, let version, let effective, let source {
            result.pack = PolicyPack(
                id: id, title: title, version: version, effective: effective, source: source, rules: rules, file: file)
        }
        return result
    }
}

extension YAMLReader {
    fileprivate mutating func version(in fields: Fields) -> Int? {
        guard let node = fields["version"] else {
            report(.missingField, "the pack has no `version`", at: fields.node)
            return nil
        }
        return positiveNumber(node, name: "version")
    }

    fileprivate mutating func effectiveDate(in fields: Fields) -> EffectiveDate? {
        guard let text = text("effective", in: fields, what: "the pack"), let node = fields["effective"] else {
            return nil
        }
        guard let date = EffectiveDate(text) else {
            report(.wrongType, "`effective` must be a date written YYYY-MM-DD, such as 2025-01-31", at: node)
            return nil
        }
        return date
    }

    fileprivate mutating func source(in fields: Fields) -> PackSource? {
        guard let node = fields["source"] else {
            report(.missingField, "the pack has no `source` (its `document` and `sections`)", at: fields.node)
            return nil
        }
        guard let source = self.fields(of: node, what: "`source`", known: PackParser.sourceFields),
            let document = text("document", in: source, what: "`source`"),
            let sections = text("sections", in: source, what: "`source`")
        else { return nil }
        return PackSource(document: document, sections: sections)
    }

    fileprivate mutating func rules(in fields: Fields, document: String) -> [Rule] {
        guard let node = fields["rules"] else {
            report(.missingField, "the pack has no `rules`", at: fields.node)
            return []
        }
        guard case .sequence(let sequence) = node, !sequence.isEmpty else {
            report(.wrongType, "`rules` must be a list with at least one rule", at: node)
            return []
        }
        return sequence.compactMap { rule($0, document: document) }
    }
}
