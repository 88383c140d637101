import PolicyEngine

/// Small packs written inline for tests: a valid header followed by the rules given.
enum PackText {
    static func with(rules: String, id: String = "test-pack", version: Int = 1) -> String {
        """
        pack: \(id)
        title: A pack for tests
        version: \(version)
        effective: 2025-01-01
        source:
          document: "Seed 000: test document"
          sections: named headings
        rules:
        \(rules)
        """
    }

    /// The problems found in a pack's text; empty when it is valid.
    static func problems(in yaml: String, file: String = "packs/test.yaml") -> [PolicyPackError] {
        do {
            _ = try PolicyPack(yaml: yaml, file: file)
            return []
        } catch {
            return error.allProblems
        }
    }

    /// Parses a pack that must be valid.
    static func pack(rules: String, id: String = "test-pack", version: Int = 1) throws -> PolicyPack {
        try PolicyPack(yaml: with(rules: rules, id: id, version: version), file: "packs/\(id).yaml")
    }
}
