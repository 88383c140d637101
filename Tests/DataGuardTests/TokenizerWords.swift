@testable import DataGuard

extension Tokenizer {
    /// The words of `text`, as the tokenizer reads them, for tests of where words end.
    static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            withTokens(of: bytes, lexicon: Lexicon.table) { tokens, _ in
                (0..<tokens.count).filter { tokens[$0].isWord }.map { k in
                    let word = UnsafeBufferPointer(rebasing: bytes[tokens[k].start..<tokens[k].end])
                    return String(decoding: word, as: UTF8.self)
                }
            }
        }
    }
}
