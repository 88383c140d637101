/// The outcome values that count as selected: `1`, `true`, `yes` and `selected`, in any case.
enum SelectionWords {
    private static let words: [[UInt8]] = ["1", "true", "yes", "selected"].map { Array($0.utf8) }

    /// Whether a value counts as selected, compared without regard to ASCII case.
    static func isSelected(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { word in
            word.count == bytes.count && zip(word, bytes).allSatisfy { $0 == $1 | (($1 >= 65 && $1 <= 90) ? 0x20 : 0) }
        }
    }
}
