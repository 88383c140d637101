/// The policy packs that ship with Steward, built from `packs/` at the repository root: the union's AI use policy
/// (Seed 000), the generative AI contract article (Seed 002), a public-sector baseline (Seed 003) and worker voice
/// (Seeds 004 and 001).
///
/// ```swift
/// let policy = try CompiledPolicy(adopting: ShippedPacks.all())
/// ```
public enum ShippedPacks {
    /// Every shipped pack.
    ///
    /// - Throws: A ``PolicyPackError`` only if a shipped pack is broken, which the test suite rules out.
    public static func all() throws(PolicyPackError) -> [PolicyPack] {
        try parsed.get().map(\.pack)
    }

    /// Every shipped pack with the text it was parsed from, to adopt as it is or to copy and adapt.
    public static func withTexts() throws(PolicyPackError) -> [(pack: PolicyPack, yaml: String)] {
        try parsed.get()
    }

    /// The shipped packs, parsed the first time they are asked for: their texts never change, and parsing them
    /// costs more than a page that lists them.
    private static let parsed = Result { () throws(PolicyPackError) -> [(pack: PolicyPack, yaml: String)] in
        var packs: [(pack: PolicyPack, yaml: String)] = []
        for source in sources { packs.append((try PolicyPack(yaml: source.yaml, file: source.file), source.yaml)) }
        return packs
    }

    /// The shipped pack with this id, if there is one.
    public static func pack(withID id: String) throws(PolicyPackError) -> PolicyPack? {
        try all().first { $0.id == id }
    }
}
