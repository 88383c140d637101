import StewardCore

/// A versioned set of rules taken from one policy or contract clause (DESIGN.md, "The policy engine").
///
/// A pack is parsed and validated from YAML in one step, so a `PolicyPack` value is always well-formed:
///
/// ```swift
/// let pack = try PolicyPack(yaml: text, file: "packs/local.yaml")
/// let policy = try CompiledPolicy(adopting: [pack])
/// policy.decide(facts).outcome  // .conditional
/// ```
///
/// The format is described in `docs/policy-packs.md`.
public struct PolicyPack: Hashable, Sendable {
    /// The pack's id, unique among the packs an organization adopts (`union-ai-use-policy`).
    public let id: String
    /// A title a person recognises.
    public let title: String
    /// The version of the pack, counted up with each change.
    public let version: Int
    /// The date from which this version applies.
    public let effective: EffectiveDate
    /// The document the rules come from and how its sections are named.
    public let source: PackSource
    /// The rules, in the order they were written.
    public let rules: [Rule]
    /// The name the text was given when it was parsed, usually its path.
    public let file: String

    /// Creates a pack from parts already checked; ``PolicyPack/init(yaml:file:)`` is the usual way in.
    init(
        id: String, title: String, version: Int, effective: EffectiveDate, source: PackSource, rules: [Rule],
        file: String
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.effective = effective
        self.source = source
        self.rules = rules
        self.file = file
    }

    /// Parses and validates a pack, reporting every problem at once.
    ///
    /// - Parameters:
    ///   - yaml: The pack's text.
    ///   - file: The name to report locations against, usually the path the text was read from.
    /// - Throws: A ``PolicyPackError`` naming each problem with its line, column and rule id; when there are several,
    ///   its ``PolicyPackError/problems`` lists them.
    public init(yaml: String, file: String) throws(PolicyPackError) {
        let parsed = PackParser.parse(yaml: yaml, file: file)
        let problems = parsed.problems + PackValidator.problems(in: parsed.rules, ids: parsed.ruleIDs)
        guard let pack = parsed.pack, problems.isEmpty else { throw PolicyPackError.combining(problems) }
        self = pack
    }

    /// The rule with this id, if the pack has one.
    public func rule(withID id: String) -> Rule? { rules.first { $0.id == id } }
}

/// The document a pack's rules come from.
public struct PackSource: Hashable, Sendable {
    /// The document, named so a reader can find it ("Seed 002: proposed contract section 11.5 on generative AI").
    public let document: String
    /// How the document's sections are named, so citations can be followed ("lettered subsections A–F").
    public let sections: String
}

/// A calendar date written `YYYY-MM-DD`, as packs give their effective date.
public struct EffectiveDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, such as 2025.
    public let year: Int
    /// The month, from 1 to 12.
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// Reads `YYYY-MM-DD`; `nil` when the text is not a real date in that form.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func padded(_ number: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// Whether one date comes before another.
    public static func < (lhs: EffectiveDate, rhs: EffectiveDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
