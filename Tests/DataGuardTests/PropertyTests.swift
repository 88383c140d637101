import DataGuard
import PropertyBased
import Testing

@Suite("Properties of scanning and redaction over generated texts")
struct PropertyTests {
    /// Pieces that texts are made of: personal data, distractors, punctuation and wide characters.
    static let pieces = [
        "Dana Hancock", "Dr. Lee", "478-303-3325", "(415) 555-0100", "736-97-6043", "tconner@yahoo.com", "May 15",
        "9/25/1971", "65491 David Flats Indianapolis, IN 57184", "asthma", "MRN: 58457378", "4111 1111 1111 1111",
        "10.0.0.12", "fe80::1", "the", "case 84004", "10 days", "Lee County", " ", " ", "\n", ", ", ".", ":", "@",
        "é", "e\u{301}", "😀", "🇺🇸", "שלום", "مرحبا", "[", "]", "x", "123", "-", "Local 2087", "Thanks,", "Mercy General",
        "Witness:", "born", "DOB", "SSN", "Ana", "María", "de la", "Fuente", "$8,515.55", "7:30", "PTSD", "metformin",
    ]

    static let text = Gen.element(of: pieces).array(of: 0...40).map { $0.compactMap { $0 }.joined() }

    @Test("findings lie inside the text, sorted, never overlapping")
    func findingsAreWellFormed() async {
        let scanner = GuardScanner()
        await propertyCheck(count: 300, input: Self.text) { text in
            // When
            let findings = scanner.scan(text)
            // Then
            let length = text.unicodeScalars.count
            for finding in findings {
                #expect(0 <= finding.start && finding.start < finding.end && finding.end <= length)
                #expect((0...1).contains(finding.confidence))
            }
            for (earlier, later) in zip(findings, findings.dropFirst()) {
                #expect(earlier.end <= later.start)
            }
        }
    }

    @Test("restoring a redacted text gives the original")
    func redactThenRestore() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            // Given
            var redactor = Redactor()
            // When
            let redacted = redactor.redact(text).text
            // Then
            #expect(redactor.restore(redacted) == text)
        }
    }

    @Test("redaction is idempotent and leaves nothing to find")
    func redactionIsIdempotent() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            // Given
            var redactor = Redactor()
            let once = redactor.redact(text).text
            // When
            let twice = redactor.redact(once)
            // Then
            #expect(twice.text == once)
            #expect(twice.findings.isEmpty)
        }
    }

    @Test("messages of one conversation share placeholders, whatever their order")
    func placeholdersAreConsistent() async {
        await propertyCheck(count: 100, input: Self.text, Self.text) { first, second in
            // Given
            var redactor = Redactor()
            // When
            let a = redactor.redact(first).text
            let b = redactor.redact(second).text
            // Then
            #expect(redactor.restore(a) == first)
            #expect(redactor.restore(b) == second)
        }
    }
}
