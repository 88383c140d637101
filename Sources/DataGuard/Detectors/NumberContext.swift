/// Context words that say what a number is.
enum NumberContext {
    /// Labels of a Social Security number.
    static let ssnWords: [String] = ["ssn", "ss", "ss#", "social", "security", "ssn#", "tin", "taxpayer"]
    /// Words that open a phone extension.
    static let extensionWords: [String] = ["x", "ext", "extension"]
}
