import StewardCore
internal import Yams

extension YAMLReader {
    /// Reads the obligation of a `require` effect: its `kind` and the parameters that kind takes.
    mutating func obligation(_ node: Node) -> Obligation? {
        let known = ["kind"] + ObligationParameter.allCases.map(\.rawValue)
        guard let fields = fields(of: node, what: "`obligation`", known: known, unknownCode: .unknownParameter),
            let name = text("kind", in: fields, what: "`obligation`"), let kindNode = fields["kind"]
        else { return nil }
        guard let kind = ObligationKind(rawValue: name) else {
            let names = ObligationKind.allCases.map(\.rawValue)
            report(
                .unknownObligation,
                "unknown obligation kind `\(name)`" + Suggestion.hint(for: name, among: names) + "Kinds: "
                    + names.joined(separator: ", "), at: kindNode)
            return nil
        }
        var parameters: [ObligationParameter: ParameterValue] = [:]
        var isComplete = true
        for entry in fields.entries where entry.name != "kind" {
            guard let parameter = ObligationParameter(rawValue: entry.name), kind.parameters.contains(parameter) else {
                report(
                    .unknownParameter,
                    "`\(kind.rawValue)` takes no parameter `\(entry.name)`; "
                        + Self.describeParameters(of: kind), at: entry.key)
                isComplete = false
                continue
            }
            guard let value = parameterValue(entry.value, parameter) else {
                isComplete = false
                continue
            }
            parameters[parameter] = value
        }
        for parameter in kind.requiredParameters where fields[parameter.rawValue] == nil {
            report(.missingParameter, "`\(kind.rawValue)` needs `\(parameter.rawValue)`", at: node)
            isComplete = false
        }
        return isComplete ? Obligation(kind: kind, parameters: parameters) : nil
    }

    private mutating func parameterValue(_ node: Node, _ parameter: ObligationParameter) -> ParameterValue? {
        if parameter.isNumber {
            return positiveNumber(node, name: parameter.rawValue).map(ParameterValue.number)
        }
        guard let items = scalars(node, name: parameter.rawValue) else { return nil }
        if let blank = items.first(where: { $0.text.isEmpty }) {
            report(.emptyField, "`\(parameter.rawValue)` must not list an empty value", at: blank.node)
            return nil
        }
        return .list(items.map(\.text))
    }

    private static func describeParameters(of kind: ObligationKind) -> String {
        kind.parameters.isEmpty
            ? "it takes no parameters"
            : "it takes " + kind.parameters.map { "`\($0.rawValue)`" }.joined(separator: ", ")
    }
}
