import StewardCore

/// Something an organization must do for a use case to go ahead, with its parameters (DESIGN.md, "Obligation
/// kinds").
///
/// ```swift
/// var notice = Obligation(kind: .unionNotice, parameters: [.days: .number(30)])
/// notice.merge(Obligation(kind: .unionNotice, parameters: [.days: .number(60)]))
/// notice.parameters[.days]  // .number(60): the longer notice wins
/// ```
public struct Obligation: Hashable, Sendable {
    /// What must be done.
    public let kind: ObligationKind
    /// How, as far as the rules say.
    public private(set) var parameters: [ObligationParameter: ParameterValue]

    /// Creates an obligation; list values are sorted and freed of repeats.
    public init(kind: ObligationKind, parameters: [ObligationParameter: ParameterValue] = [:]) {
        self.kind = kind
        self.parameters = parameters.mapValues(\.normalized)
    }

    /// Combines another requirement of the same kind into this one, keeping the most protective parameters: the
    /// longest notice and pilot, the shortest audit interval, every role, criterion and statement.
    ///
    /// - Precondition: `other` is of the same ``kind``.
    public mutating func merge(_ other: Obligation) {
        precondition(other.kind == kind, "merging obligations of different kinds")
        for (parameter, value) in other.parameters {
            guard let current = parameters[parameter] else {
                parameters[parameter] = value
                continue
            }
            parameters[parameter] = current.combined(with: value, as: parameter)
        }
    }

    /// The parameters in a fixed order, for display and encoding.
    public var sortedParameters: [(parameter: ObligationParameter, value: ParameterValue)] {
        parameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// The value of an obligation's parameter.
public enum ParameterValue: Hashable, Sendable, CustomStringConvertible {
    /// A whole number of days, months or meetings.
    case number(Int)
    /// Words or short statements, sorted.
    case list([String])

    var normalized: ParameterValue {
        if case .list(let items) = self { return .list(Array(Set(items)).sorted()) }
        return self
    }

    func combined(with other: ParameterValue, as parameter: ObligationParameter) -> ParameterValue {
        switch (self, other) {
        case (.number(let a), .number(let b)): .number(parameter.moreProtective(a, b))
        case (.list(let a), .list(let b)): ParameterValue.list(a + b).normalized
        default: self
        }
    }

    /// The number, or the items joined by commas.
    public var description: String {
        switch self {
        case .number(let number): String(number)
        case .list(let items): items.joined(separator: ", ")
        }
    }
}
