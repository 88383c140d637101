import DataGuard
import StewardCore
import Testing

@Suite("What an organization adds: confidential terms and identifier patterns")
struct ConfigurationTests {
    let scanner = GuardScanner(
        configuration: ScannerConfiguration(
            confidentialTerms: ["Operation Bluebird", "strike fund", "Plan B-2"],
            identifierPatterns: [IdentifierPattern(prefix: "M", digits: 6...8, type: .memberNumber)]))

    @Test(
        "confidential terms match case-insensitively as whole words",
        arguments: [
            DetectorCase("phrase", .confidentialTerm, "Keep [[operation BLUEBIRD]] quiet."),
            DetectorCase("across a line break is not a match", .confidentialTerm, "Operation\nBluebird"),
            DetectorCase("with punctuation", .confidentialTerm, "Then [[plan b-2]] starts."),
            DetectorCase("inside a longer word is not a match", .confidentialTerm, "The strike funds grew."),
            DetectorCase("plain", .confidentialTerm, "The [[Strike Fund]] is at $2M."),
        ])
    func confidentialTerms(_ testCase: DetectorCase) {
        // Given, when
        let found = testCase.found(by: scanner)
        // Then
        #expect(found == testCase.expected)
    }

    @Test(
        "an organization's member numbers are found by their pattern",
        arguments: [
            DetectorCase("pattern", .memberNumber, "Ask [[M1234567]] about it, and [[m-123456]] too."),
            DetectorCase("too short", .memberNumber, "M12345 is no member number."),
            DetectorCase("glued to letters", .memberNumber, "XM1234567 is none either."),
        ])
    func identifierPatterns(_ testCase: DetectorCase) {
        // Given, when
        let found = testCase.found(by: scanner)
        // Then
        #expect(found == testCase.expected)
    }

    @Test("a scan says which data categories a text holds")
    func categories() {
        // Given
        let text = "Operation Bluebird: Dana Hancock, MRN 58457378, asthma, member M1234567."
        // When
        let categories = scanner.categories(in: text)
        // Then
        #expect(categories == [.confidential, .personal, .phi, .memberRecords])
    }

    @Test("every finding type maps onto a policy data category")
    func everyTypeHasACategory() {
        // Given
        let allowed: Set<DataCategory> = [.personal, .phi, .memberRecords, .employeeRecords, .confidential]
        // When
        let categories = Set(FindingType.allCases.map(\.dataCategory))
        // Then
        #expect(categories == allowed)
    }
}
