import DataGuard
import Testing

@Suite("Offsets count Unicode scalars, as Python indexes a string")
struct UnicodeOffsetTests {
    static let cases: [DetectorCase] = [
        DetectorCase("emoji before", .phoneNumber, "📞👍🏽 call [[478-303-3325]]"),
        DetectorCase("combining marks before", .emailAddress, "Cafe\u{301} ñ\u{303} write [[ana@union.org]]"),
        DetectorCase("right-to-left text before", .ipAddress, "שלום عليكم from [[10.0.0.12]]"),
        DetectorCase("flag and family emoji", .usSSN, "🇺🇸👨‍👩‍👧 SSN [[736-97-6043]]"),
        DetectorCase("accented name", .person, "Ça va? Witness: [[José María Bravo]] saw it."),
        DetectorCase("wide characters only after the finding", .phoneNumber, "call [[478-303-3325]] 📞 ñ"),
        DetectorCase("one wide character just before the finding", .emailAddress, "ñ [[ana@union.org]]"),
    ]

    @Test("findings keep their scalar offsets after wide characters", arguments: cases)
    func scalarOffsets(_ testCase: DetectorCase) {
        // Given
        let scanner = GuardScanner()
        // When
        let found = testCase.found(by: scanner)
        // Then
        #expect(found == testCase.expected)
    }

    @Test("a finding's offsets select exactly its text")
    func offsetsSelectTheText() {
        // Given
        let text = "👩🏽‍⚕️ Dr. Ocampo — DOB 03/04/1980, mrn: 58457378 🩺"
        // When
        let findings = GuardScanner().scan(text)
        // Then
        let scalars = Array(text.unicodeScalars)
        let covered = findings.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(covered == ["Ocampo", "03/04/1980", "58457378"])
    }
}
