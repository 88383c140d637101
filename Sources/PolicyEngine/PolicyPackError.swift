/// The error of PolicyEngine: what is wrong with a policy pack, where, and how to fix it.
///
/// Modelled on swift-nio's `FileSystemError`: an extensible ``Code`` to branch on, a ``message`` a person can act
/// on, the ``location`` in the pack's file and the ``ruleID`` of the rule concerned. When one pass finds several
/// problems they are all reported at once, as the ``problems`` of a single error.
///
/// ```swift
/// do { _ = try PolicyPack(yaml: text, file: "packs/local.yaml") }
/// catch { for problem in error.allProblems { print(problem) } }
/// // packs/local.yaml:42:7: rule `no-ai-discipline`: unknown fact `purpse`; did you mean `purposes`? Known facts …
/// ```
public struct PolicyPackError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, Hashable, Sendable {
            case malformedYAML, wrongType, missingField, unknownField, emptyField
            case unknownFact, unknownValue, unknownObligation, unknownParameter, missingParameter
            case duplicateID, olderVersion, neverFires, prohibitionOnAbsentValue, tooComplex, multipleProblems
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// The text is not well-formed YAML.
        public static let malformedYAML = Code(.malformedYAML)
        /// A field holds the wrong kind of value (a list where a word belongs, a word where a number belongs).
        public static let wrongType = Code(.wrongType)
        /// A required field is absent (an id, a citation, a reason, an effect).
        public static let missingField = Code(.missingField)
        /// A field the format does not know.
        public static let unknownField = Code(.unknownField)
        /// A field that must say something is empty.
        public static let emptyField = Code(.emptyField)
        /// A condition names a fact that is not in the vocabulary.
        public static let unknownFact = Code(.unknownFact)
        /// A condition names a value its fact cannot take.
        public static let unknownValue = Code(.unknownValue)
        /// A `require` effect names an obligation kind that does not exist.
        public static let unknownObligation = Code(.unknownObligation)
        /// An obligation names a parameter its kind does not take.
        public static let unknownParameter = Code(.unknownParameter)
        /// An obligation lacks a parameter its kind needs.
        public static let missingParameter = Code(.missingParameter)
        /// Two rules in a pack, or two packs adopted together, share an id.
        public static let duplicateID = Code(.duplicateID)
        /// A new version of an adopted pack counts its `version` down.
        public static let olderVersion = Code(.olderVersion)
        /// A rule's condition can never be true.
        public static let neverFires = Code(.neverFires)
        /// A prohibition depends on a set fact lacking a value, so declaring less would forbid more.
        public static let prohibitionOnAbsentValue = Code(.prohibitionOnAbsentValue)
        /// A condition expands to more alternatives than the engine compiles.
        public static let tooComplex = Code(.tooComplex)
        /// Several problems were found; they are listed in ``PolicyPackError/problems``.
        public static let multipleProblems = Code(.multipleProblems)

        /// The code's name, such as `unknownFact`.
        public var description: String { value.rawValue }
    }

    /// What kind of mistake this is.
    public let code: Code
    /// What is wrong and what to do about it.
    public let message: String
    /// Where in the pack's text the problem is, when it is known.
    public let location: SourceLocation?
    /// The id of the rule the problem concerns, when it concerns one.
    public let ruleID: String?
    /// Every problem found, when ``code`` is ``Code/multipleProblems``; empty otherwise.
    public let problems: [PolicyPackError]

    /// Creates an error about one problem.
    public init(code: Code, message: String, location: SourceLocation? = nil, ruleID: String? = nil) {
        self.init(code: code, message: message, location: location, ruleID: ruleID, problems: [])
    }

    private init(code: Code, message: String, location: SourceLocation?, ruleID: String?, problems: [PolicyPackError]) {
        self.code = code
        self.message = message
        self.location = location
        self.ruleID = ruleID
        self.problems = problems
    }

    /// One error for all the problems of one pass: the problem itself when there is only one.
    static func combining(_ problems: [PolicyPackError]) -> PolicyPackError {
        if problems.count == 1 { return problems[0] }
        let file = problems.first?.location.map { SourceLocation(file: $0.file, line: 1, column: 1) }
        return PolicyPackError(
            code: .multipleProblems, message: "\(problems.count) problems", location: file, ruleID: nil,
            problems: problems)
    }

    /// The problems one by one: ``problems`` when there are several, otherwise the error itself.
    public var allProblems: [PolicyPackError] { problems.isEmpty ? [self] : problems }

    /// `file:line:column: rule `id`: message`, with the parts that are known.
    public var description: String {
        if !problems.isEmpty { return problems.map(\.description).joined(separator: "\n") }
        var prefix = location.map { "\($0): " } ?? ""
        if let ruleID { prefix += "rule `\(ruleID)`: " }
        return prefix + message
    }
}
