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

    /// The number of lines of `text`, at least as many as ``forEachLine(of:_:)`` visits.
    static func lineCount(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 1
            for b in bytes where b == 0x0A { count += 1 }
            return count
        }
    }

    /// The ``WordHash`` of each word of a line, words separated by single spaces.
    static func wordHashes(_ line: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var hashes: [UInt64] = []
        var start = 0
        for end in line.indices where line[end] == 0x20 {
            hashes.append(WordHash.of(bytes: UnsafeBufferPointer(rebasing: line[start..<end])))
            start = end + 1
        }
        hashes.append(WordHash.of(bytes: UnsafeBufferPointer(rebasing: line[start...])))
        return hashes
    }
}
