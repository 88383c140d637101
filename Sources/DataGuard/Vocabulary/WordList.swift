/// The lines of a generated vocabulary string, read from its UTF-8 bytes without making substrings, so
/// that building the tables costs a few milliseconds at the first scan.
enum WordList {
    /// Calls `body` with the bytes of each non-empty line of `text`.
    static func forEachLine(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for end in bytes.indices where bytes[end] == 0x0A {
                if end > start { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                start = end + 1
            }
            if bytes.count > start { body(UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }

    /// The word without its last letter, a character of one to four UTF-8 bytes.
    static func droppingLastLetter(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        guard var end = word.indices.last else { return word }
        while end > word.startIndex, word[end] & 0xC0 == 0x80 { end -= 1 }
        return word[word.startIndex..<end]
    }

    /// The number of letters of the word, characters of one to four UTF-8 bytes.
    static func letterCount(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        word.count { $0 & 0xC0 != 0x80 }
    }

    /// The number of lines of `text`, at least as many as ``forEachLine(of:_:)`` visits.
    static func lineCount(of text: String) -> Int {
        count(of: text) { $0 == 0x0A }
    }

    /// The number of words of `text`, at least as many as ``forEachWordHash(of:_:)`` visits in all its lines.
    static func wordCount(of text: String) -> Int {
        count(of: text) { $0 == 0x0A || $0 == 0x20 }
    }

    /// One more than the number of bytes of `text` that are separators.
    private static func count(of text: String, separators isSeparator: (UInt8) -> Bool) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 1
            for b in bytes where isSeparator(b) { count += 1 }
            return count
        }
    }

    /// Calls `body` with the ``WordHash`` of each word of a line, words separated by single spaces.
    static func forEachWordHash(of line: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var start = 0
        for end in line.indices where line[end] == 0x20 {
            body(WordHash.of(bytes: UnsafeBufferPointer(rebasing: line[start..<end])))
            start = end + 1
        }
        body(WordHash.of(bytes: UnsafeBufferPointer(rebasing: line[start...])))
    }
}
