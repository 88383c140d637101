import DataGuard
import Foundation
import Testing

@Suite("Redaction with placeholders, consistent in a conversation")
struct RedactorTests {
    @Test("each finding becomes a typed placeholder")
    func typedPlaceholders() {
        // Given
        var redactor = Redactor()
        // When
        let redaction = redactor.redact("Call Dana Hancock at 478-303-3325 or dana@union.org.")
        // Then
        #expect(redaction.text == "Call [PERSON_1] at [PHONE_1] or [EMAIL_1].")
        #expect(redaction.findings.map(\.type) == [.person, .phoneNumber, .emailAddress])
    }

    @Test("the same value keeps its placeholder in later messages")
    func consistentAcrossMessages() {
        // Given
        var redactor = Redactor()
        _ = redactor.redact("Grievant: Thomas Conner, phone 478-303-3325.")
        // When
        let second = redactor.redact("Witness: Ana Ruiz. Call Thomas Conner at 478-303-3325.")
        // Then
        #expect(second.text == "Witness: [PERSON_2]. Call [PERSON_1] at [PHONE_1].")
    }

    @Test("an answer gets the originals back; unknown brackets stay")
    func restoresAnswer() {
        // Given
        var redactor = Redactor()
        _ = redactor.redact("Dr. Lee saw Thomas Conner on May 15.")
        // When
        let answer = redactor.restore("[PERSON_2] met [PERSON_1] on [DATE_1]; see [NOTE_1] and [x].")
        // Then
        #expect(answer == "Thomas Conner met Lee on May 15; see [NOTE_1] and [x].")
    }

    @Test("a placeholder map survives JSON and keeps numbering")
    func mapRoundTrip() throws {
        // Given
        var redactor = Redactor()
        _ = redactor.redact("Dana Hancock, 736-97-6043")
        // When
        let data = try JSONEncoder().encode(redactor.placeholders)
        var restored = Redactor(placeholders: try JSONDecoder().decode(PlaceholderMap.self, from: data))
        let next = restored.redact("Ana Ruiz and Dana Hancock")
        // Then
        #expect(next.text == "[PERSON_2] and [PERSON_1]")
    }

    @Test("a map whose placeholders are out of order is refused")
    func refusesTamperedMap() {
        // Given
        let json = #"[{"placeholder": "[PERSON_2]", "type": "PERSON", "original": "Ana"}]"#
        // When, then
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PlaceholderMap.self, from: Data(json.utf8)) }
    }

    @Test("a caller's own scan serves as the first round, with the same result", arguments: [
        "Call Dana Hancock at 478-303-3325 or dana@union.org.",
        "Née 9/25/1971Ana — écrire à Zoë Dubois, zoë.dubois@example.fr, ☎ 478-303-3325 📞",
        "nothing to find here",
    ])
    func firstRoundFromScan(text: String) {
        // Given
        let scanner = GuardScanner()
        var scanning = Redactor(scanner: scanner)
        var given = Redactor(scanner: scanner)
        // When
        let expected = scanning.redact(text)
        let redaction = given.redact(text, found: scanner.scan(text))
        // Then
        #expect(redaction == expected)
        #expect(given.placeholders == scanning.placeholders)
        #expect(given.restore(redaction.text) == text)
    }

    @Test("a value glued to one replaced is found in a second round")
    func gluedValueUncovered() {
        // Given
        var redactor = Redactor()
        // When
        let redaction = redactor.redact("Née 9/25/1971Ana, à Lyon")
        // Then
        #expect(redaction.text == "Née [DATE_OF_BIRTH_1][PERSON_1], à Lyon")
    }

    @Test("the rest of a value that lost to an overlapping one is found in a second round")
    func loserUncovered() {
        // Given: "C. Leonel Leyva", read as a name, wins over "hepatitis C".
        var redactor = Redactor()
        // When
        let redaction = redactor.redact("They may not know about the hepatitis C. Leonel Leyva has been told.")
        // Then
        #expect(redaction.text == "They may not know about the [CONDITION_1] [PERSON_1] has been told.")
    }

    @Test("findings after wide characters keep their scalar offsets into the original")
    func scalarOffsetsAfterWideCharacters() {
        // Given
        var redactor = Redactor()
        let text = "😀 Zoë — call 478-303-3325."
        // When
        let redaction = redactor.redact(text)
        // Then
        let scalars = Array(text.unicodeScalars)
        let phone = redaction.findings.first { $0.type == .phoneNumber }
        #expect(phone.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == "478-303-3325")
        #expect(redaction.text.hasSuffix("call [PHONE_1]."))
    }
}
