import DataGuard
import Testing

/// Restoring placeholders in an answer that arrives in pieces.
@Suite("Stream restorer")
struct StreamRestorerTests {
    static func restorer() -> StreamRestorer {
        var redactor = Redactor()
        _ = redactor.redact("Call Dana Hancock at 478-303-3325.")
        return StreamRestorer(redactor: redactor)
    }

    @Test("a placeholder cut between pieces is held back and restored whole, wherever the cuts fall")
    func everyCut() {
        let answer = "I will call [PERSON_1] at [PHONE_1] today; [NOT_A_PLACEHOLDER] stays [as it is"
        let expected = "I will call Dana Hancock at 478-303-3325 today; [NOT_A_PLACEHOLDER] stays [as it is"
        let scalars = Array(answer.unicodeScalars)
        for cut in 1..<scalars.count {
            var restorer = Self.restorer()
            let first = String(String.UnicodeScalarView(scalars[..<cut]))
            let second = String(String.UnicodeScalarView(scalars[cut...]))
            let output = restorer.restore(first) + restorer.restore(second) + restorer.finish()
            #expect(output == expected, "cut at \(cut)")
        }
    }

    @Test("pieces of one character at a time come out whole")
    func oneAtATime() {
        var restorer = Self.restorer()
        var output = ""
        for character in "Dear [PERSON_1], thanks." { output += restorer.restore(String(character)) }
        output += restorer.finish()
        #expect(output == "Dear Dana Hancock, thanks.")
    }
}
