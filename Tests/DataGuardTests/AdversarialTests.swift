import Testing

@testable import DataGuard

/// Inputs built to find quadratic paths or crashes: each must scan to well-formed findings. (Speed is
/// measured by `steward-bench guard`, not asserted here.)
@Suite("Adversarial inputs")
struct AdversarialTests {
    struct Input: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    static let sentence = "Grievant: Dana Hancock, DOB 9/25/1971, SSN 736-97-6043, call 478-303-3325, asthma. "

    static let inputs: [Input] = [
        Input(name: "1 MB of notes", text: String(repeating: sentence, count: 1_000_000 / sentence.utf8.count)),
        Input(name: "100 KB with no spaces", text: String(repeating: "abcXYZ", count: 17_000)),
        Input(name: "100 KB of one digit run", text: String(repeating: "7", count: 100_000)),
        Input(name: "digit groups without end", text: String(repeating: "123-45-", count: 15_000)),
        Input(name: "dotted numbers without end", text: String(repeating: "1.2.", count: 25_000)),
        Input(name: "at signs", text: String(repeating: "a@", count: 50_000)),
        Input(name: "colons and hex", text: String(repeating: "fe80:", count: 20_000)),
        Input(name: "capitalized words without end", text: String(repeating: "Dana Hancock ", count: 8_000)),
        Input(name: "one letter and 50,000 combining marks", text: "e" + String(repeating: "\u{301}", count: 50_000)),
        Input(name: "emoji", text: String(repeating: "👩🏽‍⚕️🇺🇸😀", count: 10_000)),
        Input(name: "right-to-left", text: String(repeating: "שלום עולם مرحبا ", count: 6_000)),
        Input(name: "brackets", text: String(repeating: "[PERSON_", count: 12_000)),
        Input(name: "a town and an unclosed bracket at the end", text: "Referral from Kingston (Jamaica"),
        Input(name: "control characters", text: String(repeating: "\u{0}\u{7}\r\t\u{b}", count: 20_000)),
    ]

    @Test("scans to findings inside the text, never overlapping", arguments: inputs)
    func scans(_ input: Input) {
        // Given
        let scanner = GuardScanner()
        // When
        let findings = scanner.scan(input.text)
        // Then
        let length = input.text.unicodeScalars.count
        #expect(findings.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= length })
        #expect(zip(findings, findings.dropFirst()).allSatisfy { $0.end <= $1.start })
    }

    @Test("redacts and restores", arguments: inputs.filter { $0.text.utf8.count <= 200_000 })
    func redactsAndRestores(_ input: Input) {
        // Given
        var redactor = Redactor()
        // When
        let redacted = redactor.redact(input.text)
        // Then
        #expect(redactor.restore(redacted.text) == input.text)
    }

    @Test("the 1 MB text has every finding of its sentence")
    func largeTextIsScannedWhole() {
        // Given
        let text = Self.inputs[0].text
        let perSentence = GuardScanner().scan(Self.sentence).count
        // When
        let findings = GuardScanner().scan(text)
        // Then
        #expect(findings.count == perSentence * (text.utf8.count / Self.sentence.utf8.count))
    }
}

@Suite("Texts longer than the scanner's window")
struct WindowTests {
    @Test("a text cut into pieces at line breaks gives the findings of the whole")
    func piecesGiveTheWholeFindings() {
        // Given
        let sentence = "Grievant: Dana Hancock, SSN 736-97-6043, phone 478-303-3325, asthma.\n"
        let text = String(repeating: sentence, count: 8)
        let scanner = GuardScanner()
        // When
        let inPieces = scanner.scan(text, window: 200)
        // Then
        #expect(inPieces == scanner.scan(text))
    }

    @Test("a table cut into pieces is read under its header in every piece")
    func tableOverPieces() {
        // Given
        let rows = (0..<40).map { "\(10231 + $0),Marisol,Quintero,555-201-\(1000 + $0)" }
        let text = "employee_id,first_name,last_name,phone\n" + rows.joined(separator: "\n")
        let scanner = GuardScanner()
        // When
        let inPieces = scanner.scan(text, window: 300)
        // Then
        #expect(inPieces == scanner.scan(text))
        #expect(inPieces.filter { $0.type == .person }.count == 80)
        #expect(inPieces.filter { $0.type == .employeeNumber }.count == 40)
    }

    @Test("a piece with no space to cut at is cut between scalars")
    func cutsBetweenScalars() {
        // Given
        let text = String(repeating: "é😀", count: 100) + " call 478-303-3325"
        // When
        let findings = GuardScanner().scan(text, window: 33)
        // Then
        #expect(findings.map(\.type) == [.phoneNumber])
    }
}
