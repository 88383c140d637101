/// The error of StewardCore: a code to branch on, a message that says what is wrong and how to fix it, and the
/// field it concerns.
///
/// ```swift
/// DomainError.unknownValue("phii", of: .dataCategories).message
/// // "`dataCategories`: unknown value `phii`; did you mean `phi`? Allowed: public, internal, …"
/// ```
public struct DomainError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, Hashable, Sendable {
            case unknownFact, unknownValue, missingFact, invalidFact, illegalTransition, invalidField
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        public static let unknownFact = Code(.unknownFact)
        public static let unknownValue = Code(.unknownValue)
        public static let missingFact = Code(.missingFact)
        public static let invalidFact = Code(.invalidFact)
        public static let illegalTransition = Code(.illegalTransition)
        public static let invalidField = Code(.invalidField)

        public var description: String { value.rawValue }
    }

    public let code: Code
    /// The field, fact or object the error concerns.
    public let field: String
    /// A sentence a person can act on.
    public let message: String
    /// Where in a text the problem is (a policy pack's line and column), when the input is a text.
    public let line: Int?
    public let column: Int?
    /// The id of the rule the problem concerns, for a policy pack.
    public let rule: String?

    public init(code: Code, field: String, message: String, line: Int? = nil, column: Int? = nil, rule: String? = nil) {
        self.code = code
        self.field = field
        self.message = message
        self.line = line
        self.column = column
        self.rule = rule
    }

    public var description: String { message }

    static func unknownFact(_ name: String) -> DomainError {
        return DomainError(
            code: .unknownFact, field: name,
            message: "unknown fact `\(name)`" + Suggestion.hint(for: name, among: Fact.allCases.map(\.rawValue))
                + "Known facts: " + Fact.allCases.map(\.rawValue).joined(separator: ", "))
    }

    /// A value that is not in the fact's list.
    public static func unknownValue(_ value: String, of fact: Fact) -> DomainError {
        DomainError(
            code: .unknownValue, field: fact.rawValue,
            message: "`\(fact.rawValue)`: unknown value `\(value)`" + Suggestion.hint(for: value, among: fact.allowedValues)
                + "Allowed: " + fact.allowedValues.joined(separator: ", "))
    }

    static func missingFact(_ fact: Fact) -> DomainError {
        DomainError(
            code: .missingFact, field: fact.rawValue,
            message: "`\(fact.rawValue)` is required; one of: " + fact.allowedValues.joined(separator: ", "))
    }

    static func invalidFact(_ fact: Fact, _ problem: String) -> DomainError {
        DomainError(
            code: .invalidFact, field: fact.rawValue,
            message: "`\(fact.rawValue)` \(problem); allowed: " + fact.allowedValues.joined(separator: ", "))
    }
}
