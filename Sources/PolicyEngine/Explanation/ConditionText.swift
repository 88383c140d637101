import StewardCore

extension Condition {
    /// The condition in words, one test per line, nested parts indented by two spaces.
    ///
    /// ```swift
    /// rule.condition.lines
    /// // ["all of:", "  purposes includes any of hiring, promotion", "  decisionRole is determinative"]
    /// ```
    public var lines: [String] {
        switch self {
        case .always: ["always"]
        case .test(let test): [test.description]
        case .all(let parts): ["all of:"] + parts.flatMap(\.lines).map { "  " + $0 }
        case .any(let parts): ["any of:"] + parts.flatMap(\.lines).map { "  " + $0 }
        case .not(let part): ["not:"] + part.lines.map { "  " + $0 }
        }
    }
}

extension FactTest: CustomStringConvertible {
    /// The test in words: "purposes includes any of hiring, promotion", "tier >= 2", "humanReview is false".
    public var description: String {
        switch self {
        case .matches(let fact, let values) where fact.kind == .set:
            values.count == 1
                ? "\(fact.rawValue) includes \(values[0])"
                : "\(fact.rawValue) includes any of \(values.joined(separator: ", "))"
        case .matches(let fact, let values):
            values.count == 1
                ? "\(fact.rawValue) is \(values[0])"
                : "\(fact.rawValue) is one of \(values.joined(separator: ", "))"
        case .tier(let comparison, let bound): "tier \(comparison.rawValue) \(bound)"
        case .flag(let flag, let value): "\(flag.rawValue) is \(value)"
        }
    }
}

extension Obligation: CustomStringConvertible {
    /// The kind with its parameters: "union-notice (days: 30)".
    public var description: String {
        let parameters = sortedParameters.map { "\($0.parameter.rawValue): \($0.value)" }
        return parameters.isEmpty ? kind.rawValue : "\(kind.rawValue) (\(parameters.joined(separator: "; ")))"
    }
}

extension Change: CustomStringConvertible {
    /// The change and where it leads: "without phi in dataCategories: conditional, needing only officer-approval".
    public var description: String {
        let result: String =
            switch outcome {
            case .allowed: "allowed"
            case .prohibited: "prohibited"
            case .conditional:
                "conditional, needing only " + obligations.map(\.rawValue).joined(separator: ", ")
            }
        return "\(editDescription): \(result)"
    }

    /// The change alone: "without phi in dataCategories", "with scope department", "with humanReview",
    /// "without vendorContract".
    public var editDescription: String {
        switch edit {
        case .adding(let value): "with \(value) in \(fact.rawValue)"
        case .removing(let value): "without \(value) in \(fact.rawValue)"
        case .setting("true") where fact.kind == .boolean: "with \(fact.rawValue)"
        case .setting("false") where fact.kind == .boolean: "without \(fact.rawValue)"
        case .setting(let value): "with \(fact.rawValue) \(value)"
        }
    }
}
