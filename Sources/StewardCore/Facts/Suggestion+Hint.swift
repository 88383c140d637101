extension Suggestion {
    /// The end of a sentence about a mistyped name: "; did you mean `x`? " when a candidate is close enough, else
    /// ". ", so that the next sentence follows either way.
    ///
    /// ```swift
    /// "unknown fact `purpse`" + Suggestion.hint(for: "purpse", among: ["purposes", "tier"]) + "Known facts: …"
    /// // "unknown fact `purpse`; did you mean `purposes`? Known facts: …"
    /// ```
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean `\($0)`? " } ?? ". "
    }
}
