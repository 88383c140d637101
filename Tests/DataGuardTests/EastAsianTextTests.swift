@testable import DataGuard
import Testing

/// Chinese, Japanese and Korean text, which runs without spaces and parts its words with punctuation of its own.
@Suite("Chinese, Japanese and Korean text")
struct EastAsianTextTests {
    /// The words of `text`, as the tokenizer reads them.
    private static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            Tokenizer.withTokens(of: bytes, lexicon: Lexicon.table) { tokens, _ in
                (0..<tokens.count).filter { tokens[$0].isWord }.map { k in
                    let word = UnsafeBufferPointer(rebasing: bytes[tokens[k].start..<tokens[k].end])
                    return String(decoding: word, as: UTF8.self)
                }
            }
        }
    }

    @Test("the ideographic space and the block's punctuation part words; its iteration marks and 〒 do not")
    func punctuation() {
        #expect(Self.words("小野寺　隆　先生") == ["小野寺", "隆", "先生"])
        #expect(Self.words("「佐々木」さん、こんにちは。") == ["佐々木", "さん", "こんにちは"])
        #expect(Self.words("【重要】〒150-0012 東京都") == ["重要", "〒150", "東京都"])
        #expect(Self.words("〇〇様") == ["〇〇様"])
    }
}
