/// The tokens where a detector other than the word-list ones can start (numbers, capitalized words, words
/// with digits, the cue words of lower-case names, closings and month names in any case, and the symbols `@`, `:`
/// and `(`), by token index in text order. Most tokens are lower-case words, which these detectors never need to
/// visit; a detector that starts only at numbers, or only at words, also passes over the other half. Valid only
/// while the text is scanned.
struct Anchors {
    /// Every anchor.
    let all: UnsafeBufferPointer<Int>
    /// The anchors that are numbers, words with digits, or symbols.
    let numeric: UnsafeBufferPointer<Int>
    /// The anchors that are words without digits: capitalized words, cue words, closings and month names.
    let words: UnsafeBufferPointer<Int>
    /// The colons, which open a field's value or a chat message.
    let colons: UnsafeBufferPointer<Int>
    /// The commas, semicolons and pipes, which may split a table's cells (``TableDetector``).
    let delimiters: UnsafeBufferPointer<Int>
    /// Whether the text has a word in Hebrew, Arabic-script or Georgian letters (which have no capitals, so none of
    /// them is an anchor): ``UncasedNameDetector`` reads such texts word by word.
    let hasUncasedWords: Bool
    /// Whether the text has a word in Chinese, Japanese or Korean letters (lead bytes E3 to ED), which have no
    /// capitals either: ``EastAsianNameDetector`` reads such texts.
    let hasEastAsianWords: Bool
    /// Whether the text has a word in Thai letters (E0 B8, E0 B9), which runs its words on without spaces:
    /// ``HealthDetector`` looks for conditions inside such words.
    let hasThaiWords: Bool
    /// Whether a word in lower case opening with "k", "n", "s" or "u" has a capital among its next four letters
    /// ("nguThabo"): ``PersonDetector`` reads such texts for names glued to a noun's prefix.
    let hasGluedCapitals: Bool
    /// Whether the text has Arabic-Indic, Persian or South Asian digits, which the detectors read only once folded
    /// (``LocalDigits``).
    let hasLocalDigits: Bool
    /// Whether a word opens with an elided French or Italian article (``Elision``), after which
    /// ``HealthDetector`` reads words again.
    let hasElisions: Bool
    /// Whether an "@" opens the text or follows a space, as a chat's mention does ("@priyanka"), where an e-mail
    /// address has its "@" inside: ``PersonDetector`` reads such texts for mentions.
    let hasMentions: Bool
    /// Whether the text has a tab, or a space after other whitespace (two spaces in a row, a line's indentation),
    /// which may split a table's cells.
    let hasColumnGaps: Bool
    /// Whether the text has an "=" after a word, or a ">" right after one that follows no period (as an address's
    /// last part does), which may end a key before its value (`last_name=Quintero`, `<MRN>00482913</MRN>`):
    /// ``KeyedValueDetector`` reads such texts token by token.
    let hasKeySigns: Bool
}
