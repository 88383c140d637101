/// What an organization adds to the built-in detectors: its confidential terms and the shapes of its own
/// identifiers.
///
/// ```swift
/// let configuration = ScannerConfiguration(
///     confidentialTerms: ["Operation Bluebird"],
///     identifierPatterns: [IdentifierPattern(prefix: "M-", digits: 6...8, type: .memberNumber)]
/// )
/// let scanner = GuardScanner(configuration: configuration)
/// ```
public struct ScannerConfiguration: Sendable, Hashable {
    /// Words or phrases the organization declares confidential, matched case-insensitively as whole words.
    public var confidentialTerms: [String]
    /// The organization's own identifier formats (member numbers, employee numbers, record numbers).
    public var identifierPatterns: [IdentifierPattern]

    /// Creates a configuration; both lists may be empty.
    public init(confidentialTerms: [String] = [], identifierPatterns: [IdentifierPattern] = []) {
        self.confidentialTerms = confidentialTerms
        self.identifierPatterns = identifierPatterns
    }
}

/// An identifier format of an organization: a literal prefix followed by a run of digits.
///
/// `IdentifierPattern(prefix: "EMP", digits: 5...7, type: .employeeNumber)` finds `EMP20931` and
/// `emp-20931` (a hyphen after the prefix is allowed) but not `EMP12`.
public struct IdentifierPattern: Sendable, Hashable {
    /// The letters or symbols that open the identifier, matched case-insensitively.
    public var prefix: String
    /// How many digits follow the prefix.
    public var digits: ClosedRange<Int>
    /// The type reported for a match.
    public var type: FindingType

    /// Creates a pattern.
    public init(prefix: String, digits: ClosedRange<Int>, type: FindingType) {
        self.prefix = prefix
        self.digits = digits
        self.type = type
    }
}
