import DataGuard
import StewardCore
import Testing

/// Texts sent together, a condition among them, and whether the condition is someone's health (PHI).
struct HealthSubjectCase: CustomTestStringConvertible, Sendable {
    let texts: [String]
    let isSomeones: Bool
    var testDescription: String { texts.joined(separator: " | ") }

    init(_ texts: String..., someones: Bool) {
        self.texts = texts
        self.isSomeones = someones
    }
}

@Suite("A health condition is PHI where the texts make it someone's")
struct HealthSubjectTests {
    let scanner = GuardScanner()

    @Test(
        "whose health: a person named, numbered or spoken of makes a condition PHI; a study's subject does not",
        arguments: [
            // No one's: a study, a question, a flyer, a tool's description, a medicine explained.
            HealthSubjectCase("Summarize this study of lung cancer screening in rural clinics.", someones: false),
            HealthSubjectCase("What are the early signs of a stroke, and when should someone call for help?",
                              someones: false),
            HealthSubjectCase("The model flags possible pneumonia on chest X-rays for a radiologist to review.",
                              someones: false),
            HealthSubjectCase("Draft a flyer reminding members that flu shots protect against influenza.",
                              someones: false),
            HealthSubjectCase("Researchers found that one adult in three has hypertension.", someones: false),
            HealthSubjectCase("Explain how metformin lowers blood sugar in type 2 diabetes.", someones: false),
            HealthSubjectCase("I am writing a report on how hospitals use AI to predict sepsis.", someones: false),
            HealthSubjectCase("I'm researching asthma rates by county for the newsletter.", someones: false),
            HealthSubjectCase("The Mon 3/4 session covers heart disease prevention.", someones: false),
            // Someone's: a relative, a patient, a pronoun, oneself, an age, a name, a record number.
            HealthSubjectCase("My son's asthma got worse this week; can I leave early on Friday?", someones: true),
            HealthSubjectCase("The patient presents with COPD and a history of heart failure.", someones: true),
            HealthSubjectCase("I have migraines most mornings.", someones: true),
            HealthSubjectCase("I am struggling with depression since the layoffs.", someones: true),
            HealthSubjectCase("I'm having seizures again.", someones: true),
            HealthSubjectCase("She was out last week with pneumonia.", someones: true),
            HealthSubjectCase("58-year-old with type 2 diabetes, referred for review.", someones: true),
            HealthSubjectCase("Dana Whitfield has asthma.", someones: true),
            HealthSubjectCase("Summarize: diagnosed with type 2 diabetes, MRN 48213377.", someones: true),
            // Other languages: a mother, a patient; a script whose words are not read is taken to be someone's.
            HealthSubjectCase("Mi madre tiene diabetes.", someones: true),
            HealthSubjectCase("Der Patient hat Diabetes.", someones: true),
            HealthSubjectCase("最新の研究によると、2型糖尿病の治療は進歩している。", someones: true),
            // A chat's messages are read together: the person in one makes the condition in another someone's.
            HealthSubjectCase("Write to dana.whitfield@example.org about Friday.", "Explain asthma in plain words.",
                              someones: true),
            HealthSubjectCase("The grievant called in again today.", "Her migraines are back.", someones: true),
            HealthSubjectCase("Thanks for the agenda.", "Explain asthma in plain words.", someones: false),
        ])
    func whoseHealth(_ testCase: HealthSubjectCase) {
        // Given
        let findings = testCase.texts.map(scanner.scan)
        #expect(findings.joined().contains { $0.type == .healthCondition }, "the condition must be found first")
        // When
        let categories = GuardScanner.categories(of: testCase.texts, findings: findings)
        // Then
        #expect(categories.contains(.phi) == testCase.isSomeones)
    }

    @Test("a medical record number is PHI on its own, with no condition beside it")
    func recordNumberAlone() {
        // Given
        let text = "Pull the chart for MRN 48213377 before noon."
        // When
        let categories = scanner.categories(in: text)
        // Then
        #expect(categories.contains(.phi))
    }

    @Test("a condition no one has gives no category, the other findings keep theirs, and an IP address names no one")
    func otherCategoriesKept() {
        // Given
        let scanner = GuardScanner(configuration: ScannerConfiguration(confidentialTerms: ["Operation Bluebird"]))
        let text = "Operation Bluebird: a briefing on influenza trends, sent from 10.0.0.1."
        // When
        let categories = scanner.categories(in: text)
        // Then
        #expect(categories == [.confidential, .personal])
    }
}
